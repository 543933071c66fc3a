package ringfire.engine.report;

import java.time.Instant;

/** Epoch nanoseconds as ISO-8601 UTC text: 2025-06-01T00:37:00Z (a fraction only when there is one). */
final class Times
{
    static final long SECOND_NS = 1_000_000_000L;
    static final long DAY_NS = 86_400L * SECOND_NS;

    private Times()
    {
    }

    static String iso(final long epochNs)
    {
        return Instant.ofEpochSecond(Math.floorDiv(epochNs, SECOND_NS), Math.floorMod(epochNs, SECOND_NS)).toString();
    }

    /** The UTC day number (days since 1970-01-01) of an instant. */
    static long utcDay(final long epochNs)
    {
        return Math.floorDiv(epochNs, DAY_NS);
    }

    /** "1m", "15m", "1h", "4h", "1d", or seconds ("30s"). */
    static String intervalLabel(final int seconds)
    {
        if (seconds > 0 && seconds % 86_400 == 0)
        {
            return seconds / 86_400 + "d";
        }
        if (seconds > 0 && seconds % 3_600 == 0)
        {
            return seconds / 3_600 + "h";
        }
        if (seconds > 0 && seconds % 60 == 0)
        {
            return seconds / 60 + "m";
        }
        return seconds + "s";
    }
}
