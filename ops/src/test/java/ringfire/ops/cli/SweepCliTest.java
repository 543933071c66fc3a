package ringfire.ops.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static ringfire.ops.cli.CliTest.run;

class SweepCliTest
{
    private static final Path DAY = Path.of("src/test/resources/data/BTCUSDT-1m-2025-06-01.csv");
    private static final String HEADER =
        "rank,fast,slow,total_return,sharpe,sortino,max_drawdown,win_rate,profit_factor,trades,fees,run_dir";

    @TempDir
    Path tmp;

    private CliTest.Run sweep(final Path out, final String threads)
    {
        return run("sweep", "--data", DAY.toString(), "--grid", "fast=3,5", "--grid", "slow=20,30",
            "--rank-by", "total_return", "--threads", threads, "--out", out.toString());
    }

    @Test
    void shouldRankDeterministicallyAndGiveTheSameResultsInParallelAsInSequence() throws Exception
    {
        final Path parallel = tmp.resolve("parallel");
        final Path sequential = tmp.resolve("sequential");
        final CliTest.Run p = sweep(parallel, "2");
        assertThat(p.exit()).as(p.err()).isZero();
        final CliTest.Run s = sweep(sequential, "1");
        assertThat(s.exit()).as(s.err()).isZero();
        assertThat(Files.readAllBytes(parallel.resolve("sweep.csv")))
            .isEqualTo(Files.readAllBytes(sequential.resolve("sweep.csv")));

        final List<String> rows = Files.readAllLines(parallel.resolve("sweep.csv"));
        assertThat(rows).hasSize(5);
        assertThat(rows.get(0)).isEqualTo(HEADER);
        double previous = Double.POSITIVE_INFINITY;
        String previousDir = "";
        for (int i = 1; i < rows.size(); i++)
        {
            final String[] f = rows.get(i).split(",", -1);
            assertThat(f[0]).isEqualTo(Integer.toString(i));
            final double totalReturn = Double.parseDouble(f[3]);
            assertThat(totalReturn).as("ranked best first").isLessThanOrEqualTo(previous);
            if (totalReturn == previous)
            {
                assertThat(f[11]).as("ties in grid order").isGreaterThan(previousDir);
            }
            previous = totalReturn;
            previousDir = f[11];
            final JsonNode summary = new ObjectMapper().readTree(parallel.resolve(f[11]).resolve("summary.json").toFile());
            assertThat(summary.get("total_return").asText()).isEqualTo(f[3]);
            assertThat(summary.get("trades").asText()).isEqualTo(f[9]);
            assertThat(f[11]).endsWith("_fast-" + f[1] + "_slow-" + f[2]);
        }
        assertThat(List.of("1_fast-3_slow-20", "2_fast-3_slow-30", "3_fast-5_slow-20", "4_fast-5_slow-30"))
            .allSatisfy(d -> assertThat(parallel.resolve(d).resolve("journal")).isDirectory());
        assertThat(p.out()).contains("4 combinations (fast x slow), ranked by total_return")
            .contains("rank  fast  slow  total_return").contains("wrote " + parallel.resolve("sweep.csv"));
    }

    @Test
    void shouldRunEachCombinationAsTheSameBacktestWouldRun() throws Exception
    {
        final Path sweep = tmp.resolve("sweep");
        final CliTest.Run s = run("sweep", "--data", DAY.toString(), "--strategy", "ema-cross", "--grid", "fast=8",
            "--grid", "risk.leverage=1,2", "--out", sweep.toString());
        assertThat(s.exit()).as(s.err()).isZero();
        final Path single = tmp.resolve("single");
        assertThat(run("backtest", "--data", DAY.toString(), "--strategy", "ema-cross", "--param", "fast=8",
            "--leverage", "2", "--out", single.toString()).exit()).isZero();
        for (final String f : List.of("trades.csv", "equity.csv", "summary.json"))
        {
            assertThat(sweep.resolve("2_fast-8_risk.leverage-2").resolve(f)).as(f)
                .hasSameBinaryContentAs(single.resolve(f));
        }
        assertThat(Files.readAllLines(sweep.resolve("sweep.csv")).get(0))
            .isEqualTo("rank,fast,risk.leverage,total_return,sharpe,sortino,max_drawdown,win_rate,profit_factor,trades,"
                + "fees,run_dir");
        final CliTest.Run replay = run("replay", sweep.resolve("1_fast-8_risk.leverage-1").resolve("journal").toString());
        assertThat(replay.out()).startsWith("replay OK ");
    }
}
