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
import static ringfire.engine.strategy.ta4j.Paths.fromCloses;
import static ringfire.engine.strategy.ta4j.Paths.run;

class SuperTrendStrategyTest
{
    private static final StrategyFactory FACTORY = Strategies.byName("supertrend");

    @Test
    void shouldSignalWhenAllThreeSuperTrendsAgreeWithAStopAtTheFarthestLine()
    {
        final List<Paths.Bar> bars = fromCloses(EmaCrossStrategyTest.vee(), 5);
        final List<Paths.Sig> signals = run(Paths.create("supertrend"), bars);

        // The fall out of the flat start turns all three down (ADX still low: weak); the rally turns them up
        // (ADX high after a 60-bar trend: strong); the last fall turns them down again.
        assertThat(signals).extracting(Paths.Sig::bar, Paths.Sig::side)
            .containsExactly(tuple(61, Side.SELL), tuple(123, Side.BUY), tuple(186, Side.SELL));
        assertThat(signals.get(0).confidence()).isLessThan(MIN_CONFIDENCE);
        assertThat(signals.get(1).confidence()).isGreaterThan(MIN_CONFIDENCE).isLessThanOrEqualTo(100_000_000);
        assertThat(signals.get(2).confidence()).isGreaterThan(MIN_CONFIDENCE).isLessThanOrEqualTo(100_000_000);
        for (final Paths.Sig s : signals)
        {
            final long close = bars.get(s.bar()).close();
            assertThat(s.stop()).isPositive();
            if (s.side() == Side.BUY)
            {
                assertThat(s.stop()).isLessThan(close);
            }
            else
            {
                assertThat(s.stop()).isGreaterThan(close);
            }
        }
    }

    @Test
    void shouldGradeTheFlipsOfAChoppyMarketWeak()
    {
        // Swings of ±45 flip the SuperTrends back and forth, but ADX stays low: every signal grades below 0.55.
        final List<Paths.Sig> signals = run(Paths.create("supertrend"), fromCloses(Paths.wobble(100_000, 30, 300), 5));

        assertThat(signals).hasSizeGreaterThan(10);
        assertThat(signals).allSatisfy(s -> assertThat(s.confidence()).isBetween(0L, MIN_CONFIDENCE - 1));
    }

    @Test
    void shouldNotSignalWhenOnlyTheTightestSuperTrendTurns()
    {
        // A rally with one shallow 3-bar dip of 40: the (10, 1) line turns down and back up, the wider ones hold.
        final List<Paths.Bar> bars = fromCloses(Paths.concat(Paths.flat(100_000, 40),
            Paths.line(100_000, 100_600, 60), Paths.line(100_600, 100_560, 3), Paths.line(100_560, 101_000, 30)), 5);
        final Map<String, String> allTight = Map.of("period2", "10", "multiplier2", "1", "period3", "10",
            "multiplier3", "1");

        // Three (10, 1) lines agree with each other, so they sell the dip and buy it back...
        assertThat(run(Paths.create(FACTORY, allTight), bars)).extracting(Paths.Sig::bar, Paths.Sig::side)
            .containsExactly(tuple(101, Side.SELL), tuple(104, Side.BUY));
        // ...the default three do not agree on the dip: no SELL; the tight line turning back up re-aligns them.
        assertThat(run(Paths.create("supertrend"), bars)).extracting(Paths.Sig::bar, Paths.Sig::side)
            .containsExactly(tuple(104, Side.BUY));
    }

    @Test
    void shouldRejectBadParametersNamingTheKey()
    {
        assertThatThrownBy(() -> Strategies.checkedParams(FACTORY, Map.of("multiplier2", "0"), BTC))
            .hasMessage("strategy.params.multiplier2: expected 0.1..20, was 0");
        assertThatThrownBy(() -> Strategies.checkedParams(FACTORY, Map.of("period3", "0"), BTC))
            .hasMessage("strategy.params.period3: expected 1..1000, was 0");
        assertThat(Strategies.checkedParams(FACTORY, Map.of(), BTC)).containsOnlyKeys("period1", "multiplier1",
            "period2", "multiplier2", "period3", "multiplier3");
    }
}
