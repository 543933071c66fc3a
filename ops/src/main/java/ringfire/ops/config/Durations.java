package ringfire.ops.config;

import java.time.Duration;
import java.util.Locale;

/** Durations and enum names as the configuration writes them: {@code 20s}, {@code 36h}, {@code journal-parallel}. */
final class Durations
{
    private Durations()
    {
    }

    /** The largest unit that is exact: {@code 36h}, {@code 90m}, {@code 20s}, {@code 250ms}. */
    static String format(final Duration d)
    {
        final long ms = d.toMillis();
        if (ms != 0 && ms % 3_600_000 == 0)
        {
            return ms / 3_600_000 + "h";
        }
        if (ms != 0 && ms % 60_000 == 0)
        {
            return ms / 60_000 + "m";
        }
        if (ms % 1_000 == 0)
        {
            return ms / 1_000 + "s";
        }
        return ms + "ms";
    }

    static String lower(final Enum<?> e)
    {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
