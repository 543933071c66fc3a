package ringfire.engine.strategy.ta4j;

import org.ta4j.core.num.NaN;
import org.ta4j.core.num.Num;
import org.ta4j.core.num.NumFactory;

/**
 * An exponential moving average fed one value per bar, with exactly the arithmetic of ta4j's
 * {@code AbstractEMAIndicator} (the base of {@code EMAIndicator} and {@code MMAIndicator}), so that it gives the
 * same {@link Num}s, digit for digit and scale for scale, as the indicator on the same values:
 * <ul>
 * <li>no value (NaN) at bar indices below {@code barCount} (ta4j's unstable bars), nor when the input is NaN (ta4j
 * counts from the series' begin index: 0 until a bounded series is full, after which the newest index stays more
 * than {@code barCount} past it as long as the series keeps more than {@code barCount + 1} bars, as every
 * strategy's series does);</li>
 * <li>the first value after no value is the input itself;</li>
 * <li>then {@code previous.plus(input.minus(previous).multipliedBy(multiplier))}, the multiplier being
 * {@code numOf(2.0 / (barCount + 1))} (EMA) or {@code numOf(1.0 / barCount)} (Wilder's MMA) from the series'
 * number factory, as ta4j builds it.</li>
 * </ul>
 * ta4j evaluates that recursion through a cache per indicator, and with a bounded series computes each value
 * twice (a newest value is cached apart from the others and recomputed once the next bar arrives); here it is one
 * step per bar with the previous value in a field. {@link #update} must see every bar index in order, once.
 */
final class RunningAverage
{
    private final int barCount;
    private final Num multiplier;
    private Num value = NaN.NaN;

    private RunningAverage(final int barCount, final Num multiplier)
    {
        this.barCount = barCount;
        this.multiplier = multiplier;
    }

    /** ta4j's {@code EMAIndicator(indicator, barCount)}. */
    static RunningAverage ema(final NumFactory numbers, final int barCount)
    {
        return new RunningAverage(barCount, numbers.numOf(Double.valueOf(2.0 / (barCount + 1))));
    }

    /** ta4j's {@code MMAIndicator(indicator, barCount)} (Wilder's smoothing). */
    static RunningAverage mma(final NumFactory numbers, final int barCount)
    {
        return new RunningAverage(barCount, numbers.numOf(Double.valueOf(1.0 / barCount)));
    }

    /** Takes the input at bar {@code index} (the index after the previous call's) and returns the new value. */
    Num update(final int index, final Num input)
    {
        if (index < barCount || Ta4jSeries.isNaN(input))
        {
            value = NaN.NaN;
        }
        else if (value.isNaN())
        {
            value = input;
        }
        else
        {
            value = value.plus(input.minus(value).multipliedBy(multiplier));
        }
        return value;
    }

    /** The value as of the last {@link #update} (NaN while there is none). */
    Num value()
    {
        return value;
    }
}
