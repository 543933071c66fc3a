package ringfire.engine.strategy.ta4j;

import org.junit.jupiter.api.Test;
import ringfire.codecs.sbe.Side;
import ringfire.engine.strategy.Strategies;
import ringfire.engine.strategy.StrategyFactory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static ringfire.engine.strategy.ta4j.EmaCrossStrategyTest.MIN_CONFIDENCE;
import static ringfire.engine.strategy.ta4j.Paths.BTC;
import static ringfire.engine.strategy.ta4j.Paths.fromCloses;
import static ringfire.engine.strategy.ta4j.Paths.run;

class MomentumAdxStrategyTest
{
    private static final StrategyFactory FACTORY = Strategies.byName("momentum-adx");

    /** Runs with {@code params}; returns the signals and, per bar, ADX(14) as the strategy's regime saw it. */
    private static List<Paths.Sig> run(final Map<String, String> params, final BigDecimal[] adx)
    {
        final Ta4jStrategy strategy = (Ta4jStrategy)Paths.create(FACTORY, params);
        final List<Paths.Bar> bars = fromCloses(EmaCrossStrategyTest.vee(), 5);
        return Paths.run(strategy, bars, bars.size(), i -> adx[i] = strategy.regime().adx());
    }

    private static long expectedConfidence(final BigDecimal adx, final BigDecimal threshold)
    {
        final BigDecimal c = new BigDecimal("0.5").add(adx.subtract(threshold).divide(BigDecimal.valueOf(50), 12,
            RoundingMode.HALF_EVEN));
        return c.min(BigDecimal.ONE).setScale(8, RoundingMode.DOWN).unscaledValue().longValueExact();
    }

    @Test
    void shouldTakeTheEmaCrossWhenAdxIsAboveTheThresholdWithConfidenceFromTheAdx()
    {
        final BigDecimal[] adx = new BigDecimal[240];
        final List<Paths.Sig> signals = run(Map.of(), adx);

        assertThat(signals).extracting(Paths.Sig::bar, Paths.Sig::side)
            .containsExactly(tuple(132, Side.BUY), tuple(198, Side.SELL));
        for (final Paths.Sig s : signals)
        {
            assertThat(adx[s.bar()]).isGreaterThan(BigDecimal.valueOf(25));
            assertThat(s.confidence()).isGreaterThan(MIN_CONFIDENCE)
                .isEqualTo(expectedConfidence(adx[s.bar()], BigDecimal.valueOf(25)));
        }
    }

    @Test
    void shouldGradeACrossWeakWhenAdxIsBarelyAboveTheThresholdAndSkipItWhenBelow()
    {
        final BigDecimal[] adx = new BigDecimal[240];
        run(Map.of(), adx);
        final BigDecimal atBuy = adx[132];
        final BigDecimal barelyBelow = atBuy.subtract(BigDecimal.ONE).setScale(2, RoundingMode.DOWN);
        final BigDecimal above = atBuy.setScale(2, RoundingMode.UP).add(new BigDecimal("0.01"));

        final List<Paths.Sig> weak = run(Map.of("adxThreshold", barelyBelow.toPlainString()), new BigDecimal[240]);
        assertThat(weak).filteredOn(s -> s.bar() == 132).singleElement().satisfies(s ->
        {
            assertThat(s.side()).isEqualTo(Side.BUY);
            assertThat(s.confidence()).isLessThan(MIN_CONFIDENCE).isGreaterThan(50_000_000)
                .isEqualTo(expectedConfidence(atBuy, barelyBelow));
        });

        final List<Paths.Sig> filtered = run(Map.of("adxThreshold", above.toPlainString()), new BigDecimal[240]);
        assertThat(filtered).noneMatch(s -> s.bar() == 132);
    }

    @Test
    void shouldSkipCrossesInAChoppyMarketThatTheEmaCrossTakes()
    {
        final List<Paths.Bar> chop = fromCloses(Paths.wobble(100_000, 30, 400), 5);

        assertThat(Paths.run(Paths.create("ema-cross"), chop)).hasSizeGreaterThan(5);
        assertThat(Paths.run(Paths.create("momentum-adx"), chop)).isEmpty();
    }

    @Test
    void shouldRejectBadParametersNamingTheKey()
    {
        assertThatThrownBy(() -> Strategies.checkedParams(FACTORY, Map.of("adxThreshold", "100"), BTC))
            .hasMessage("strategy.params.adxThreshold: expected 0..99, was 100");
        assertThatThrownBy(() -> Strategies.checkedParams(FACTORY, Map.of("adxThreshold", "25.123"), BTC))
            .hasMessageStartingWith("strategy.params.adxThreshold: expected a decimal number with at most 2");
        assertThatThrownBy(() -> Strategies.checkedParams(FACTORY, Map.of("adxPeriod", "1"), BTC))
            .hasMessage("strategy.params.adxPeriod: expected 2..500, was 1");
        assertThatThrownBy(() -> Strategies.checkedParams(FACTORY, Map.of("fast", "30"), BTC))
            .hasMessage("strategy.params.slow: expected more than strategy.params.fast (30), was 26");
    }
}
