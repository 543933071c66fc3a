package ringfire.engine.strategy;

/**
 * Simple moving-average crossover on closing prices, in exact integer arithmetic. Keeps a bounded window of
 * {@code slowBars} closes; each bar updates both sums in O(1).
 */
final class SmaCross
{
    static final int NONE = 0;
    static final int UP = 1;
    static final int DOWN = -1;

    private final int fastBars;
    private final int slowBars;
    private final long[] closes;
    private int count;
    private int head;
    private long fastSum;
    private long slowSum;
    private int relation;

    SmaCross(final int fastBars, final int slowBars)
    {
        this.fastBars = fastBars;
        this.slowBars = slowBars;
        this.closes = new long[slowBars];
    }

    /** Adds a close; returns UP or DOWN when the fast average crosses the slow one on this bar, else NONE. */
    int onClose(final long close)
    {
        if (count >= fastBars)
        {
            fastSum -= closes[(head - fastBars + slowBars) % slowBars];
        }
        if (count == slowBars)
        {
            slowSum -= closes[head];
        }
        closes[head] = close;
        head = (head + 1) % slowBars;
        fastSum += close;
        slowSum += close;
        count = Math.min(count + 1, slowBars);
        if (count < slowBars)
        {
            return NONE;
        }
        final int now = Long.compare(fastSum * slowBars, slowSum * fastBars);
        final int previous = relation;
        relation = now;
        if (previous != 0 && now != 0 && now != previous)
        {
            return now > 0 ? UP : DOWN;
        }
        return NONE;
    }

    boolean isReady()
    {
        return count == slowBars;
    }

    long fastAverage()
    {
        return fastSum / fastBars;
    }

    long slowAverage()
    {
        return slowSum / slowBars;
    }
}
