package ringfire.engine.strategy.ta4j;

import org.ta4j.core.Bar;
import org.ta4j.core.num.Num;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Labels the market regime of one symbol from the strategy's own bar series, updated once per closed bar in
 * O(window) with bounded memory (two arrays of {@value #WINDOW} longs). Every ta4j strategy holds one
 * ({@link Ta4jStrategy#regime()}).
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
 *
 * <p>ATR(14) and ADX(14) are ta4j's {@code ATRIndicator} and {@code ADXIndicator}, computed one step per bar by
 * {@link RunningAdx} with the same DecimalNum operations in the same order, so they equal the indicators' values
 * exactly; the indicator graph itself would build four copies of ATR(14) and, on a bounded series, compute every
 * value twice ({@code Ta4jEquivalenceTest} checks the equality on every bar of the bundled months). The previous
 * values are also kept sorted, so that the rank and the median are a binary search and a lookup.
 */
public final class RegimeTracker
{
    static final int ADX_PERIOD = 14;
    /** The same as {@link #ADX_PERIOD}: ADX(14) divides by ATR(14), so one {@link RunningAdx} gives both. */
    static final int ATR_PERIOD = ADX_PERIOD;
    static final int WINDOW = 100;
    static final BigDecimal TRENDING_ADX = BigDecimal.valueOf(25);
    /** Percentile at or above which the regime is VOLATILE: 90 of the 100 previous values. */
    static final int VOLATILE_RANK = 90;
    /** ATR/close must also be at least this multiple of the window's median (as a fraction 3/2). */
    static final long VOLATILE_MEDIAN_NUM = 3;
    static final long VOLATILE_MEDIAN_DEN = 2;
    private static final int PCT_SCALE = 12;

    private final Ta4jSeries series;
    private final RunningAdx adx;
    /** The last {@value #WINDOW} values of atrPct in arrival order (a ring starting at {@link #head}). */
    private final long[] window = new long[WINDOW];
    /** The first {@link #filled} entries: the same values, ascending. */
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
        this.adx = new RunningAdx(series.series().numFactory(), ADX_PERIOD);
    }

    /** Updates the label with the newest bar of the series; call once per added bar. */
    void update()
    {
        final int i = series.index();
        final Bar bar = series.newest();
        final Num close = bar.getClosePrice();
        adx.update(i, bar.getHighPrice(), bar.getLowPrice(), close);
        final Num atr = adx.atr();
        final Num adxNow = adx.adx();
        adxValue = Ta4jSeries.isNaN(adxNow) ? null : adxNow.bigDecimalValue();
        rank = -1;
        aboveMedian = false;
        if (!Ta4jSeries.isNaN(atr))
        {
            final long pct = Ta4jSeries.decimal(atr)
                .divide(Ta4jSeries.decimal(close), PCT_SCALE, RoundingMode.HALF_EVEN)
                .unscaledValue().longValueExact();
            if (filled == WINDOW)
            {
                rank = countBelow(pct);
                final long median = (sorted[WINDOW / 2 - 1] + sorted[WINDOW / 2]) / 2;
                aboveMedian = pct * VOLATILE_MEDIAN_DEN >= median * VOLATILE_MEDIAN_NUM;
                remove(window[head]);
            }
            insert(pct);
            window[head] = pct;
            head = (head + 1) % WINDOW;
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

    /** How many of the window's values are strictly below {@code value}. */
    private int countBelow(final long value)
    {
        int lo = 0;
        int hi = filled;
        while (lo < hi)
        {
            final int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    /** Adds {@code value} to the sorted values; {@link #filled} is then one more. */
    private void insert(final long value)
    {
        final int at = countBelow(value);
        System.arraycopy(sorted, at, sorted, at + 1, filled - at);
        sorted[at] = value;
        filled++;
    }

    /** Removes one occurrence of {@code value} (present) from the sorted values; {@link #filled} is then one less. */
    private void remove(final long value)
    {
        final int at = countBelow(value);
        System.arraycopy(sorted, at + 1, sorted, at, filled - at - 1);
        filled--;
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

    /** ATR(14) as of the newest bar (NaN while it has no value); strategies use it to measure distances. */
    Num atr()
    {
        return adx.atr();
    }
}
