package ringfire.engine.execution.paper;

import ringfire.codecs.FixedMath;
import ringfire.codecs.Scales;
import ringfire.codecs.sbe.Side;
import ringfire.engine.market.InstrumentSpec;

import java.math.RoundingMode;

/**
 * Exact price and fee arithmetic of the paper broker. Every rounding goes against the account: buy prices
 * round up to the tick, sell prices down; fees and funding payments round toward paying more
 * ({@link RoundingMode#CEILING}).
 */
public final class PaperMath
{
    private PaperMath()
    {
    }

    /**
     * Taker fill price for {@code base} with {@code slippage} (Ratio) against the order: a buy pays
     * {@code base * (1 + slippage)} rounded up to the tick, a sell gets {@code base * (1 - slippage)} rounded down,
     * but never less than one tick.
     */
    public static long slipped(final InstrumentSpec spec, final Side side, final long base, final long slippage)
    {
        if (side == Side.BUY)
        {
            return ceilToTick(FixedMath.mulDiv(base, Scales.RATIO_ONE + slippage, Scales.RATIO_ONE,
                RoundingMode.CEILING), spec.tickSize());
        }
        return floorToTick(FixedMath.mulDiv(base, Scales.RATIO_ONE - slippage, Scales.RATIO_ONE,
            RoundingMode.FLOOR), spec.tickSize());
    }

    /** {@code price} on the tick, rounded against a {@code side} order: up for a buy, down for a sell. */
    public static long againstTick(final InstrumentSpec spec, final Side side, final long price)
    {
        return side == Side.BUY ? ceilToTick(price, spec.tickSize()) : floorToTick(price, spec.tickSize());
    }

    /** Fee in Money: {@code notional(price, qty) * rate}, each step rounded up (CEILING). */
    public static long fee(final InstrumentSpec spec, final long price, final long qty, final long rate)
    {
        final long notional = FixedMath.notional(price, spec.priceScale(), qty, spec.qtyScale(), RoundingMode.CEILING);
        return FixedMath.mulRatio(notional, rate, RoundingMode.CEILING);
    }

    /**
     * Funding paid by the account in Money ({@code < 0} received): {@code notional(mark, |qty|) * rate}, positive
     * for a long when the rate is positive. The notional rounds half up, the payment up (CEILING).
     */
    public static long fundingPayment(final InstrumentSpec spec, final long positionQty, final long markPrice,
        final long rate)
    {
        final long notional = FixedMath.notional(markPrice, spec.priceScale(), Math.abs(positionQty),
            spec.qtyScale(), RoundingMode.HALF_UP);
        return FixedMath.mulRatio(positionQty > 0 ? notional : -notional, rate, RoundingMode.CEILING);
    }

    private static long ceilToTick(final long price, final long tick)
    {
        final long floor = Math.floorDiv(price, tick) * tick;
        return floor == price ? price : floor + tick;
    }

    private static long floorToTick(final long price, final long tick)
    {
        return Math.max(tick, Math.floorDiv(price, tick) * tick);
    }
}
