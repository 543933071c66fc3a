package ringfire.engine.exit;

import ringfire.codecs.FixedMath;
import ringfire.codecs.Scales;

import java.math.RoundingMode;

/**
 * Leverage-adjusted PnL and the price levels derived from it. Prices are at the instrument's price scale, PnL is a
 * Ratio at {@link Scales#RATIO} (0.08 = 8 % of the margin).
 * <ul>
 * <li>PnL at price p: (p − entry) / entry × leverage for a long, (entry − p) / entry × leverage for a short,
 * rounded FLOOR, so a PnL threshold compared with it is reached exactly when the exact PnL reaches it.</li>
 * <li>Level at PnL x: entry × (1 + x / leverage) for a long, entry × (1 − x / leverage) for a short, rounded to
 * the tick so that it is never more favourable than the exact level: long levels down, short levels up.</li>
 * </ul>
 */
public final class LeveragedPnl
{
    private LeveragedPnl()
    {
    }

    public static long pnl(final boolean isLong, final long entry, final int leverage, final long price)
    {
        final long move = isLong ? price - entry : entry - price;
        return FixedMath.mulDiv(move, leverage * Scales.RATIO_ONE, entry, RoundingMode.FLOOR);
    }

    public static long level(final boolean isLong, final long entry, final int leverage, final long pnl,
        final long tick)
    {
        final long offset = FixedMath.mulDiv(entry, pnl, leverage * Scales.RATIO_ONE, RoundingMode.FLOOR);
        return isLong ? floorToTick(entry + offset, tick) : ceilToTick(entry - offset, tick);
    }

    public static long floorToTick(final long price, final long tick)
    {
        return price - Math.floorMod(price, tick);
    }

    public static long ceilToTick(final long price, final long tick)
    {
        final long rem = Math.floorMod(price, tick);
        return rem == 0 ? price : price - rem + tick;
    }

    /** Long levels rounded down to the tick, short levels up: the conservative rounding of every exit level. */
    public static long roundLevel(final boolean isLong, final long price, final long tick)
    {
        return isLong ? floorToTick(price, tick) : ceilToTick(price, tick);
    }
}
