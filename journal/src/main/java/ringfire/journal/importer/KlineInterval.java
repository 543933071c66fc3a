package ringfire.journal.importer;

/**
 * Kline intervals: Bybit's names (minutes "1" .. "720", "D", "W") and the short forms "1m" .. "1w", as seconds.
 * Monthly bars are not supported: a month has no fixed length.
 */
public final class KlineInterval
{
    public static final int MINUTE = 60;
    public static final int HOUR = 60 * MINUTE;
    public static final int DAY = 24 * HOUR;
    public static final int WEEK = 7 * DAY;
    /** Weekly bars open on Mondays 00:00 UTC; the epoch was a Thursday, so the first Monday is 4 days after it. */
    static final long WEEK_OFFSET_MS = 4L * DAY * 1_000;
    static final String ACCEPTED = "Bybit minutes 1, 3, 5, 15, 30, 60, 120, 240, 360, 720, D or W, "
        + "or 1m, 3m, 5m, 15m, 30m, 1h, 2h, 4h, 6h, 12h, 1d, 1w";

    private KlineInterval()
    {
    }

    /** The interval in seconds; throws {@link IllegalArgumentException} naming the value and the accepted forms. */
    public static int parseSeconds(final String text)
    {
        if (text != null)
        {
            switch (text)
            {
                case "1", "1m": return MINUTE;
                case "3", "3m": return 3 * MINUTE;
                case "5", "5m": return 5 * MINUTE;
                case "15", "15m": return 15 * MINUTE;
                case "30", "30m": return 30 * MINUTE;
                case "60", "1h": return HOUR;
                case "120", "2h": return 2 * HOUR;
                case "240", "4h": return 4 * HOUR;
                case "360", "6h": return 6 * HOUR;
                case "720", "12h": return 12 * HOUR;
                case "D", "1d": return DAY;
                case "W", "1w": return WEEK;
                default: break;
            }
        }
        throw new IllegalArgumentException("unknown kline interval '" + text + "': expected " + ACCEPTED);
    }

    /** A short name: 1m, 4h, 1d, 1w; an interval of no whole unit as seconds, e.g. 90s. */
    public static String label(final int seconds)
    {
        if (seconds == WEEK)
        {
            return "1w";
        }
        if (seconds % DAY == 0)
        {
            return seconds / DAY + "d";
        }
        if (seconds % HOUR == 0)
        {
            return seconds / HOUR + "h";
        }
        if (seconds % MINUTE == 0)
        {
            return seconds / MINUTE + "m";
        }
        return seconds + "s";
    }

    /** True when {@code openTimeMs} starts an interval: a multiple of it since the epoch (weeks: Mondays 00:00 UTC). */
    public static boolean isAligned(final long openTimeMs, final long intervalMs)
    {
        final long offset = intervalMs == WEEK * 1_000L ? WEEK_OFFSET_MS : 0;
        return Math.floorMod(openTimeMs - offset, intervalMs) == 0;
    }
}
