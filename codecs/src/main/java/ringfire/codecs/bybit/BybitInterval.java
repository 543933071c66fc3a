package ringfire.codecs.bybit;

/**
 * Bybit kline interval names as seconds: minutes "1" .. "720", "D", "W" and "M". A month has no fixed length;
 * "M" maps to a nominal 30 days ({@link #MONTH}), so a consumer that needs calendar months must look for it.
 */
public final class BybitInterval
{
    public static final int UNKNOWN = -1;
    public static final int MINUTE = 60;
    public static final int DAY = 24 * 60 * MINUTE;
    public static final int WEEK = 7 * DAY;
    /** Nominal: Bybit's monthly candles follow calendar months. */
    public static final int MONTH = 30 * DAY;

    private BybitInterval()
    {
    }

    /** The seconds of the interval named by {@code text[start, start + length)}, or {@link #UNKNOWN}. */
    public static int seconds(final CharSequence text, final int start, final int length)
    {
        if (length == 1)
        {
            switch (text.charAt(start))
            {
                case 'D': return DAY;
                case 'W': return WEEK;
                case 'M': return MONTH;
                default: break;
            }
        }
        if (length < 1 || length > 3 || text.charAt(start) == '0')
        {
            return UNKNOWN;
        }
        int minutes = 0;
        for (int i = start; i < start + length; i++)
        {
            final int d = text.charAt(i) - '0';
            if (d < 0 || d > 9)
            {
                return UNKNOWN;
            }
            minutes = minutes * 10 + d;
        }
        switch (minutes)
        {
            case 1, 3, 5, 15, 30, 60, 120, 240, 360, 720: return minutes * MINUTE;
            default: return UNKNOWN;
        }
    }
}
