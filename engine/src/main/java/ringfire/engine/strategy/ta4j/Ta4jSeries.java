package ringfire.engine.strategy.ta4j;

import org.ta4j.core.Bar;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.num.DecimalNum;
import org.ta4j.core.num.DecimalNumFactory;
import org.ta4j.core.num.Num;
import ringfire.codecs.Scales;
import ringfire.engine.strategy.ClosedBar;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;

/**
 * One symbol's bounded ta4j {@link BarSeries}, fed one closed bar at a time, and the conversions between the
 * engine's scaled longs and ta4j numbers.
 *
 * <p>Numbers are {@link DecimalNum}s with an explicit {@link #MATH_CONTEXT} (20 significant digits, half-even),
 * never ta4j's global default: a price {@code unscaled} at {@code scale} decimals becomes exactly
 * {@code DecimalNum.valueOf(BigDecimal.valueOf(unscaled, scale), MATH_CONTEXT)}. BigDecimal arithmetic does not
 * depend on the platform, the JIT or the wall clock, so the same bars always give the same indicator values
 * (DoubleNum would risk platform-dependent {@code Math.pow}).
 *
 * <p>A bar becomes a ta4j bar ending at {@link ClosedBar#closeTimeNs()} with a period of close − open time (at
 * least 1 ns). ta4j refuses a bar that does not end after the previous one; such a bar (a duplicate or out of
 * order) is ignored: {@link #add} returns false and the strategy emits nothing for it.
 */
final class Ta4jSeries
{
    static final MathContext MATH_CONTEXT = new MathContext(20, RoundingMode.HALF_EVEN);

    private final BarSeries series;
    private long lastEndNs = Long.MIN_VALUE;
    private long barsAdded;
    private int priceScale;

    Ta4jSeries(final String name, final int maximumBarCount)
    {
        // The maximum must be set before any indicator is built: ta4j sizes each indicator's cache from it.
        this.series = new BaseBarSeriesBuilder()
            .withName(name)
            .withNumFactory(DecimalNumFactory.getInstance(MATH_CONTEXT))
            .withMaxBarCount(maximumBarCount)
            .build();
    }

    /** Appends {@code bar}; false (and nothing appended) when it does not end after the previous bar. */
    boolean add(final ClosedBar bar)
    {
        final long endNs = bar.closeTimeNs();
        if (endNs <= lastEndNs)
        {
            return false;
        }
        lastEndNs = endNs;
        priceScale = bar.priceScale();
        series.barBuilder()
            .timePeriod(Duration.ofNanos(Math.max(1, endNs - bar.openTimeNs())))
            .endTime(Instant.ofEpochSecond(0, endNs))
            .openPrice(num(bar.open(), priceScale))
            .highPrice(num(bar.high(), priceScale))
            .lowPrice(num(bar.low(), priceScale))
            .closePrice(num(bar.close(), priceScale))
            .volume(num(bar.volume(), bar.qtyScale()))
            .add();
        barsAdded++;
        return true;
    }

    BarSeries series()
    {
        return series;
    }

    /** Index of the newest bar. */
    int index()
    {
        return series.getEndIndex();
    }

    /** Bars added since the start (not bounded by the maximum bar count). */
    long barsAdded()
    {
        return barsAdded;
    }

    Num close(final int index)
    {
        return series.getBar(index).getClosePrice();
    }

    /** The newest bar. */
    Bar newest()
    {
        return series.getLastBar();
    }

    static Num num(final long unscaled, final int scale)
    {
        return DecimalNum.valueOf(BigDecimal.valueOf(unscaled, scale), MATH_CONTEXT);
    }

    /**
     * Whether {@code n} is null or NaN. Same answer as {@code Num.isNaNOrNull} for the DecimalNums and NaNs of these
     * series (a DecimalNum is never NaN), without its conversion of every value to a double.
     */
    static boolean isNaN(final Num n)
    {
        return n == null || n.isNaN();
    }

    static BigDecimal decimal(final Num n)
    {
        return n.bigDecimalValue();
    }

    /** {@code price} at the instrument's price scale, rounded as asked; 0 when it is not a positive number. */
    long price(final Num price, final RoundingMode rounding)
    {
        return isNaN(price) ? 0 : price(price.bigDecimalValue(), rounding);
    }

    /** {@code price} at the instrument's price scale, rounded as asked; 0 when it is not positive. */
    long price(final BigDecimal price, final RoundingMode rounding)
    {
        final long p = price.setScale(priceScale, rounding).unscaledValue().longValueExact();
        return Math.max(0, p);
    }

    /** {@code value} clamped to [0, 1], as a Ratio (10^-8), rounded down. */
    static long ratio(final BigDecimal value)
    {
        if (value.signum() <= 0)
        {
            return 0;
        }
        if (value.compareTo(BigDecimal.ONE) >= 0)
        {
            return Scales.RATIO_ONE;
        }
        return value.setScale(Scales.RATIO, RoundingMode.DOWN).unscaledValue().longValueExact();
    }

    /** {@code numerator / denominator} at 12 decimals (0 when the denominator is not positive). */
    static BigDecimal div(final BigDecimal numerator, final BigDecimal denominator)
    {
        if (denominator.signum() <= 0)
        {
            return BigDecimal.ZERO;
        }
        return numerator.divide(denominator, 12, RoundingMode.HALF_EVEN);
    }

    /** {@code value} clamped to [min, max]. */
    static BigDecimal clamp(final BigDecimal value, final BigDecimal min, final BigDecimal max)
    {
        return value.max(min).min(max);
    }
}
