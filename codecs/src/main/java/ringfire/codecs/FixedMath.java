package ringfire.codecs;

import java.math.RoundingMode;

/**
 * Exact fixed-point arithmetic on scaled longs. {@link #mulDiv} computes {@code a * b / c} with a 128-bit
 * intermediate and an allocation-free 128-by-64-bit division, so Money times a Ratio neither overflows silently
 * nor allocates at any balance; a quotient that does not fit a long throws ArithmeticException (the
 * {@code OrLimit} variants saturate instead).
 */
public final class FixedMath
{
    private FixedMath()
    {
    }

    /** {@code a * b / c}, rounded as asked, with a 128-bit intermediate. */
    public static long mulDiv(final long a, final long b, final long c, final RoundingMode rounding)
    {
        return mulDiv(a, b, c, rounding, false);
    }

    /** As {@link #quantityFor}, but {@link Long#MAX_VALUE} (or MIN) when the quantity does not fit a long. */
    public static long quantityForOrLimit(final long money, final long price, final int priceScale, final int qtyScale,
        final RoundingMode rounding)
    {
        final int shift = priceScale + qtyScale - Scales.MONEY;
        if (shift >= 0)
        {
            return mulDiv(money, Decimals.pow10(shift), price, rounding, true);
        }
        return mulDiv(money, 1, Math.multiplyExact(price, Decimals.pow10(-shift)), rounding, true);
    }

    private static long mulDiv(final long a, final long b, final long c, final RoundingMode rounding,
        final boolean saturate)
    {
        if (c == 0)
        {
            throw new ArithmeticException("division by zero");
        }
        final long hi = Math.multiplyHigh(a, b);
        final long lo = a * b;
        if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))
        {
            if (lo == Long.MIN_VALUE && c == -1)
            {
                return overflow(a, b, c, saturate, false);
            }
            return divide(lo, c, rounding);
        }
        final boolean negative = (a < 0) ^ (b < 0) ^ (c < 0);
        final long ma = Math.abs(a);
        final long mb = Math.abs(b);
        final long d = Math.abs(c);
        final long phi = Math.unsignedMultiplyHigh(ma, mb);
        final long plo = ma * mb;
        if (Long.compareUnsigned(phi, d) >= 0)
        {
            return overflow(a, b, c, saturate, negative);
        }
        long q = 0;
        long r = phi;
        for (int i = 63; i >= 0; i--)
        {
            final boolean carry = r < 0;
            r = (r << 1) | ((plo >>> i) & 1);
            q <<= 1;
            if (carry || Long.compareUnsigned(r, d) >= 0)
            {
                r -= d;
                q |= 1;
            }
        }
        final boolean up = r != 0 && switch (rounding)
        {
            case DOWN -> false;
            case UP -> true;
            case FLOOR -> negative;
            case CEILING -> !negative;
            case HALF_UP, HALF_DOWN, HALF_EVEN ->
            {
                final int half = Long.compareUnsigned(r, d - r);
                yield half > 0 || (half == 0
                    && (rounding == RoundingMode.HALF_UP || (rounding == RoundingMode.HALF_EVEN && (q & 1) != 0)));
            }
            case UNNECESSARY -> throw new ArithmeticException("rounding necessary: " + a + " * " + b + " / " + c);
        };
        final long m = up ? q + 1 : q;
        if (m < 0 && !(negative && m == Long.MIN_VALUE))
        {
            return overflow(a, b, c, saturate, negative);
        }
        return negative ? -m : m;
    }

    private static long overflow(final long a, final long b, final long c, final boolean saturate,
        final boolean negative)
    {
        if (saturate)
        {
            return negative ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        throw new ArithmeticException("overflow: " + a + " * " + b + " / " + c);
    }

    /** {@code value * ratio} with the ratio at {@link Scales#RATIO}. */
    public static long mulRatio(final long value, final long ratio, final RoundingMode rounding)
    {
        return mulDiv(value, ratio, Scales.RATIO_ONE, rounding);
    }

    /** {@code numerator / denominator} as a Ratio. */
    public static long ratio(final long numerator, final long denominator, final RoundingMode rounding)
    {
        return mulDiv(numerator, Scales.RATIO_ONE, denominator, rounding);
    }

    /** As {@link FixedMath#notional}. */
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

    /** As {@link #notional}, but {@link Long#MAX_VALUE} (or MIN) when the notional does not fit a long. */
    public static long notionalOrLimit(final long price, final int priceScale, final long qty, final int qtyScale,
        final RoundingMode rounding)
    {
        final int shift = priceScale + qtyScale - Scales.MONEY;
        if (shift >= 0)
        {
            return mulDiv(price, qty, Decimals.pow10(shift), rounding, true);
        }
        final long product = mulDiv(price, qty, 1, rounding, true);
        final long p = Decimals.pow10(-shift);
        if (product > Long.MAX_VALUE / p || product < -(Long.MAX_VALUE / p))
        {
            return product < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return product * p;
    }

    /** As {@link FixedMath#quantityFor}. */
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

    /** {@code a / c} rounded as asked. */
    public static long divide(final long a, final long c, final RoundingMode rounding)
    {
        if (a == Long.MIN_VALUE && c == -1)
        {
            throw new ArithmeticException("overflow: " + a + " / " + c);
        }
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

    /** Rounds {@code value} down (toward zero) to a multiple of {@code step}. */
    public static long floorToStep(final long value, final long step)
    {
        return value - value % step;
    }
}
