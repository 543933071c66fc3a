package ringfire.engine.strategy.ta4j;

import org.ta4j.core.num.NaN;
import org.ta4j.core.num.Num;
import org.ta4j.core.num.NumFactory;

/**
 * ta4j's {@code ATRIndicator(barCount)} and {@code ADXIndicator(barCount)} fed one bar at a time, with the same
 * DecimalNum operations in the same order as the indicators, so the same values digit for digit: true range
 * ({@code TRIndicator}), its Wilder average (ATR); directional movements ({@code PlusDMIndicator},
 * {@code MinusDMIndicator}), their Wilder averages divided by ATR times 100 ({@code PlusDIIndicator},
 * {@code MinusDIIndicator}), DX = |+DI − −DI| / (+DI + −DI) × 100 ({@code DXIndicator}) and its Wilder average
 * (ADX). As in ta4j, the first bar (index 0) has no previous bar, the averages have no value below index
 * {@code barCount} ({@link RunningAverage}) and ADX's first value is that bar's DX. ta4j's own ADX holds three
 * ATRs (one for each directional index, one more for a caller that also wants ATR) and, driven bar by bar on a
 * bounded series, computes every value twice; this is one step per bar.
 *
 * <p>{@link #update} must see every bar index in order, once.
 */
final class RunningAdx
{
    private final Num zero;
    private final Num hundred;
    private final RunningAverage atrAverage;
    private final RunningAverage plusDmAverage;
    private final RunningAverage minusDmAverage;
    private final RunningAverage dxAverage;
    private Num previousHigh;
    private Num previousLow;
    private Num previousClose;

    RunningAdx(final NumFactory numbers, final int barCount)
    {
        this.zero = numbers.zero();
        this.hundred = numbers.hundred();
        this.atrAverage = RunningAverage.mma(numbers, barCount);
        this.plusDmAverage = RunningAverage.mma(numbers, barCount);
        this.minusDmAverage = RunningAverage.mma(numbers, barCount);
        this.dxAverage = RunningAverage.mma(numbers, barCount);
    }

    /** Takes bar {@code i} (the index after the previous call's). */
    void update(final int i, final Num high, final Num low, final Num close)
    {
        final Num atr = atrAverage.update(i, trueRange(i, high, low));
        dxAverage.update(i, dx(i, high, low, atr));
        previousHigh = high;
        previousLow = low;
        previousClose = close;
    }

    /** ATR(barCount) as of the last bar (NaN while it has no value). */
    Num atr()
    {
        return atrAverage.value();
    }

    /** ADX(barCount) as of the last bar (NaN while it has no value). */
    Num adx()
    {
        return dxAverage.value();
    }

    /** ta4j's {@code TRIndicator} at bar {@code i}. */
    private Num trueRange(final int i, final Num high, final Num low)
    {
        final Num highLow = high.minus(low);
        if (i == 0)
        {
            return highLow.abs();
        }
        final Num highClose = high.minus(previousClose);
        final Num closeLow = previousClose.minus(low);
        return highLow.abs().max(highClose.abs()).max(closeLow.abs());
    }

    /**
     * ta4j's {@code DXIndicator(barCount)} at bar {@code i}: the directional movements ({@code PlusDMIndicator},
     * {@code MinusDMIndicator}) into their Wilder averages, divided by ATR ({@code PlusDIIndicator},
     * {@code MinusDIIndicator}); NaN while ATR has no value.
     */
    private Num dx(final int i, final Num high, final Num low, final Num atrNow)
    {
        Num plusDm = zero;
        Num minusDm = zero;
        if (i > 0)
        {
            final Num up = high.minus(previousHigh);
            final Num down = previousLow.minus(low);
            if (up.isGreaterThan(down) && up.isGreaterThan(zero))
            {
                plusDm = up;
            }
            if (down.isGreaterThan(up) && down.isGreaterThan(zero))
            {
                minusDm = down;
            }
        }
        final Num plusAverage = plusDmAverage.update(i, plusDm);
        final Num minusAverage = minusDmAverage.update(i, minusDm);
        if (Ta4jSeries.isNaN(atrNow) || Ta4jSeries.isNaN(plusAverage) || Ta4jSeries.isNaN(minusAverage))
        {
            return NaN.NaN;
        }
        final Num plusDi = directionalIndex(plusAverage, atrNow);
        final Num minusDi = directionalIndex(minusAverage, atrNow);
        final Num sum = plusDi.plus(minusDi);
        if (sum.equals(zero))
        {
            return zero;
        }
        return plusDi.minus(minusDi).abs().dividedBy(sum).multipliedBy(hundred);
    }

    private Num directionalIndex(final Num dmAverage, final Num atrNow)
    {
        if (atrNow.equals(zero))
        {
            return zero;
        }
        return dmAverage.dividedBy(atrNow).multipliedBy(hundred);
    }
}
