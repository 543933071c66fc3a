package ringfire.engine.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static ringfire.engine.testing.ScenarioRun.money;

/** Every metric against a hand computation on a tiny series. */
class MetricsTest
{
    private static final double EXACT = 1e-12;
    private static final double ROOT_365 = Math.sqrt(365);

    @Test
    void shouldComputeTotalReturnAsFinalOverStartMinusOne()
    {
        assertThat(Metrics.totalReturn(10_000, 10_500)).isCloseTo(0.05, within(EXACT));
        assertThat(Metrics.totalReturn(10_000, 9_000)).isCloseTo(-0.10, within(EXACT));
    }

    @Test
    void shouldAnnualizeTheReturnOverTheSpan()
    {
        // 100 -> 121 over two years of 365 days: 1.21^(1/2) - 1 = 0.1
        assertThat(Metrics.cagr(100, 121, 2 * Metrics.YEAR_NS)).isCloseTo(0.10, within(EXACT));
        // over half a year: 1.21^2 - 1 = 0.4641
        assertThat(Metrics.cagr(100, 121, Metrics.YEAR_NS / 2)).isCloseTo(0.4641, within(EXACT));
        assertThat(Metrics.cagr(100, 0, Metrics.YEAR_NS)).isEqualTo(-1.0);
        assertThat(Metrics.cagr(100, 121, 0)).isNull();
        assertThat(Metrics.cagr(100, 1e300, 1)).as("not finite").isNull();
    }

    @Test
    void shouldTakeDailyReturnsFromDayEndsWithTheFirstAgainstStartingCapital()
    {
        assertThat(Metrics.dailyReturns(100, new double[] {110, 99, 108.9}))
            .containsExactly(new double[] {0.1, -0.1, 0.1}, within(EXACT));
        assertThat(Metrics.dailyReturns(100, new double[0])).isEmpty();
    }

    @Test
    void shouldComputeSharpeFromTheSampleStandardDeviation()
    {
        // r = 0.1, -0.1, 0.1: mean 1/30; deviations 1/15, -2/15, 1/15 -> sample variance (6/225) / 2 = 1/75
        final double expected = (1.0 / 30) / Math.sqrt(1.0 / 75) * ROOT_365;   // √75 / 30 × √365 = 5.5151...
        assertThat(Metrics.sharpe(new double[] {0.1, -0.1, 0.1})).isCloseTo(expected, within(1e-9));
        assertThat(expected).isCloseTo(5.5151, within(1e-4));
    }

    @Test
    void shouldGiveZeroSharpeWithFewerThanTwoReturnsOrNoDeviation()
    {
        assertThat(Metrics.sharpe(new double[0])).isZero();
        assertThat(Metrics.sharpe(new double[] {0.5})).isZero();
        assertThat(Metrics.sharpe(new double[] {0.01, 0.01, 0.01})).isZero();
    }

    @Test
    void shouldComputeSortinoFromTheDownsideDeviationOverAllReturns()
    {
        // mean 1/30; min(r, 0)^2 = 0, 0.01, 0 -> mean 0.01 / 3 -> downside deviation sqrt(1/300)
        final double expected = (1.0 / 30) / Math.sqrt(1.0 / 300) * ROOT_365;  // √300 / 30 × √365 = 11.0303...
        assertThat(Metrics.sortino(new double[] {0.1, -0.1, 0.1})).isCloseTo(expected, within(1e-9));
        assertThat(expected).isCloseTo(11.0303, within(1e-4));
        assertThat(Metrics.sortino(new double[] {0.1, 0.2})).as("no losing day").isZero();
        assertThat(Metrics.sortino(new double[] {-0.1})).as("one return").isZero();
    }

    @Test
    void shouldMeasureTheLargestPeakToTroughFallWithStartingCapitalAsTheFirstPeak()
    {
        // 100 -> 120 -> 90 (-25 %) -> 130 -> 104 (-20 %)
        assertThat(Metrics.maxDrawdown(100, new double[] {120, 90, 130, 104})).isCloseTo(0.25, within(EXACT));
        // a fall below the starting capital at once counts
        assertThat(Metrics.maxDrawdown(100, new double[] {80, 120})).isCloseTo(0.20, within(EXACT));
        assertThat(Metrics.maxDrawdown(100, new double[] {100, 101, 102})).isZero();
    }

    @Test
    void shouldDivideCagrByMaxDrawdownForCalmar()
    {
        assertThat(Metrics.calmar(0.30, 0.15)).isCloseTo(2.0, within(EXACT));
        assertThat(Metrics.calmar(0.30, 0)).isZero();
        assertThat(Metrics.calmar(null, 0.1)).isNull();
    }

    @Test
    void shouldComputeTradeMetricsFromTradePnl()
    {
        // +30, -10, +20, -20, 0: two wins (50), two losses (30), one flat trade (neither)
        final long[] pnl = {money("30"), money("-10"), money("20"), money("-20"), 0};
        assertThat(Metrics.winRate(pnl)).isCloseTo(0.4, within(EXACT));
        assertThat(Metrics.profitFactor(pnl)).isCloseTo(50.0 / 30, within(EXACT));
        assertThat(Metrics.avgWin(pnl)).isEqualTo(money("25"));
        assertThat(Metrics.avgLoss(pnl)).isEqualTo(money("-15"));
        assertThat(Metrics.expectancy(pnl)).isEqualTo(money("4"));
    }

    @Test
    void shouldRoundMoneyMeansHalfEvenToTheMoneyScale()
    {
        // 0.00000001 + 0.00000002 over 2 = 0.000000015 -> 0.00000002 (half to even)
        assertThat(Metrics.expectancy(1, 2)).isEqualTo(2);
        // -1 -2 -> -1.5 -> -2 (half to even)
        assertThat(Metrics.avgLoss(-1, -2)).isEqualTo(-2);
    }

    @Test
    void shouldLeaveTradeMetricsUndefinedWithoutTheTradesTheyNeed()
    {
        assertThat(Metrics.winRate()).isNull();
        assertThat(Metrics.expectancy()).isNull();
        assertThat(Metrics.profitFactor(money("5"), money("7"))).as("no loss").isNull();
        assertThat(Metrics.profitFactor()).isNull();
        assertThat(Metrics.avgLoss(money("5"))).isNull();
        assertThat(Metrics.avgWin(money("-5"))).isNull();
        assertThat(Metrics.profitFactor(money("-5"))).as("losses only").isZero();
    }

    @Test
    void shouldComputeExposureAndBuyAndHold()
    {
        assertThat(Metrics.exposure(3, 4)).isEqualTo(0.75);
        assertThat(Metrics.exposure(0, 0)).isZero();
        assertThat(Metrics.buyAndHold(100, 110)).isCloseTo(0.10, within(EXACT));
        assertThat(Metrics.buyAndHold(0, 110)).isNull();
    }
}
