package ringfire.engine.strategy.ta4j;

import org.junit.jupiter.api.Test;
import ringfire.codecs.sbe.Side;
import ringfire.engine.strategy.Strategies;
import ringfire.engine.strategy.StrategyFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ringfire.engine.strategy.ta4j.Paths.BTC;
import static ringfire.engine.strategy.ta4j.Paths.concat;
import static ringfire.engine.strategy.ta4j.Paths.flat;
import static ringfire.engine.strategy.ta4j.Paths.fromCloses;
import static ringfire.engine.strategy.ta4j.Paths.line;
import static ringfire.engine.strategy.ta4j.Paths.run;

class EmaCrossStrategyTest
{
    static final long MIN_CONFIDENCE = 55_000_000;
    private static final StrategyFactory FACTORY = Strategies.byName("ema-cross");

    /** Flat for 60 bars, down 1,000 over 60 bars, up 1,500 over 60, down 1,000 over 60. */
    static double[] vee()
    {
        return concat(flat(100_000, 60), line(100_000, 99_000, 60), line(99_000, 100_500, 60),
            line(100_500, 99_500, 60));
    }

    @Test
    void shouldBuyWhenTheFastEmaCrossesAboveAndSellWhenItCrossesBelow()
    {
        final List<Paths.Sig> signals = run(Paths.create("ema-cross"), fromCloses(vee(), 5));

        assertThat(signals).extracting(Paths.Sig::bar, Paths.Sig::side)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(132, Side.BUY),
                org.assertj.core.groups.Tuple.tuple(198, Side.SELL));
        assertThat(signals).allSatisfy(s ->
        {
            assertThat(s.confidence()).isGreaterThan(MIN_CONFIDENCE).isLessThanOrEqualTo(100_000_000);
            assertThat(s.stop()).isZero();
            assertThat(s.takeProfit()).isZero();
        });
    }

    @Test
    void shouldGradeTheSameCrossWeakWhenTheMoveIsSmallAgainstTheBarRange()
    {
        // Same closes (so the same EMAs and crosses) but 800-wide bars: the close is a fraction of an ATR beyond.
        final List<Paths.Sig> signals = run(Paths.create("ema-cross"), fromCloses(vee(), 400));

        assertThat(signals).extracting(Paths.Sig::bar).containsExactly(132, 198);
        assertThat(signals).allSatisfy(s ->
            assertThat(s.confidence()).isGreaterThanOrEqualTo(50_000_000).isLessThan(MIN_CONFIDENCE));
    }

    @Test
    void shouldMatchAnIndependentEmaCrossoverOverALongRunBeyondTheBoundedHistory()
    {
        final double[] closes = Paths.randomWalk(7, 3_000, 100_000, 40);
        final List<Paths.Sig> signals = run(Paths.create(FACTORY, Map.of("fast", "5", "slow", "30")),
            fromCloses(closes, 10));

        final List<Integer> expected = new ArrayList<>();
        final List<Side> sides = new ArrayList<>();
        double fast = Double.NaN;
        double slow = Double.NaN;
        int last = 0;
        for (int i = 0; i < closes.length; i++)
        {
            // ta4j's EMA: no value for the first n bars, then seeded with the close, then the usual recursion.
            fast = i < 5 ? Double.NaN : Double.isNaN(fast) ? closes[i] : fast + (closes[i] - fast) * 2 / 6;
            slow = i < 30 ? Double.NaN : Double.isNaN(slow) ? closes[i] : slow + (closes[i] - slow) * 2 / 31;
            if (Double.isNaN(slow))
            {
                continue;
            }
            final int sign = Double.compare(fast, slow);
            if (sign != 0)
            {
                if (last != 0 && sign != last)
                {
                    expected.add(i);
                    sides.add(sign > 0 ? Side.BUY : Side.SELL);
                }
                last = sign;
            }
        }
        assertThat(expected).hasSizeGreaterThan(50);
        assertThat(signals).extracting(Paths.Sig::bar).containsExactlyElementsOf(expected);
        assertThat(signals).extracting(Paths.Sig::side).containsExactlyElementsOf(sides);
    }

    @Test
    void shouldRejectBadParametersNamingTheKey()
    {
        assertThatThrownBy(() -> Strategies.checkedParams(FACTORY, Map.of("fast", "0"), BTC))
            .isInstanceOf(IllegalArgumentException.class).hasMessage("strategy.params.fast: expected 1..999, was 0");
        assertThatThrownBy(() -> Strategies.checkedParams(FACTORY, Map.of("slow", "1001"), BTC))
            .hasMessage("strategy.params.slow: expected 2..1000, was 1001");
        assertThatThrownBy(() -> Strategies.checkedParams(FACTORY, Map.of("slow", "12"), BTC))
            .hasMessage("strategy.params.slow: expected more than strategy.params.fast (12), was 12");
        assertThatThrownBy(() -> Strategies.checkedParams(FACTORY, Map.of("fast", "x"), BTC))
            .hasMessage("strategy.params.fast: expected a whole number, was 'x'");
        assertThat(Strategies.checkedParams(FACTORY, Map.of("fast", "9"), BTC))
            .containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of("fast", "9", "slow", "26")));
    }
}
