package ringfire.engine.account;

import ringfire.codecs.FixedMath;
import ringfire.codecs.Scales;
import ringfire.codecs.sbe.PositionSide;

import java.math.RoundingMode;

/**
 * Liquidation price estimate of an isolated-margin linear position, ignoring fees:
 * long {@code entry * (1 - 1/leverage + mmr)}, short {@code entry * (1 + 1/leverage - mmr)}. It is computed exactly
 * as {@code entry * (L - 1 + L*mmr) / L} (short: {@code (L + 1 - L*mmr)}) and rounded once to the tick in the
 * conservative direction: up for a long, down for a short, so the estimate is never further from the entry than
 * the formula.
 */
public final class Liquidation
{
    private Liquidation()
    {
    }

    /**
     * @param side          LONG or SHORT.
     * @param entryPrice    at the instrument's price scale, &gt; 0.
     * @param leverage      1 or more.
     * @param mmr           maintenance margin rate, Ratio (10^-8), in [0, 1).
     * @param tickSize      at the price scale, &gt; 0.
     * @return the liquidation price at the price scale, a multiple of {@code tickSize}.
     */
    public static long estimateLiquidationPrice(
        final PositionSide side, final long entryPrice, final int leverage, final long mmr, final long tickSize)
    {
        if (entryPrice <= 0 || leverage < 1 || mmr < 0 || mmr >= Scales.RATIO_ONE || tickSize <= 0)
        {
            throw new IllegalArgumentException("liquidation estimate needs entry > 0, leverage >= 1, mmr in [0, 1)"
                + " and tick > 0: entry=" + entryPrice + " leverage=" + leverage + " mmr=" + mmr + " tick=" + tickSize);
        }
        final long denominator = leverage * Scales.RATIO_ONE;
        final long maintenance = leverage * mmr;
        if (side == PositionSide.LONG)
        {
            final long exact = FixedMath.mulDiv(
                entryPrice, denominator - Scales.RATIO_ONE + maintenance, denominator, RoundingMode.CEILING);
            return Math.ceilDiv(exact, tickSize) * tickSize;
        }
        if (side == PositionSide.SHORT)
        {
            final long exact = FixedMath.mulDiv(
                entryPrice, denominator + Scales.RATIO_ONE - maintenance, denominator, RoundingMode.FLOOR);
            return Math.floorDiv(exact, tickSize) * tickSize;
        }
        throw new IllegalArgumentException("liquidation estimate needs LONG or SHORT, was " + side);
    }

    /** True when {@code price} is at or beyond {@code liquidationPrice}: at or below for a long, at or above for a short. */
    public static boolean isBeyond(final PositionSide side, final long liquidationPrice, final long price)
    {
        return switch (side)
        {
            case LONG -> price <= liquidationPrice;
            case SHORT -> price >= liquidationPrice;
            default -> false;
        };
    }
}
