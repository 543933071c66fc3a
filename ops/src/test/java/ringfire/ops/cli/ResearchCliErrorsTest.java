package ringfire.ops.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static ringfire.ops.cli.CliTest.run;

/** Every bad option of sweep, walkforward and montecarlo: one line on stderr, exit 2, before any backtest runs. */
class ResearchCliErrorsTest
{
    private static final String DAY = "src/test/resources/data/BTCUSDT-1m-2025-06-01.csv";

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"sweep", "walkforward", "montecarlo"})
    void shouldHaveHelpAndBeListed(final String command)
    {
        final CliTest.Run help = run(command, "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).startsWith("Usage: ringfire " + command).contains("--data").contains("--strategy");
        assertThat(run("help").out()).contains(command);
    }

    @Test
    void shouldReportEveryBadOptionInOneLineWithExitTwo() throws Exception
    {
        final Path noPnl = tmp.resolve("no-pnl.csv");
        Files.writeString(noPnl, "trade_id,profit\n1,5\n");
        final Path badPnl = tmp.resolve("bad-pnl.csv");
        Files.writeString(badPnl, "trade_id,pnl\n1,5\n2,five\n");
        final Path noTrades = tmp.resolve("no-trades.csv");
        Files.writeString(noTrades, "trade_id,pnl\n");
        final String out = tmp.resolve("out").toString();
        final List<String[]> cases = List.of(
            new String[] {"sweep", "--data", DAY, "--out", out},
            new String[] {"sweep", "--data", DAY, "--grid", "fast", "--out", out},
            new String[] {"sweep", "--data", DAY, "--grid", "fast=", "--out", out},
            new String[] {"sweep", "--data", DAY, "--grid", "=3,5", "--out", out},
            new String[] {"sweep", "--data", DAY, "--grid", "fast=3,,5", "--out", out},
            new String[] {"sweep", "--data", DAY, "--grid", "fast=3", "--grid", "fast=5", "--out", out},
            new String[] {"sweep", "--data", DAY, "--grid", "colour=red,blue", "--out", out},
            new String[] {"sweep", "--data", DAY, "--grid", "risk.colour=1,2", "--out", out},
            new String[] {"sweep", "--data", DAY, "--grid", "fast=3,abc", "--out", out},
            new String[] {"sweep", "--data", DAY, "--grid", "fast=3", "--rank-by", "luck", "--out", out},
            new String[] {"sweep", "--data", DAY, "--grid", "fast=3", "--threads", "0", "--out", out},
            new String[] {"sweep", "--data", DAY, "--grid", "fast=3", "--top", "many", "--out", out},
            new String[] {"sweep", "--data", tmp.resolve("missing.csv").toString(), "--grid", "fast=3", "--out", out},
            new String[] {"sweep", "--data", DAY, "--grid", "fast=3", "--strategy", "nope", "--out", out},
            new String[] {"walkforward", "--data", DAY, "--grid", "fast=3,5", "--out", out},
            new String[] {"walkforward", "--data", DAY, "--train", "6h", "--grid", "fast=3,5", "--out", out},
            new String[] {"walkforward", "--data", DAY, "--train", "14x", "--test", "3h", "--grid", "fast=3", "--out", out},
            new String[] {"walkforward", "--data", DAY, "--train", "0d", "--test", "3h", "--grid", "fast=3", "--out", out},
            new String[] {"walkforward", "--data", DAY, "--train", "6h", "--test", "3 h", "--grid", "fast=3", "--out", out},
            new String[] {"walkforward", "--data", DAY, "--train", "14d", "--test", "7d", "--grid", "fast=3", "--out", out},
            new String[] {"walkforward", "--data", DAY, "--train", "20h", "--test", "5h", "--grid", "fast=3", "--out", out},
            new String[] {"walkforward", "--data", DAY, "--train", "6h", "--test", "3h", "--out", out},
            new String[] {"walkforward", "--data", DAY, "--train", "6h", "--test", "3h", "--grid", "slow=x", "--out", out},
            new String[] {"walkforward", "--data", DAY, "--train", "6h", "--test", "3h", "--grid", "fast=3", "--metric",
                "luck", "--out", out},
            new String[] {"montecarlo", "--data", DAY, "--runs", "0", "--out", out},
            new String[] {"montecarlo", "--data", DAY, "--runs", "-5", "--out", out},
            new String[] {"montecarlo", "--data", DAY, "--runs", "lots", "--out", out},
            new String[] {"montecarlo", "--data", DAY, "--seed", "x", "--out", out},
            new String[] {"montecarlo", "--trades", tmp.resolve("missing.csv").toString(), "--out", out},
            new String[] {"montecarlo", "--trades", noPnl.toString(), "--out", out},
            new String[] {"montecarlo", "--trades", badPnl.toString(), "--out", out},
            new String[] {"montecarlo", "--trades", noTrades.toString(), "--out", out},
            new String[] {"montecarlo", "--trades", noPnl.toString(), "--data", DAY, "--out", out},
            new String[] {"montecarlo", "--trades", tmp.toString(), "--out", out});
        for (final String[] args : cases)
        {
            final CliTest.Run r = run(args);
            final String what = String.join(" ", args) + " -> " + r.err();
            assertThat(r.exit()).as(what).isEqualTo(2);
            assertThat(r.err().strip()).as(what).startsWith("ringfire " + args[0] + ": ").doesNotContain("\n")
                .doesNotContain("Exception");
        }
        assertThat(Path.of(out)).as("nothing ran").doesNotExist();
        assertThat(run("walkforward", "--data", DAY, "--train", "14d", "--test", "7d", "--grid", "fast=3").err())
            .contains("train 14d + test 7d is longer than the data (1d: ");
        assertThat(run("sweep", "--data", DAY, "--grid", "colour=red").err())
            .contains("grid key 'colour': strategy sma-cross has no such parameter");
        assertThat(run("montecarlo", "--trades", badPnl.toString()).err()).contains("bad-pnl.csv:3: pnl 'five'");
    }
}
