package ringfire.engine.research;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class MonteCarloTest
{
    private static final long USDT = 100_000_000L;
    private static final long CAPITAL = 1_000 * USDT;
    /** Wins and losses in a row: the order matters for the drawdown. */
    private static final long[] PNL = {
        50 * USDT, -20 * USDT, -30 * USDT, 70 * USDT, -10 * USDT, -40 * USDT, 25 * USDT, -5 * USDT, 15 * USDT,
        -60 * USDT, 35 * USDT, 12_34567890L};

    @Test
    void shouldWalkTheEquityPathExactly()
    {
        // 1000 -> 1050 (peak) -> 1030 -> 1000: drawdown 50/1050; then 1070 (peak) -> 1060 -> 1020: 50/1070 < 50/1050
        final MonteCarlo.PathStats path = MonteCarlo.path(Arrays.copyOf(PNL, 6), CAPITAL);
        assertThat(path.totalPnl()).isEqualTo(20 * USDT);
        assertThat(path.finalReturn()).isEqualTo(0.02);
        assertThat(path.maxDrawdown()).isCloseTo(50.0 / 1050, within(1e-15));
        assertThat(MonteCarlo.path(new long[] {-1500 * USDT}, CAPITAL).maxDrawdown()).as("below zero").isEqualTo(1.5);
        assertThat(MonteCarlo.path(new long[] {10 * USDT}, CAPITAL).maxDrawdown()).isZero();
    }

    @Test
    void shouldGiveIdenticalResultsForTheSameSeedAndDifferentForAnother()
    {
        final MonteCarlo.Result a = MonteCarlo.run(PNL, CAPITAL, 500, 42);
        final MonteCarlo.Result b = MonteCarlo.run(PNL, CAPITAL, 500, 42);
        final MonteCarlo.Result c = MonteCarlo.run(PNL, CAPITAL, 500, 43);
        assertThat(a.json()).isEqualTo(b.json());
        assertThat(a.shuffle().maxDrawdowns()).isEqualTo(b.shuffle().maxDrawdowns());
        assertThat(a.bootstrap().finalReturns()).isEqualTo(b.bootstrap().finalReturns());
        assertThat(a.bootstrap().finalReturns()).isNotEqualTo(c.bootstrap().finalReturns());
        assertThat(a.shuffle().maxDrawdowns()).isNotEqualTo(c.shuffle().maxDrawdowns());
        assertThat(a.json()).isNotEqualTo(c.json());
    }

    @Test
    void shouldKeepTheFinalReturnWhenShufflingWhileTheDrawdownVaries()
    {
        final MonteCarlo.Result r = MonteCarlo.run(PNL, CAPITAL, 1000, 7);
        final double original = r.original().finalReturn();
        assertThat(r.shuffle().finalReturns()).containsOnly(original);
        assertThat(Arrays.stream(r.shuffle().maxDrawdowns()).distinct().count()).isGreaterThan(10);
        assertThat(r.shuffle().maxDrawdown(5)).isLessThan(r.shuffle().maxDrawdown(95));
        assertThat(Arrays.stream(r.bootstrap().finalReturns()).distinct().count()).isGreaterThan(10);
    }

    @Test
    void shouldOrderThePercentilesOfBothMethods()
    {
        final MonteCarlo.Result r = MonteCarlo.run(PNL, CAPITAL, 1000, 1);
        for (final MonteCarlo.Distribution d : new MonteCarlo.Distribution[] {r.shuffle(), r.bootstrap()})
        {
            assertThat(d.finalReturn(5)).isLessThanOrEqualTo(d.finalReturn(50));
            assertThat(d.finalReturn(50)).isLessThanOrEqualTo(d.finalReturn(95));
            assertThat(d.maxDrawdown(5)).isLessThanOrEqualTo(d.maxDrawdown(50));
            assertThat(d.maxDrawdown(50)).isLessThanOrEqualTo(d.maxDrawdown(95));
            assertThat(d.finalReturns()).hasSize(1000).isSorted();
            assertThat(d.lossProbability()).isBetween(0.0, 1.0);
        }
        assertThat(r.bootstrap().finalReturn(5)).isLessThan(r.bootstrap().finalReturn(95));
    }

    @Test
    void shouldDrawBootstrapTradesFromTheOriginalOnly()
    {
        final long[] one = {7 * USDT};
        final MonteCarlo.Result r = MonteCarlo.run(one, CAPITAL, 50, 3);
        assertThat(r.bootstrap().finalReturns()).containsOnly(0.007);
        assertThat(r.shuffle().maxDrawdowns()).containsOnly(0.0);
    }

    @Test
    void shouldWriteTheJsonWithFixedKeysAndSixDecimals()
    {
        final String json = MonteCarlo.run(PNL, CAPITAL, 100, 5).json();
        assertThat(json).startsWith("{\n  \"trades\" : 12,\n  \"starting_capital\" : 1000.00000000,\n  \"runs\" : 100,\n"
            + "  \"seed\" : 5,\n  \"percentiles\" : \"nearest-rank\",\n").endsWith("}\n")
            .contains("\"shuffle\" : {", "\"bootstrap\" : {", "\"p5\" : ", "\"p50\" : ", "\"p95\" : ",
                "\"total_pnl\" : 42.34567890", "\"final_return\" : 0.042346");
    }

    @Test
    void shouldRefuseNoTradesNoRunsOrNoCapital()
    {
        assertThatThrownBy(() -> MonteCarlo.run(new long[0], CAPITAL, 10, 1)).hasMessageContaining("no trades");
        assertThatThrownBy(() -> MonteCarlo.run(PNL, CAPITAL, 0, 1)).hasMessageContaining("runs must be");
        assertThatThrownBy(() -> MonteCarlo.run(PNL, 0, 10, 1)).hasMessageContaining("capital");
    }
}
