package ringfire.engine.strategy.ta4j;

import org.junit.jupiter.api.Test;
import ringfire.engine.strategy.ClosedBar;
import ringfire.engine.strategy.Strategies;
import ringfire.engine.strategy.StrategyFactory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static ringfire.engine.strategy.ta4j.Paths.BTC;
import static ringfire.engine.strategy.ta4j.Paths.MINUTE_NS;
import static ringfire.engine.strategy.ta4j.Paths.START_NS;
import static ringfire.engine.strategy.ta4j.Paths.concat;
import static ringfire.engine.strategy.ta4j.Paths.flat;
import static ringfire.engine.strategy.ta4j.Paths.fromCloses;
import static ringfire.engine.strategy.ta4j.Paths.line;
import static ringfire.engine.strategy.ta4j.Paths.wobble;

class RegimeTrackerTest
{
    /** The label after each bar of {@code bars}, from a tracker on its own bounded series. */
    private static List<Regime> labels(final List<Paths.Bar> bars, final List<BigDecimal> percentiles)
    {
        final Ta4jSeries series = new Ta4jSeries("BTCUSDT", 200);
        final RegimeTracker tracker = new RegimeTracker(series);
        final ClosedBar view = new ClosedBar();
        final List<Regime> labels = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++)
        {
            final Paths.Bar b = bars.get(i);
            final long open = START_NS + i * MINUTE_NS;
            series.add(view.set(BTC.id(), BTC.priceScale(), BTC.qtyScale(), open, open + MINUTE_NS, b.open(), b.high(),
                b.low(), b.close(), 1_000));
            tracker.update();
            labels.add(tracker.regime());
            percentiles.add(tracker.atrPercentile());
        }
        return labels;
    }

    @Test
    void shouldLabelASteadyClimbTrending()
    {
        final List<BigDecimal> percentiles = new ArrayList<>();
        final List<Regime> labels = labels(fromCloses(line(100_000, 103_000, 300), 5), percentiles);

        assertThat(labels.get(0)).isEqualTo(Regime.RANGING);
        assertThat(labels.subList(40, 300)).containsOnly(Regime.TRENDING);
        assertThat(percentiles.get(299)).isEqualByComparingTo("0");
    }

    @Test
    void shouldLabelASidewaysMarketRanging()
    {
        final List<BigDecimal> percentiles = new ArrayList<>();
        final List<Regime> labels = labels(fromCloses(wobble(100_000, 20, 400), 5), percentiles);

        assertThat(labels).containsOnly(Regime.RANGING);
        // Its ATR still has a top decile (percentile ≥ 0.9 on some bars), but never 1.5 × the median.
        assertThat(percentiles.subList(114, 400))
            .anySatisfy(p -> assertThat(p).isGreaterThanOrEqualTo(new BigDecimal("0.9")));
        assertThat(percentiles.subList(0, 114)).containsOnlyNulls();
    }

    @Test
    void shouldLabelAVolatilityShockVolatile()
    {
        final List<Paths.Bar> bars =
            new ArrayList<>(fromCloses(concat(wobble(100_000, 20, 200), flat(100_000, 40)), 5));
        for (int i = 200; i < 205; i++)
        {
            final Paths.Bar b = bars.get(i);
            bars.set(i, new Paths.Bar(b.open(), b.high() + 30_000, b.low() - 30_000, b.close()));
        }
        final List<BigDecimal> percentiles = new ArrayList<>();
        final List<Regime> labels = labels(bars, percentiles);

        assertThat(labels.subList(0, 200)).containsOnly(Regime.RANGING);
        assertThat(labels.subList(200, 205)).containsOnly(Regime.VOLATILE);
        assertThat(percentiles.subList(200, 205)).allSatisfy(p -> assertThat(p).isEqualByComparingTo("1"));
    }

    @Test
    void shouldGiveEveryStrategyTheSameRegimeOnTheSameBars()
    {
        final List<Paths.Bar> real = Paths.realBtc();
        final List<Regime> expected = labels(real, new ArrayList<>());
        assertThat(expected).contains(Regime.TRENDING, Regime.RANGING, Regime.VOLATILE);

        for (final StrategyFactory factory : Strategies.all())
        {
            if (factory.name().equals("sma-cross"))
            {
                continue;
            }
            final Ta4jStrategy strategy = (Ta4jStrategy)Paths.create(factory.name());
            final List<Regime> seen = new ArrayList<>();
            Paths.run(strategy, real, real.size(), i -> seen.add(strategy.regime().regime()));
            assertThat(seen).as(factory.name()).isEqualTo(expected);
        }
    }
}
