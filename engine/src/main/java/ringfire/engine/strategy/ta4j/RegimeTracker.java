package ringfire.engine.strategy.ta4j;

import org.ta4j.core.indicators.ATRIndicator;
import org.ta4j.core.indicators.adx.ADXIndicator;
import org.ta4j.core.num.Num;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * Labels the market regime of one symbol from the strategy's own bar series, updated once per closed bar in
 * O(window · log window) with bounded memory (two arrays of {@value #WINDOW} longs). Every ta4j strategy holds
 * one ({@link Ta4jStrategy#regime()}).
 *
 * <p>Formula, on each bar:
 * <ul>
 * <li>{@code atrPct} = ATR(14) / close; the last {@value #WINDOW} values before this bar are kept in a ring;</li>
 * <li>{@code percentile} = (number of those {@value #WINDOW} previous values strictly below this bar's
 * {@code atrPct}) / {@value #WINDOW}, in [0, 1];</li>
 * <li>{@link Regime#VOLATILE} if the ring is full, {@code percentile} ≥ 0.9 and {@code atrPct} ≥ 1.5 × the median
 * of the ring; else {@link Regime#TRENDING} if ADX(14) ≥ 25; else {@link Regime#RANGING}. Until ADX(14) has a
 * value the label is RANGING; until the ring is full only the ADX rule applies.</li>
 * </ul>
 * ATR is taken relative to the close so that the percentile does not drift with the price level. "Strictly
 * below" makes a flat volatility read as percentile 0, not 1. The median floor keeps the ordinary top decile of a
 * calm market (a percentile alone labels 10 % of any market's bars volatile) from reading as VOLATILE: the ATR
 * must also be well above its usual level.
 */
public final class RegimeTracker
{
    static final int ADX_PERIOD = 14;
    static final int ATR_PERIOD = 14;
    static final int WINDOW = 100;
    static final BigDecimal TRENDING_ADX = BigDecimal.valueOf(25);
    /** Percentile at or above which the regime is VOLATILE: 90 of the 100 previous values. */
    static final int VOLATILE_RANK = 90;
    /** ATR/close must also be at least this multiple of the window's median (as a fraction 3/2). */
    static final long VOLATILE_MEDIAN_NUM = 3;
    static final long VOLATILE_MEDIAN_DEN = 2;
    private static final int PCT_SCALE = 12;

    private final Ta4jSeries series;
    private final ADXIndicator adx;
    private final ATRIndicator atr;
    private final long[] window = new long[WINDOW];
    private final long[] sorted = new long[WINDOW];
    private int filled;
    private int head;
    private Regime regime = Regime.RANGING;
    private BigDecimal adxValue;
    private int rank = -1;
    private boolean aboveMedian;

    RegimeTracker(final Ta4jSeries series)
    {
        this.series = series;
        this.adx = new ADXIndicator(series.series(), ADX_PERIOD);
        this.atr = new ATRIndicator(series.series(), ATR_PERIOD);
    }

    /** Updates the label with the newest bar of the series; call once per added bar. */
    void update()
    {
        final int i = series.index();
        final Num adxNow = adx.getValue(i);
        final Num atrNow = atr.getValue(i);
        adxValue = Ta4jSeries.isNaN(adxNow) ? null : adxNow.bigDecimalValue();
        rank = -1;
        aboveMedian = false;
        if (!Ta4jSeries.isNaN(atrNow))
        {
            final long pct = Ta4jSeries.decimal(atrNow)
                .divide(Ta4jSeries.decimal(series.close(i)), PCT_SCALE, RoundingMode.HALF_EVEN)
                .unscaledValue().longValueExact();
            if (filled == WINDOW)
            {
                int below = 0;
                for (final long v : window)
                {
                    if (v < pct)
                    {
                        below++;
                    }
                }
                rank = below;
                System.arraycopy(window, 0, sorted, 0, WINDOW);
                Arrays.sort(sorted);
                final long median = (sorted[WINDOW / 2 - 1] + sorted[WINDOW / 2]) / 2;
                aboveMedian = pct * VOLATILE_MEDIAN_DEN >= median * VOLATILE_MEDIAN_NUM;
            }
            window[head] = pct;
            head = (head + 1) % WINDOW;
            filled = Math.min(filled + 1, WINDOW);
        }
        if (rank >= VOLATILE_RANK && aboveMedian)
        {
            regime = Regime.VOLATILE;
        }
        else if (adxValue != null && adxValue.compareTo(TRENDING_ADX) >= 0)
        {
            regime = Regime.TRENDING;
        }
        else
        {
            regime = Regime.RANGING;
        }
    }

    /** The label as of the newest bar. */
    public Regime regime()
    {
        return regime;
    }

    /** ADX(14) as of the newest bar, or null while it has no value. */
    public BigDecimal adx()
    {
        return adxValue;
    }

    /** The ATR percentile as of the newest bar, in [0, 1], or null until {@value #WINDOW} values are known. */
    public BigDecimal atrPercentile()
    {
        return rank < 0 ? null
            : BigDecimal.valueOf(rank).divide(BigDecimal.valueOf(WINDOW), 2, RoundingMode.UNNECESSARY);
    }

    /** ATR(14) at {@code index} (NaN while it has no value); strategies use it to measure distances. */
    Num atr(final int index)
    {
        return atr.getValue(index);
    }
}
