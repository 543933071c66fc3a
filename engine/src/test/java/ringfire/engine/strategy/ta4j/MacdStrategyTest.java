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

class MacdStrategyTest
{
    private static final StrategyFactory FACTORY = Strategies.byName("macd");

    @Test
    void shouldBuyWhenTheMacdCrossesAboveItsSignalLineAndSellBelow()
    {
        // 1 % down, 1.5 % up, 1 % down: the MACD reaches about 0.1 % of the price.
        final List<Paths.Sig> signals = run(Paths.create("macd"), fromCloses(EmaCrossStrategyTest.vee(), 5));

        assertThat(signals).extracting(Paths.Sig::bar, Paths.Sig::side)
            .containsExactly(tuple(120, Side.BUY), tuple(180, Side.SELL));
        assertThat(signals).allSatisfy(s ->
        {
            assertThat(s.confidence()).isGreaterThan(MIN_CONFIDENCE).isLessThanOrEqualTo(100_000_000);
            assertThat(s.stop()).isZero();
        });
    }

    @Test
    void shouldGradeCrossesNearTheZeroLineWeak()
    {
        // The same shape at a twentieth of the size: the MACD stays within a few thousandths of a percent.
        final double[] small = concat(flat(100_000, 60), line(100_000, 99_950, 60), line(99_950, 100_025, 60),
            line(100_025, 99_975, 60));
        final List<Paths.Sig> signals = run(Paths.create("macd"), fromCloses(small, 5));

        assertThat(signals).extracting(Paths.Sig::bar, Paths.Sig::side)
            .containsExactly(tuple(120, Side.BUY), tuple(180, Side.SELL));
        assertThat(signals).allSatisfy(s ->
            assertThat(s.confidence()).isGreaterThanOrEqualTo(50_000_000).isLessThan(MIN_CONFIDENCE));
    }

    @Test
    void shouldRejectBadParametersNamingTheKey()
    {
        assertThatThrownBy(() -> Strategies.checkedParams(FACTORY, Map.of("signal", "0"), BTC))
            .hasMessage("strategy.params.signal: expected 1..500, was 0");
        assertThatThrownBy(() -> Strategies.checkedParams(FACTORY, Map.of("fast", "26"), BTC))
            .hasMessage("strategy.params.slow: expected more than strategy.params.fast (26), was 26");
        assertThat(Strategies.checkedParams(FACTORY, Map.of(), BTC)).containsOnlyKeys("fast", "slow", "signal");
    }
}
