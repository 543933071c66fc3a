package ringfire.engine.strategy.ta4j;

import org.junit.jupiter.api.Test;
import ringfire.codecs.sbe.Side;
import ringfire.engine.strategy.Strategies;
import ringfire.engine.strategy.StrategyFactory;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static ringfire.engine.strategy.ta4j.EmaCrossStrategyTest.MIN_CONFIDENCE;
import static ringfire.engine.strategy.ta4j.Paths.BTC;
import static ringfire.engine.strategy.ta4j.Paths.concat;
import static ringfire.engine.strategy.ta4j.Paths.fromCloses;
import static ringfire.engine.strategy.ta4j.Paths.line;
import static ringfire.engine.strategy.ta4j.Paths.run;
import static ringfire.engine.strategy.ta4j.Paths.wobble;

class MeanReversionStrategyTest
{
    private static final StrategyFactory FACTORY = Strategies.byName("mean-reversion");

    /** A calm range, a {@code depth} drop over {@code bars} bars and back, calm, the mirror spike up and back. */
    private static List<Paths.Bar> spikes(final double depth, final int bars)
    {
        return fromCloses(concat(wobble(100_000, 10, 80), line(100_000, 100_000 - depth, bars),
            line(100_000 - depth, 100_000, 20), wobble(100_000, 10, 40), line(100_000, 100_000 + depth, bars),
            line(100_000 + depth, 100_000, 20), wobble(100_000, 10, 20)), 5);
    }

    @Test
    void shouldBuyASpikeBelowTheLowerBandWithALowRsiAndSellTheMirror()
    {
        // 150 down in 5 bars out of a ±15 range: far below the band, RSI collapsing.
        final List<Paths.Bar> bars = spikes(150, 5);
        final List<Paths.Sig> signals = run(Paths.create("mean-reversion"), bars);

        assertThat(signals).extracting(Paths.Sig::bar, Paths.Sig::side)
            .containsExactly(tuple(81, Side.BUY), tuple(146, Side.SELL));
        assertThat(bars.get(81).close()).isLessThan(bars.get(80).close());
        final Paths.Sig buy = signals.get(0);
        final Paths.Sig sell = signals.get(1);
        assertThat(buy.confidence()).isGreaterThan(MIN_CONFIDENCE).isLessThanOrEqualTo(100_000_000);
        assertThat(sell.confidence()).isGreaterThan(MIN_CONFIDENCE).isLessThanOrEqualTo(100_000_000);
        // Take-profit at the middle band: above the entry close for the BUY, below it for the SELL; no stop.
        assertThat(buy.takeProfit()).isGreaterThan(bars.get(81).close()).isLessThan(10_000_100);
        assertThat(sell.takeProfit()).isLessThan(bars.get(146).close()).isGreaterThan(9_999_900);
        assertThat(signals).allSatisfy(s -> assertThat(s.stop()).isZero());
    }

    @Test
    void shouldGradeASlowDriftJustBeyondTheBandWeak()
    {
        // 100 down over 20 bars: the close only just leaves the band and RSI only just passes its level.
        final List<Paths.Sig> signals = run(Paths.create("mean-reversion"), spikes(100, 20));

        assertThat(signals).extracting(Paths.Sig::bar, Paths.Sig::side)
            .containsExactly(tuple(88, Side.BUY), tuple(167, Side.SELL));
        assertThat(signals).allSatisfy(s ->
            assertThat(s.confidence()).isGreaterThanOrEqualTo(50_000_000).isLessThan(MIN_CONFIDENCE));
    }

    @Test
    void shouldSignalOnceForAStretchBeyondTheBand()
    {
        // A long fall keeps closing below the band with a low RSI: one BUY, not one per bar.
        final List<Paths.Sig> signals = run(Paths.create("mean-reversion"),
            fromCloses(concat(wobble(100_000, 10, 80), line(100_000, 99_000, 40)), 5));

        assertThat(signals).singleElement().extracting(Paths.Sig::side).isEqualTo(Side.BUY);
    }

    @Test
    void shouldRejectBadParametersNamingTheKey()
    {
        assertThatThrownBy(() -> Strategies.checkedParams(FACTORY, Map.of("k", "0.05"), BTC))
            .hasMessage("strategy.params.k: expected 0.1..10, was 0.05");
        assertThatThrownBy(() -> Strategies.checkedParams(FACTORY, Map.of("k", "2.125"), BTC))
            .hasMessageStartingWith("strategy.params.k: expected a decimal number with at most 2 decimal places");
        assertThatThrownBy(() -> Strategies.checkedParams(FACTORY, Map.of("rsiHigh", "30"), BTC))
            .hasMessage("strategy.params.rsiHigh: expected more than strategy.params.rsiLow (30), was 30");
        assertThatThrownBy(() -> Strategies.checkedParams(FACTORY, Map.of("rsiLow", "0"), BTC))
            .hasMessage("strategy.params.rsiLow: expected 1..99, was 0");
        assertThatThrownBy(() -> Strategies.checkedParams(FACTORY, Map.of("period", "1"), BTC))
            .hasMessage("strategy.params.period: expected 2..1000, was 1");
        assertThat(Strategies.checkedParams(FACTORY, Map.of("k", "2.5"), BTC)).containsEntry("k", "2.5");
    }
}
