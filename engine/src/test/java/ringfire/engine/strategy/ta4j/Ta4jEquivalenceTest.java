package ringfire.engine.strategy.ta4j;

import org.junit.jupiter.api.Test;
import org.ta4j.core.Bar;
import org.ta4j.core.indicators.ATRIndicator;
import org.ta4j.core.indicators.adx.ADXIndicator;
import org.ta4j.core.indicators.averages.EMAIndicator;
import org.ta4j.core.indicators.averages.MMAIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.num.Num;
import ringfire.engine.market.InstrumentSpec;
import ringfire.engine.settings.EngineSettings;
import ringfire.engine.strategy.ClosedBar;
import ringfire.journal.importer.ImportTarget;
import ringfire.journal.importer.KlineFile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static ringfire.engine.strategy.ta4j.Paths.MINUTE_NS;
import static ringfire.engine.strategy.ta4j.Paths.START_NS;

/**
 * The one-step-per-bar computations ({@link RunningAverage}, {@link RegimeTracker}) against what they replace:
 * ta4j's own indicators on the same bounded series and the percentile window sorted afresh on every bar (the
 * tracker's former code, kept here as the reference). Every value must be equal including its scale
 * ({@link BigDecimal#equals}), on every bar of both bundled months and on hand-made edge cases.
 */
class Ta4jEquivalenceTest
{
    private static final Path DATA = Path.of("../data");
    private static final int SERIES_BARS = 200;

    /** One OHLC bar at the instrument's price scale. */
    private record Ohlc(long open, long high, long low, long close)
    {
    }

    @Test
    void shouldMatchTa4jAndTheSortedWindowOnEveryBarOfTheBundledBtcMonth()
    {
        final InstrumentSpec btc = EngineSettings.defaults().instrument("BTCUSDT");
        final Map<Regime, Integer> labels = compare(btc, bundled(btc));

        assertThat(labels.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThan(40_000);
        assertThat(labels.keySet()).containsExactlyInAnyOrder(Regime.TRENDING, Regime.RANGING, Regime.VOLATILE);
    }

    @Test
    void shouldMatchTa4jAndTheSortedWindowOnEveryBarOfTheBundledEthMonth()
    {
        final InstrumentSpec eth = EngineSettings.defaults().instrument("ETHUSDT");
        final Map<Regime, Integer> labels = compare(eth, bundled(eth));

        assertThat(labels.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThan(40_000);
        assertThat(labels.keySet()).containsExactlyInAnyOrder(Regime.TRENDING, Regime.RANGING, Regime.VOLATILE);
    }

    @Test
    void shouldMatchTa4jOnFlatBarsWithNoRangeAndOnRepeatedValues()
    {
        final InstrumentSpec btc = EngineSettings.defaults().instrument("BTCUSDT");
        final List<Ohlc> bars = new ArrayList<>();
        // No range at all (true range, ATR and both directional movements are zero: ta4j's zero branches), then
        // moves, then repeated identical bars (equal values in the percentile window), then a gap and a shock.
        for (int i = 0; i < 60; i++)
        {
            bars.add(new Ohlc(10_000_000, 10_000_000, 10_000_000, 10_000_000));
        }
        for (int i = 0; i < 150; i++)
        {
            final long c = 10_000_000 + (i % 7) * 1_300 - (i % 3) * 2_100;
            bars.add(new Ohlc(c - 100, c + 500 + i, c - 400, c));
        }
        for (int i = 0; i < 150; i++)
        {
            bars.add(new Ohlc(10_050_000, 10_050_700, 10_049_300, 10_050_000));
        }
        bars.add(new Ohlc(10_050_000, 10_900_000, 9_400_000, 10_600_000));
        for (int i = 0; i < 40; i++)
        {
            bars.add(new Ohlc(10_600_000, 10_600_000 + 300 * i, 10_600_000 - 200 * i, 10_600_000 + 50 * i));
        }

        final Map<Regime, Integer> labels = compare(btc, bars);

        assertThat(labels.get(Regime.RANGING)).isPositive();
    }

    @Test
    void shouldMatchTa4jAveragesAtrAndAdxForShortAndLongPeriods()
    {
        final InstrumentSpec btc = EngineSettings.defaults().instrument("BTCUSDT");
        final List<Ohlc> bars = bundled(btc).subList(0, 3_000);
        for (final int period : new int[] {1, 2, 9, 50, 199})
        {
            final Ta4jSeries series = new Ta4jSeries("BTCUSDT", SERIES_BARS * 3);
            final ClosePriceIndicator close = new ClosePriceIndicator(series.series());
            final EMAIndicator ema = new EMAIndicator(close, period);
            final MMAIndicator mma = new MMAIndicator(close, period);
            final RunningAverage runningEma = RunningAverage.ema(series.series().numFactory(), period);
            final RunningAverage runningMma = RunningAverage.mma(series.series().numFactory(), period);
            final ATRIndicator atr = new ATRIndicator(series.series(), period);
            final ADXIndicator adx = new ADXIndicator(series.series(), period);
            final RunningAdx runningAdx = new RunningAdx(series.series().numFactory(), period);
            final ClosedBar view = new ClosedBar();
            for (int k = 0; k < bars.size(); k++)
            {
                add(series, view, btc, k, bars.get(k));
                final int i = series.index();
                final Num c = series.close(i);
                assertSame(runningEma.update(i, c), ema.getValue(i), "EMA(" + period + ") at bar " + k);
                assertSame(runningMma.update(i, c), mma.getValue(i), "MMA(" + period + ") at bar " + k);
                final Bar bar = series.newest();
                runningAdx.update(i, bar.getHighPrice(), bar.getLowPrice(), bar.getClosePrice());
                assertSame(runningAdx.atr(), atr.getValue(i), "ATR(" + period + ") at bar " + k);
                assertSame(runningAdx.adx(), adx.getValue(i), "ADX(" + period + ") at bar " + k);
            }
        }
    }

    /** Runs both ways over {@code bars}, asserting equality on every bar; returns how often each label came. */
    private static Map<Regime, Integer> compare(final InstrumentSpec instrument, final List<Ohlc> bars)
    {
        final Ta4jSeries series = new Ta4jSeries(instrument.name(), SERIES_BARS);
        final RegimeTracker tracker = new RegimeTracker(series);
        final ATRIndicator atr = new ATRIndicator(series.series(), RegimeTracker.ATR_PERIOD);
        final ADXIndicator adx = new ADXIndicator(series.series(), RegimeTracker.ADX_PERIOD);
        final ClosePriceIndicator close = new ClosePriceIndicator(series.series());
        final EMAIndicator ema12 = new EMAIndicator(close, 12);
        final EMAIndicator ema26 = new EMAIndicator(close, 26);
        final RunningAverage running12 = RunningAverage.ema(series.series().numFactory(), 12);
        final RunningAverage running26 = RunningAverage.ema(series.series().numFactory(), 26);
        final SortedWindowReference reference = new SortedWindowReference();
        final ClosedBar view = new ClosedBar();
        final Map<Regime, Integer> labels = new EnumMap<>(Regime.class);
        for (int k = 0; k < bars.size(); k++)
        {
            add(series, view, instrument, k, bars.get(k));
            tracker.update();
            final int i = series.index();
            final String at = instrument.name() + " bar " + k;
            final Num atrExpected = atr.getValue(i);
            final Num adxExpected = adx.getValue(i);
            assertSame(tracker.atr(), atrExpected, "ATR, " + at);
            if (Ta4jSeries.isNaN(adxExpected))
            {
                assertThat(tracker.adx()).as("ADX, " + at).isNull();
            }
            else
            {
                assertThat(tracker.adx()).as("ADX, " + at).isEqualTo(adxExpected.bigDecimalValue());
            }
            assertSame(running12.update(i, series.close(i)), ema12.getValue(i), "EMA(12), " + at);
            assertSame(running26.update(i, series.close(i)), ema26.getValue(i), "EMA(26), " + at);

            reference.update(atrExpected, series.close(i), adxExpected);
            assertThat(tracker.atrPercentile()).as("percentile, " + at).isEqualTo(reference.percentile());
            assertThat(tracker.regime()).as("regime, " + at).isEqualTo(reference.regime);
            labels.merge(tracker.regime(), 1, Integer::sum);
        }
        return labels;
    }

    private static void assertSame(final Num actual, final Num expected, final String what)
    {
        if (Ta4jSeries.isNaN(expected))
        {
            assertThat(Ta4jSeries.isNaN(actual)).as(what + ": " + actual + " instead of NaN").isTrue();
        }
        else
        {
            assertThat(Ta4jSeries.isNaN(actual)).as(what + ": NaN instead of " + expected).isFalse();
            assertThat(actual.bigDecimalValue()).as(what).isEqualTo(expected.bigDecimalValue());
        }
    }

    private static void add(final Ta4jSeries series, final ClosedBar view, final InstrumentSpec instrument, final int k,
        final Ohlc b)
    {
        final long open = START_NS + k * MINUTE_NS;
        assertThat(series.add(view.set(instrument.id(), instrument.priceScale(), instrument.qtyScale(), open,
            open + MINUTE_NS, b.open(), b.high(), b.low(), b.close(), 1_000))).isTrue();
    }

    private static List<Ohlc> bundled(final InstrumentSpec instrument)
    {
        final List<Ohlc> bars = new ArrayList<>();
        final ImportTarget target = new ImportTarget(instrument.name(), instrument.id(), instrument.priceScale(),
            instrument.qtyScale(), 60);
        KlineFile.read(DATA.resolve("bybit_linear_" + instrument.name() + "_1m.csv.gz"), target, false,
            (t, o, h, l, c, v, tv) -> bars.add(new Ohlc(o, h, l, c)));
        return bars;
    }

    /**
     * The percentile window and label as {@link RegimeTracker} computed them before: the last 100 ATR/close values
     * in a ring, copied and sorted on every bar for the median, the rank counted by a scan.
     */
    private static final class SortedWindowReference
    {
        private final long[] window = new long[RegimeTracker.WINDOW];
        private final long[] sorted = new long[RegimeTracker.WINDOW];
        private int filled;
        private int head;
        private int rank = -1;
        private Regime regime = Regime.RANGING;

        void update(final Num atr, final Num close, final Num adx)
        {
            rank = -1;
            boolean aboveMedian = false;
            if (!Ta4jSeries.isNaN(atr))
            {
                final long pct = atr.bigDecimalValue().divide(close.bigDecimalValue(), 12, RoundingMode.HALF_EVEN)
                    .unscaledValue().longValueExact();
                if (filled == RegimeTracker.WINDOW)
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
                    System.arraycopy(window, 0, sorted, 0, RegimeTracker.WINDOW);
                    Arrays.sort(sorted);
                    final long median = (sorted[RegimeTracker.WINDOW / 2 - 1] + sorted[RegimeTracker.WINDOW / 2]) / 2;
                    aboveMedian = pct * RegimeTracker.VOLATILE_MEDIAN_DEN >= median * RegimeTracker.VOLATILE_MEDIAN_NUM;
                }
                window[head] = pct;
                head = (head + 1) % RegimeTracker.WINDOW;
                filled = Math.min(filled + 1, RegimeTracker.WINDOW);
            }
            if (rank >= RegimeTracker.VOLATILE_RANK && aboveMedian)
            {
                regime = Regime.VOLATILE;
            }
            else if (!Ta4jSeries.isNaN(adx) && adx.bigDecimalValue().compareTo(RegimeTracker.TRENDING_ADX) >= 0)
            {
                regime = Regime.TRENDING;
            }
            else
            {
                regime = Regime.RANGING;
            }
        }

        BigDecimal percentile()
        {
            return rank < 0 ? null : BigDecimal.valueOf(rank).divide(BigDecimal.valueOf(RegimeTracker.WINDOW), 2,
                RoundingMode.UNNECESSARY);
        }
    }
}
