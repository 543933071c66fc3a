package ringfire.journal.dump;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Nanosecond timestamps as ISO-8601 UTC text with exactly nine fraction digits: 2025-06-01T00:00:00.123456789Z. */
public final class IsoTime
{
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final DateTimeFormatter FORMAT =
        DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'", Locale.ROOT);

    private IsoTime()
    {
    }

    /** Formats nanoseconds since the Unix epoch (negative values are before 1970). */
    public static String format(final long epochNs)
    {
        final long seconds = Math.floorDiv(epochNs, NANOS_PER_SECOND);
        final int nanos = (int)Math.floorMod(epochNs, NANOS_PER_SECOND);
        return FORMAT.format(LocalDateTime.ofEpochSecond(seconds, nanos, ZoneOffset.UTC));
    }
}
