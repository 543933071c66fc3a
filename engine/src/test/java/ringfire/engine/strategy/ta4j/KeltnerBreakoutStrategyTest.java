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

class KeltnerBreakoutStrategyTest
{
    private static final StrategyFactory FACTORY = Strategies.byName("keltner-breakout");

    @Test
    void shouldBuyABreakoutAboveTheChannelAndSellOneBelowWithAStopAtTheOppositeBand()
    {
        // A ±30 range, a 400 jump in 4 bars, a range there, a 600 drop in 4 bars, a range there.
        final List<Paths.Bar> bars = fromCloses(concat(wobble(100_000, 20, 100), line(100_000, 100_400, 4),
            wobble(100_400, 20, 60), line(100_400, 99_800, 4), wobble(99_800, 20, 40)), 5);
        final List<Paths.Sig> signals = run(Paths.create("keltner-breakout"), bars);

        assertThat(signals).extracting(Paths.Sig::bar, Paths.Sig::side).containsExactly(tuple(100, Side.BUY),
            tuple(123, Side.BUY), tuple(164, Side.SELL), tuple(192, Side.SELL));
        // The jumps clear the band by far (strong); the later pokes out of the new range barely do (weak).
        assertThat(signals.get(0).confidence()).isGreaterThan(MIN_CONFIDENCE);
        assertThat(signals.get(1).confidence()).isLessThan(MIN_CONFIDENCE);
        assertThat(signals.get(2).confidence()).isGreaterThan(MIN_CONFIDENCE);
        for (final Paths.Sig s : signals)
        {
            final long close = bars.get(s.bar()).close();
            assertThat(s.confidence()).isBetween(0L, 100_000_000L);
            if (s.side() == Side.BUY)
            {
                assertThat(s.stop()).isPositive().isLessThan(close);
            }
            else
            {
                assertThat(s.stop()).isGreaterThan(close);
            }
        }
    }

    @Test
    void shouldSignalOnlyOnTheFirstCloseBeyondTheBand()
    {
        final List<Paths.Sig> signals = run(Paths.create("keltner-breakout"),
            fromCloses(concat(wobble(100_000, 20, 100), line(100_000, 101_000, 30)), 5));

        assertThat(signals).extracting(Paths.Sig::bar, Paths.Sig::side).containsExactly(tuple(101, Side.BUY));
    }

    @Test
    void shouldRejectBadParametersNamingTheKey()
    {
        assertThatThrownBy(() -> Strategies.checkedParams(FACTORY, Map.of("k", "0"), BTC))
            .hasMessage("strategy.params.k: expected 0.1..10, was 0");
        assertThatThrownBy(() -> Strategies.checkedParams(FACTORY, Map.of("atrPeriod", "0"), BTC))
            .hasMessage("strategy.params.atrPeriod: expected 1..1000, was 0");
        assertThatThrownBy(() -> Strategies.checkedParams(FACTORY, Map.of("period", "1001"), BTC))
            .hasMessage("strategy.params.period: expected 1..1000, was 1001");
    }
}
