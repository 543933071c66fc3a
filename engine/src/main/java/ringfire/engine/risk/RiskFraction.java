package ringfire.engine.risk;

import ringfire.codecs.Scales;

/**
 * Fraction of equity risked per trade as a function of balance {@code b} (Money), a Ratio:
 * {@code riskAtLowBalance} at or below {@code lowBalance}, {@code riskAtHighBalance} at or above
 * {@code highBalance}, and in between {@code riskAtLowBalance x decayBase^((b − low) / (high − low))}.
 *
 * <p>The in-between value is evaluated deterministically: {@code x} is the quotient of the two exact Money
 * differences in double, the power is {@code StrictMath.pow(decayBase, x)} (decayBase as the double nearest its
 * Ratio), and the product with {@code riskAtLowBalance} is taken exactly from that double and rounded DOWN to
 * 10^-8 (so just above {@code lowBalance} the fraction is already one unit below {@code riskAtLowBalance}).
 * The endpoints are exact. Allocation-free.
 */
public final class RiskFraction
{
    private final long lowBalance;
    private final long highBalance;
    private final long riskAtLow;
    private final long riskAtHigh;
    private final double decayBase;
    private final double span;

    public RiskFraction(final RiskSettings settings)
    {
        this.lowBalance = settings.lowBalance();
        this.highBalance = settings.highBalance();
        this.riskAtLow = settings.riskAtLowBalance();
        this.riskAtHigh = settings.riskAtHighBalance();
        this.decayBase = (double)settings.decayBase() / (double)Scales.RATIO_ONE;
        this.span = (double)(highBalance - lowBalance);
    }

    /** r(balance) as a Ratio. */
    public long at(final long balance)
    {
        if (balance <= lowBalance)
        {
            return riskAtLow;
        }
        if (balance >= highBalance)
        {
            return riskAtHigh;
        }
        final double x = (double)(balance - lowBalance) / span;
        return floorProduct(riskAtLow, StrictMath.pow(decayBase, x));
    }

    /**
     * {@code floor(a x p)} computed exactly from the binary value of {@code p}, for {@code a >= 0} and
     * {@code 0 <= p <= 1}.
     */
    static long floorProduct(final long a, final double p)
    {
        if (a < 0 || !(p >= 0.0 && p <= 1.0))
        {
            throw new IllegalArgumentException("floorProduct needs a >= 0 and 0 <= p <= 1: " + a + ", " + p);
        }
        if (a == 0 || p == 0.0)
        {
            return 0;
        }
        final long bits = Double.doubleToRawLongBits(p);
        final int exponent = (int)(bits >>> 52) & 0x7ff;
        long mantissa = bits & 0xF_FFFF_FFFF_FFFFL;
        final int shift;
        if (exponent == 0)
        {
            shift = 1074;
        }
        else
        {
            mantissa |= 1L << 52;
            shift = 1075 - exponent;
        }
        final long hi = Math.multiplyHigh(a, mantissa);
        final long lo = a * mantissa;
        if (shift >= 128)
        {
            return 0;
        }
        if (shift >= 64)
        {
            return hi >>> (shift - 64);
        }
        return (lo >>> shift) | (hi << (64 - shift));
    }
}
