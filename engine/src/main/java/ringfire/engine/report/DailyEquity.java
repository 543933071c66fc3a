package ringfire.engine.report;

import java.util.Arrays;

/** The last equity of each UTC day of an equity series fed in time order (one value per day: small). */
final class DailyEquity
{
    private double[] closes = new double[64];
    private int days;
    private long currentDay = Long.MIN_VALUE;

    /** @param day UTC day number of the value (see {@link Times#utcDay}) */
    void add(final long day, final double equity)
    {
        if (day != currentDay)
        {
            if (days == closes.length)
            {
                closes = Arrays.copyOf(closes, days * 2);
            }
            days++;
            currentDay = day;
        }
        closes[days - 1] = equity;
    }

    double[] dayCloses()
    {
        return Arrays.copyOf(closes, days);
    }
}
