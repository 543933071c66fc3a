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
import static ringfire.engine.strategy.ta4j.Paths.flat;
import static ringfire.engine.strategy.ta4j.Paths.fromCloses;
import static ringfire.engine.strategy.ta4j.Paths.line;
import static ringfire.engine.strategy.ta4j.Paths.run;

class IchimokuStrategyTest
{
    private static final StrategyFactory FACTORY = Strategies.byName("ichimoku");

    /** A slow fall (price under the cloud), a rally through it, a pause, a fall through it. */
    private static double[] path()
    {
        return concat(line(100_500, 100_000, 100), line(100_000, 100_800, 20), flat(100_800, 30),
            line(100_800, 99_800, 20), flat(99_800, 10));
    }

    @Test
    void shouldBuyTheCloseAboveTheCloudAndSellTheCloseBelowItWithAStopAtTheFarEdge()
    {
        final List<Paths.Bar> bars = fromCloses(path(), 5);
        final List<Paths.Sig> signals = run(Paths.create("ichimoku"), bars);

        assertThat(signals).extracting(Paths.Sig::bar, Paths.Sig::side)
            .containsExactly(tuple(105, Side.BUY), tuple(158, Side.SELL));
        assertThat(signals).allSatisfy(s ->
            assertThat(s.confidence()).isGreaterThan(MIN_CONFIDENCE).isLessThanOrEqualTo(100_000_000));
        assertThat(signals.get(0).stop()).isPositive().isLessThan(bars.get(105).close());
        assertThat(signals.get(1).stop()).isGreaterThan(bars.get(158).close());
    }

    @Test
    void shouldGradeTheSameBreakoutsWeakWhenTheyAreSmallAgainstTheBarRange()
    {
        // Symmetric wicks leave the cloud (midpoints of highs and lows) where it was but widen the ATR.
        final List<Paths.Sig> signals = run(Paths.create("ichimoku"), fromCloses(path(), 150));

        assertThat(signals).extracting(Paths.Sig::bar).containsExactly(105, 158);
        assertThat(signals).allSatisfy(s ->
            assertThat(s.confidence()).isGreaterThanOrEqualTo(50_000_000).isLessThan(MIN_CONFIDENCE));
    }

    @Test
    void shouldNotSignalBeforeTheCloudIsComplete()
    {
        // Already above everything from the start: the first bars record the state, no BUY on warm-up.
        final List<Paths.Sig> signals = run(Paths.create("ichimoku"), fromCloses(line(100_000, 101_000, 120), 5));

        assertThat(signals).isEmpty();
    }

    @Test
    void shouldRejectBadParametersNamingTheKey()
    {
        assertThatThrownBy(() -> Strategies.checkedParams(FACTORY, Map.of("base", "9"), BTC))
            .hasMessage("strategy.params.base: expected more than strategy.params.conversion (9), was 9");
        assertThatThrownBy(() -> Strategies.checkedParams(FACTORY, Map.of("spanB", "26"), BTC))
            .hasMessage("strategy.params.spanB: expected more than strategy.params.base (26), was 26");
        assertThatThrownBy(() -> Strategies.checkedParams(FACTORY, Map.of("conversion", "0"), BTC))
            .hasMessage("strategy.params.conversion: expected 1..499, was 0");
    }
}
