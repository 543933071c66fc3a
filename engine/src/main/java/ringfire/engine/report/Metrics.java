package ringfire.engine.report;

/**
 * The backtest metrics as plain functions (see the README's "Backtest report" section for the definitions).
 * Money goes in as USDT doubles; results are fractions (0.05 = 5 %). Where a metric is undefined the result is
 * null (written as JSON null); {@link #sharpe}, {@link #sortino} and {@link #calmar} are 0 instead, as defined.
 * {@link StrictMath} keeps the results bit-identical on every platform.
 */
public final class Metrics
{
    /** Periods per year for daily returns and for CAGR: crypto trades every day. */
    public static final double DAYS_PER_YEAR = 365.0;
    public static final long YEAR_NS = 365L * Times.DAY_NS;

    private Metrics()
    {
    }

    /** final / start − 1. */
    public static double totalReturn(final double start, final double end)
    {
        return end / start - 1;
    }

    /**
     * (end / start)^(365 days / span) − 1; −1 when the account ended at or below zero; null when the span is not
     * positive or the result is not finite (a large return over a very short span).
     */
    public static Double cagr(final double start, final double end, final long spanNs)
    {
        if (spanNs <= 0 || !(start > 0))
        {
            return null;
        }
        if (end <= 0)
        {
            return -1.0;
        }
        final double cagr = StrictMath.pow(end / start, (double)YEAR_NS / spanNs) - 1;
        return Double.isFinite(cagr) ? cagr : null;
    }

    /** Day-over-day returns of the day-end equities; the first against the starting capital. */
    public static double[] dailyReturns(final double start, final double[] dayCloses)
    {
        final double[] returns = new double[dayCloses.length];
        double previous = start;
        for (int i = 0; i < dayCloses.length; i++)
        {
            returns[i] = dayCloses[i] / previous - 1;
            previous = dayCloses[i];
        }
        return returns;
    }

    /** mean / sample standard deviation × √365 (risk-free 0); 0 with fewer than 2 returns or no deviation. */
    public static double sharpe(final double[] dailyReturns)
    {
        final int n = dailyReturns.length;
        if (n < 2)
        {
            return 0;
        }
        final double mean = mean(dailyReturns);
        double squares = 0;
        for (final double r : dailyReturns)
        {
            squares += (r - mean) * (r - mean);
        }
        final double std = StrictMath.sqrt(squares / (n - 1));
        return std == 0 ? 0 : mean / std * StrictMath.sqrt(DAYS_PER_YEAR);
    }

    /**
     * mean / downside deviation × √365, the downside deviation being √(mean of min(r, 0)²) over all returns;
     * 0 with fewer than 2 returns or no negative return.
     */
    public static double sortino(final double[] dailyReturns)
    {
        final int n = dailyReturns.length;
        if (n < 2)
        {
            return 0;
        }
        double squares = 0;
        for (final double r : dailyReturns)
        {
            final double down = Math.min(r, 0);
            squares += down * down;
        }
        final double downside = StrictMath.sqrt(squares / n);
        return downside == 0 ? 0 : mean(dailyReturns) / downside * StrictMath.sqrt(DAYS_PER_YEAR);
    }

    /** Largest fall from a running peak, as a positive fraction of the peak; the starting capital is the first peak. */
    public static double maxDrawdown(final double start, final double[] equity)
    {
        final Drawdown drawdown = new Drawdown(start);
        for (final double e : equity)
        {
            drawdown.add(e);
        }
        return drawdown.max();
    }

    /** cagr / max drawdown; 0 without a drawdown; null when CAGR is undefined. */
    public static Double calmar(final Double cagr, final double maxDrawdown)
    {
        if (cagr == null)
        {
            return null;
        }
        return maxDrawdown == 0 ? 0.0 : cagr / maxDrawdown;
    }

    /** Winning trades (P&amp;L &gt; 0) / trades; null without trades. P&amp;L in Money. */
    public static Double winRate(final long... tradePnl)
    {
        return stats(tradePnl).winRate();
    }

    /** Gross profit / gross loss of the trades; null when no trade lost (the ratio would be infinite or 0/0). */
    public static Double profitFactor(final long... tradePnl)
    {
        return stats(tradePnl).profitFactor();
    }

    /** Mean P&amp;L of the winning trades (Money, HALF_EVEN); null without wins. */
    public static Long avgWin(final long... tradePnl)
    {
        return stats(tradePnl).avgWin();
    }

    /** Mean P&amp;L of the losing trades, a negative amount (Money, HALF_EVEN); null without losses. */
    public static Long avgLoss(final long... tradePnl)
    {
        return stats(tradePnl).avgLoss();
    }

    /** Mean P&amp;L per trade (Money, HALF_EVEN); null without trades. */
    public static Long expectancy(final long... tradePnl)
    {
        return stats(tradePnl).expectancy();
    }

    /** Bars with an open position / bars; 0 without bars. */
    public static double exposure(final long exposedBars, final long bars)
    {
        return bars == 0 ? 0 : (double)exposedBars / bars;
    }

    /** last close / first open − 1; null without a price. */
    public static Double buyAndHold(final double firstOpen, final double lastClose)
    {
        return firstOpen > 0 ? lastClose / firstOpen - 1 : null;
    }

    private static TradeStats stats(final long[] tradePnl)
    {
        final TradeStats stats = new TradeStats();
        for (final long pnl : tradePnl)
        {
            stats.add(pnl);
        }
        return stats;
    }

    private static double mean(final double[] values)
    {
        double sum = 0;
        for (final double v : values)
        {
            sum += v;
        }
        return sum / values.length;
    }
}
