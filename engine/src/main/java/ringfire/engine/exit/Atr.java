package ringfire.engine.exit;

import ringfire.codecs.FixedMath;

import java.math.RoundingMode;

/**
 * Average true range with Wilder smoothing, in exact integer arithmetic on prices at the instrument's price scale.
 * <ul>
 * <li>TR = max(high − low, |high − previous close|, |low − previous close|); the first bar, having no previous
 * close, has TR = high − low.</li>
 * <li>The first ATR is the mean of the first {@code period} TRs, rounded HALF_EVEN; after that
 * ATR = (ATR × (period − 1) + TR) / period, rounded HALF_EVEN.</li>
 * </ul>
 * Bounded state, O(1) and allocation-free per bar. One instance per symbol, preallocated by the caller.
 */
public final class Atr
{
    public static final int DEFAULT_PERIOD = 14;

    private final int period;
    private long previousClose;
    private int count;
    private long trSum;
    private long value;

    public Atr()
    {
        this(DEFAULT_PERIOD);
    }

    public Atr(final int period)
    {
        if (period < 1)
        {
            throw new IllegalArgumentException("ATR period must be at least 1: " + period);
        }
        this.period = period;
    }

    /** Adds a closed bar. */
    public void onBar(final long high, final long low, final long close)
    {
        long tr = high - low;
        if (count > 0)
        {
            tr = Math.max(tr, Math.max(Math.abs(high - previousClose), Math.abs(low - previousClose)));
        }
        previousClose = close;
        if (count < period)
        {
            trSum = Math.addExact(trSum, tr);
            count++;
            if (count == period)
            {
                value = FixedMath.divide(trSum, period, RoundingMode.HALF_EVEN);
            }
        }
        else
        {
            value = FixedMath.divide(Math.addExact(Math.multiplyExact(value, period - 1), tr), period,
                RoundingMode.HALF_EVEN);
        }
    }

    /** True once {@code period} bars have been seen. */
    public boolean isReady()
    {
        return count >= period;
    }

    /** The ATR at the price scale; 0 until {@link #isReady()}. */
    public long value()
    {
        return isReady() ? value : 0;
    }

    public int period()
    {
        return period;
    }

    public void reset()
    {
        previousClose = 0;
        count = 0;
        trSum = 0;
        value = 0;
    }
}
