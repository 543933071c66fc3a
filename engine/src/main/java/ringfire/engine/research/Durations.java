package ringfire.engine.research;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations such as {@code 14d}, {@code 6h} or {@code 30m}: a positive whole number of days, hours or minutes. */
public final class Durations
{
    public static final long MINUTE_MS = 60_000L;
    public static final long HOUR_MS = 60 * MINUTE_MS;
    public static final long DAY_MS = 24 * HOUR_MS;
    /** 100 years: anything longer is a typo. */
    static final long MAX_MS = 36_500 * DAY_MS;
    private static final Pattern DURATION = Pattern.compile("([0-9]{1,9})([dhm])");

    private Durations()
    {
    }

    /**
     * The duration in milliseconds.
     *
     * @throws IllegalArgumentException when the text is not {@code <n>d}, {@code <n>h} or {@code <n>m} with n &gt; 0
     */
    public static long parseMs(final String text)
    {
        final Matcher m = DURATION.matcher(text == null ? "" : text.strip());
        if (!m.matches())
        {
            throw new IllegalArgumentException("duration '" + text + "': expected a whole number of days, hours or "
                + "minutes, e.g. 14d, 6h, 30m");
        }
        final long n = Long.parseLong(m.group(1));
        final long unit = switch (m.group(2))
        {
            case "d" -> DAY_MS;
            case "h" -> HOUR_MS;
            default -> MINUTE_MS;
        };
        if (n <= 0 || n > MAX_MS / unit)
        {
            throw new IllegalArgumentException("duration '" + text + "': must be more than 0 and at most 36500d");
        }
        return n * unit;
    }

    /** The shortest exact label: {@code 14d}, {@code 36h}, {@code 90m}. */
    public static String label(final long ms)
    {
        if (ms % DAY_MS == 0)
        {
            return ms / DAY_MS + "d";
        }
        if (ms % HOUR_MS == 0)
        {
            return ms / HOUR_MS + "h";
        }
        if (ms % MINUTE_MS == 0)
        {
            return ms / MINUTE_MS + "m";
        }
        return ms + "ms";
    }
}
