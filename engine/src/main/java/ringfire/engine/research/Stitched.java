package ringfire.engine.research;

import ringfire.codecs.Decimals;
import ringfire.codecs.Scales;
import ringfire.engine.report.Metrics;

import java.util.Arrays;
import java.util.List;

/**
 * The out-of-sample result of a walk-forward: the test windows' equity curves concatenated in time order (each test
 * run starts with the previous one's final equity, so the curve is continuous) and measured as one backtest is
 * (see the README's metric definitions): total return from the first window's starting capital to the last window's
 * final equity, max drawdown over the whole curve (the starting capital is the first peak), Sharpe and Sortino
 * over the daily returns of the last equity of each UTC day (a row belongs to the day its bar opens). Also the
 * compounded return of the windows, Π(1 + rᵢ) − 1, which equals the total return when every window starts where
 * the previous one ended.
 */
public record Stitched(
    long startingCapital,
    long finalEquity,
    double totalReturn,
    double compoundedReturn,
    double maxDrawdown,
    double sharpe,
    double sortino,
    int days)
{
    /**
     * @param startingCapital Money, the first test window's starting capital
     * @param windows         the test windows' equity curves in time order
     * @param windowReturns   the test windows' total returns
     * @param intervalNs      the bar interval (a row's bar opened this long before its time)
     */
    public static Stitched of(final long startingCapital, final List<EquitySeries> windows, final double[] windowReturns,
        final long intervalNs)
    {
        final double start = money(startingCapital);
        int rows = 0;
        for (final EquitySeries w : windows)
        {
            rows += w.size();
        }
        final double[] equity = new double[rows];
        double[] dayCloses = new double[16];
        int days = 0;
        long currentDay = Long.MIN_VALUE;
        long lastTime = Long.MIN_VALUE;
        long finalEquity = startingCapital;
        int i = 0;
        for (final EquitySeries w : windows)
        {
            for (int r = 0; r < w.size(); r++)
            {
                final long time = w.closeTimeNs()[r];
                if (time <= lastTime)
                {
                    throw new IllegalArgumentException("the test windows' equity is not in time order");
                }
                lastTime = time;
                final double e = money(w.equity()[r]);
                equity[i++] = e;
                finalEquity = w.equity()[r];
                final long day = Math.floorDiv(time - intervalNs, 86_400_000_000_000L);
                if (day != currentDay)
                {
                    if (days == dayCloses.length)
                    {
                        dayCloses = Arrays.copyOf(dayCloses, days * 2);
                    }
                    days++;
                    currentDay = day;
                }
                dayCloses[days - 1] = e;
            }
        }
        final double[] daily = Metrics.dailyReturns(start, Arrays.copyOf(dayCloses, days));
        return new Stitched(startingCapital, finalEquity, Metrics.totalReturn(start, money(finalEquity)),
            compound(windowReturns), Metrics.maxDrawdown(start, equity), Metrics.sharpe(daily), Metrics.sortino(daily),
            days);
    }

    /** Π(1 + rᵢ) − 1. */
    public static double compound(final double[] returns)
    {
        double growth = 1;
        for (final double r : returns)
        {
            growth *= 1 + r;
        }
        return growth - 1;
    }

    private static double money(final long money)
    {
        return money / (double)Decimals.pow10(Scales.MONEY);
    }
}
