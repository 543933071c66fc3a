package ringfire.engine.research;

import org.junit.jupiter.api.Test;
import ringfire.engine.report.Summary;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Metric ordering and the sweep's ranking (best first, ties and undefined values in grid order). */
class ResearchMetricTest
{
    static Summary summary(final double totalReturn, final double sharpe, final double maxDrawdown, final Double winRate)
    {
        return new Summary("sma-cross", "BTCUSDT", "1m", 0, 60_000_000_000L, 1, 10_000_00000000L,
            Math.round(10_000_00000000L * (1 + totalReturn)), "hash", totalReturn, null, sharpe, 0, maxDrawdown, null,
            winRate, null, null, null, null, 0, 3, 0, null, 0);
    }

    @Test
    void shouldParseMetricNames()
    {
        assertThat(Metric.parse("sharpe")).isEqualTo(Metric.SHARPE);
        assertThat(Metric.parse("Total-Return")).isEqualTo(Metric.TOTAL_RETURN);
        assertThat(Metric.parse("max_drawdown").higherIsBetter()).isFalse();
        assertThatThrownBy(() -> Metric.parse("luck")).isInstanceOf(IllegalArgumentException.class)
            .hasMessageStartingWith("unknown metric 'luck' (known: total_return, cagr, sharpe");
    }

    @Test
    void shouldRankHigherFirstExceptDrawdownAndUndefinedLast()
    {
        final Summary a = summary(0.01, 1.5, 0.02, 0.5);
        final Summary b = summary(0.03, 0.5, 0.01, null);
        assertThat(Metric.TOTAL_RETURN.bestFirst().compare(b, a)).isNegative();
        assertThat(Metric.SHARPE.bestFirst().compare(a, b)).isNegative();
        assertThat(Metric.MAX_DRAWDOWN.bestFirst().compare(b, a)).as("lower drawdown is better").isNegative();
        assertThat(Metric.WIN_RATE.bestFirst().compare(a, b)).as("undefined last").isNegative();
        assertThat(Metric.WIN_RATE.of(b)).isNull();
        assertThat(Metric.TOTAL_RETURN.display(0.0123)).isEqualTo("1.23 %");
        assertThat(Metric.SHARPE.display(1.234)).isEqualTo("1.23");
        assertThat(Metric.SHARPE.display(null)).isEqualTo("n/a");
    }

    @Test
    void shouldRankTheSweepByMetricThenGridOrderWhateverTheOutcomeOrder()
    {
        final Grid grid = Grid.parse(List.of("fast=1,2,3,4,5"));
        final List<Combination> combos = grid.combinations();
        final List<ParallelBacktests.Outcome> outcomes = new ArrayList<>();
        final double[] returns = {0.01, 0.03, 0.01, -0.02, 0.03};
        for (final double r : returns)
        {
            outcomes.add(new ParallelBacktests.Outcome(null, summary(r, 0, 0, null), 0));
        }
        final Sweep.Result result = Sweep.rank(grid, Metric.TOTAL_RETURN, combos, outcomes);
        assertThat(result.rows()).extracting(row -> row.combination().label())
            .containsExactly("fast=2", "fast=5", "fast=1", "fast=3", "fast=4");
        assertThat(result.rows()).extracting(Sweep.Row::rank).containsExactly(1, 2, 3, 4, 5);
        assertThat(result.csv().split("\n")).hasSize(6);
        assertThat(result.csv().split("\n")[0]).isEqualTo("rank,fast,total_return,sharpe,sortino,max_drawdown,win_rate,profit_factor,trades,fees,run_dir");
        assertThat(result.csv().split("\n")[1]).isEqualTo("1,2,0.03,0,0,0,,,3,0.00000000,2_fast-2");

        final Sweep.Result byWinRate = Sweep.rank(grid, Metric.WIN_RATE, combos, outcomes);
        assertThat(byWinRate.rows()).extracting(row -> row.combination().index()).containsExactly(0, 1, 2, 3, 4);
        assertThat(byWinRate.csv().split("\n")[0]).endsWith(",fees,run_dir");
        assertThat(Sweep.rank(grid, Metric.CAGR, combos, outcomes).csv().split("\n")[0]).endsWith(",fees,cagr,run_dir");
    }

    @Test
    void shouldChooseTheWalkForwardWinnerWithTiesToTheFirst()
    {
        final List<Combination> combos = Grid.parse(List.of("fast=1,2,3")).combinations();
        final List<ParallelBacktests.Outcome> outcomes = List.of(
            new ParallelBacktests.Outcome(null, summary(0.01, 0, 0, null), 0),
            new ParallelBacktests.Outcome(null, summary(0.02, 0, 0, null), 0),
            new ParallelBacktests.Outcome(null, summary(0.02, 0, 0, null), 0));
        assertThat(WalkForward.best(Metric.TOTAL_RETURN, combos, outcomes).index()).isEqualTo(1);
        assertThat(WalkForward.best(Metric.SHARPE, combos, outcomes).index()).as("all tied").isZero();
        assertThat(WalkForward.best(Metric.WIN_RATE, combos, outcomes).index()).as("all undefined").isZero();
    }
}
