package ringfire.engine.risk;

import ringfire.codecs.FixedMath;
import ringfire.codecs.Scales;

import java.math.RoundingMode;

/**
 * Estimated liquidation price of an isolated position opened at {@code entry} (price scale) with
 * {@code leverage} and maintenance margin rate {@code mmr} (Ratio): long {@code entry x (1 − 1/lev + mmr)},
 * short {@code entry x (1 + 1/lev − mmr)}, computed exactly and rounded away from the position's safe side (long
 * down, short up), so a stop at a whole price unit compares with the rounded price exactly as with the real one.
 */
public final class Liquidation
{
    private Liquidation()
    {
    }

    /** Long liquidation price, rounded toward negative infinity. */
    public static long longPrice(final long entry, final int leverage, final long mmr)
    {
        final long one = Scales.RATIO_ONE;
        final long factor = (leverage - 1) * one + leverage * mmr;
        return FixedMath.mulDiv(entry, factor, leverage * one, RoundingMode.FLOOR);
    }

    /** Short liquidation price, rounded toward positive infinity. */
    public static long shortPrice(final long entry, final int leverage, final long mmr)
    {
        final long one = Scales.RATIO_ONE;
        final long factor = (leverage + 1) * one - leverage * mmr;
        return FixedMath.mulDiv(entry, factor, leverage * one, RoundingMode.CEILING);
    }

    /** Whether a long's stop is at or below its liquidation price (the stop would never be reached). */
    public static boolean longStopBeyond(final long stop, final long liquidationPrice)
    {
        return stop <= liquidationPrice;
    }

    /** Whether a short's stop is at or above its liquidation price. */
    public static boolean shortStopBeyond(final long stop, final long liquidationPrice)
    {
        return stop >= liquidationPrice;
    }
}
