package ringfire.engine.risk;

import ringfire.engine.market.Symbols;

/**
 * Per-symbol rings of the last {@code bars} closed-bar simple returns ({@code close / prevClose − 1}, double) and
 * the Pearson correlation of two symbols' returns. A return is tagged with the open time (epoch ns) of the bar
 * that produced it; two symbols are compared only when both hold {@code bars} returns with identical tags, i.e.
 * their windows end at the same open time and cover the same bars. Otherwise the correlation is unknown (NaN).
 *
 * <p>Deterministic: means and sums are accumulated oldest to newest in a fixed order, square root by StrictMath.
 * A query is O(bars); updates allocate nothing (a symbol's ring is allocated on its first bar).
 */
public final class ReturnCorrelation
{
    /** {@link #correlationRatio} when the correlation is unknown. */
    public static final long UNKNOWN = Long.MIN_VALUE;

    private final int bars;
    private final double[][] returns = new double[Symbols.MAX_SYMBOLS][];
    private final long[][] openTimes = new long[Symbols.MAX_SYMBOLS][];
    private final long[] lastClose = new long[Symbols.MAX_SYMBOLS];
    private final long[] lastOpenTime = new long[Symbols.MAX_SYMBOLS];
    private final int[] count = new int[Symbols.MAX_SYMBOLS];
    private final int[] next = new int[Symbols.MAX_SYMBOLS];

    public ReturnCorrelation(final int bars)
    {
        if (bars < 2)
        {
            throw new IllegalArgumentException("correlation bars must be >= 2: " + bars);
        }
        this.bars = bars;
    }

    public int bars()
    {
        return bars;
    }

    /**
     * A closed bar of {@code symbolId} opened at {@code openTimeNs} closed at {@code close} (price scale). Bars not
     * after the symbol's last one, and non-positive closes, are ignored (returns false).
     */
    public boolean onBar(final int symbolId, final long openTimeNs, final long close)
    {
        checkId(symbolId);
        if (close <= 0 || (lastClose[symbolId] != 0 && openTimeNs <= lastOpenTime[symbolId]))
        {
            return false;
        }
        final long previous = lastClose[symbolId];
        lastClose[symbolId] = close;
        lastOpenTime[symbolId] = openTimeNs;
        if (previous == 0)
        {
            return true;
        }
        if (returns[symbolId] == null)
        {
            returns[symbolId] = new double[bars];
            openTimes[symbolId] = new long[bars];
        }
        final int at = next[symbolId];
        returns[symbolId][at] = (double)close / (double)previous - 1.0;
        openTimes[symbolId][at] = openTimeNs;
        next[symbolId] = at + 1 == bars ? 0 : at + 1;
        count[symbolId] = Math.min(count[symbolId] + 1, bars);
        return true;
    }

    /** Returns held for {@code symbolId} (at most {@code bars}). */
    public int count(final int symbolId)
    {
        return count[checkId(symbolId)];
    }

    /** Pearson correlation of the two symbols' aligned windows, NaN when unknown or when either is constant. */
    public double correlation(final int a, final int b)
    {
        checkId(a);
        checkId(b);
        if (count[a] < bars || count[b] < bars)
        {
            return Double.NaN;
        }
        final double[] x = returns[a];
        final double[] y = returns[b];
        final long[] tx = openTimes[a];
        final long[] ty = openTimes[b];
        final int ia = next[a];
        final int ib = next[b];
        double sumX = 0;
        double sumY = 0;
        for (int k = 0; k < bars; k++)
        {
            final int i = (ia + k) % bars;
            final int j = (ib + k) % bars;
            if (tx[i] != ty[j])
            {
                return Double.NaN;
            }
            sumX += x[i];
            sumY += y[j];
        }
        final double meanX = sumX / bars;
        final double meanY = sumY / bars;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int k = 0; k < bars; k++)
        {
            final double dx = x[(ia + k) % bars] - meanX;
            final double dy = y[(ib + k) % bars] - meanY;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        if (sxx == 0 || syy == 0)
        {
            return Double.NaN;
        }
        return Math.max(-1.0, Math.min(1.0, sxy / (StrictMath.sqrt(sxx) * StrictMath.sqrt(syy))));
    }

    /** {@link #correlation} as a Ratio (x 10^8 in double, rounded toward negative infinity), or {@link #UNKNOWN}. */
    public long correlationRatio(final int a, final int b)
    {
        final double c = correlation(a, b);
        return Double.isNaN(c) ? UNKNOWN : (long)StrictMath.floor(c * 1e8);
    }

    private static int checkId(final int id)
    {
        if (id <= 0 || id >= Symbols.MAX_SYMBOLS)
        {
            throw new IllegalArgumentException("symbol id must be 1.." + (Symbols.MAX_SYMBOLS - 1) + ": " + id);
        }
        return id;
    }
}
