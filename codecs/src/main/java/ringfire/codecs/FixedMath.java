package ringfire.codecs;

import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Exact fixed-point arithmetic on scaled longs. {@link #mulDiv} computes {@code a * b / c} with a 128-bit
 * intermediate, so money times a ratio cannot overflow silently; results that do not fit a long throw.
 * Allocation-free unless the product exceeds 64 bits.
 */
public final class FixedMath
{
    private FixedMath()
    {
    }

    /** {@code a * b / c}, rounded as asked. {@code c} must not be 0. */
    public static long mulDiv(final long a, final long b, final long c, final RoundingMode rounding)
    {
        if (c == 0)
        {
            throw new ArithmeticException("division by zero");
        }
        final long hi = Math.multiplyHigh(a, b);
        final long lo = a * b;
        if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))
        {
            return divide(lo, c, rounding);
        }
        final BigInteger q = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b));
        return new java.math.BigDecimal(q).divide(java.math.BigDecimal.valueOf(c), 0, rounding).longValueExact();
    }

    /** {@code a / c} rounded as asked. */
    public static long divide(final long a, final long c, final RoundingMode rounding)
    {
        final long q = a / c;
        final long r = a % c;
        if (r == 0)
        {
            return q;
        }
        final boolean negative = (a < 0) != (c < 0);
        final boolean up = switch (rounding)
        {
            case DOWN -> false;
            case UP -> true;
            case FLOOR -> negative;
            case CEILING -> !negative;
            case HALF_UP, HALF_DOWN, HALF_EVEN ->
            {
                final long twice = Math.abs(r) * 2;
                final long abs = Math.abs(c);
                if (twice > abs || twice < 0)
                {
                    yield true;
                }
                if (twice < abs)
                {
                    yield false;
                }
                yield rounding == RoundingMode.HALF_UP || (rounding == RoundingMode.HALF_EVEN && (q & 1) != 0);
            }
            case UNNECESSARY -> throw new ArithmeticException("rounding necessary: " + a + " / " + c);
        };
        return up ? (negative ? q - 1 : q + 1) : q;
    }

    /** {@code value * ratio}, with ratio at {@link Scales#RATIO}. */
    public static long mulRatio(final long value, final long ratio, final RoundingMode rounding)
    {
        return mulDiv(value, ratio, Scales.RATIO_ONE, rounding);
    }

    /** {@code numerator / denominator} as a ratio at {@link Scales#RATIO}. */
    public static long ratio(final long numerator, final long denominator, final RoundingMode rounding)
    {
        return mulDiv(numerator, Scales.RATIO_ONE, denominator, rounding);
    }

    /**
     * Notional in Money (10^-8 USDT) of {@code qty} at {@code price}, given their scales.
     */
    public static long notional(final long price, final int priceScale, final long qty, final int qtyScale,
        final RoundingMode rounding)
    {
        final int shift = priceScale + qtyScale - Scales.MONEY;
        if (shift >= 0)
        {
            return mulDiv(price, qty, Decimals.pow10(shift), rounding);
        }
        return Math.multiplyExact(Math.multiplyExact(price, qty), Decimals.pow10(-shift));
    }

    /** Quantity (at {@code qtyScale}) worth {@code money} at {@code price}. */
    public static long quantityFor(final long money, final long price, final int priceScale, final int qtyScale,
        final RoundingMode rounding)
    {
        final int shift = priceScale + qtyScale - Scales.MONEY;
        if (shift >= 0)
        {
            return mulDiv(money, Decimals.pow10(shift), price, rounding);
        }
        return mulDiv(money, 1, Math.multiplyExact(price, Decimals.pow10(-shift)), rounding);
    }

    /** Rounds {@code value} down (toward zero) to a multiple of {@code step}. */
    public static long floorToStep(final long value, final long step)
    {
        return value - value % step;
    }
}
