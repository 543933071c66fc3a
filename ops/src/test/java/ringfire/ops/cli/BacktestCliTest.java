package ringfire.ops.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static ringfire.ops.cli.CliTest.run;

class BacktestCliTest
{
    private static final Path DAY = Path.of("src/test/resources/data/BTCUSDT-1m-2025-06-01.csv");

    @TempDir
    Path tmp;

    @Test
    void shouldWriteReportsAndAReplayableJournal() throws Exception
    {
        final Path out = tmp.resolve("run");
        final CliTest.Run run = run("backtest", "--data", DAY.toString(), "--strategy", "ema-cross", "--out", out.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("backtest BTC_EMA_").contains("total return").contains("max drawdown");
        for (final String f : List.of("trades.csv", "equity.csv", "summary.json", "report.html"))
        {
            assertThat(out.resolve(f)).exists();
        }
        assertThat(Files.readAllLines(out.resolve("trades.csv")).get(0))
            .isEqualTo("trade_id,symbol,side,qty,entry_time,entry_price,exit_time,exit_price,fees,pnl,exit_reason");
        assertThat(Files.readAllLines(out.resolve("equity.csv"))).hasSize(1 + 1440);
        final CliTest.Run replay = run("replay", out.resolve("journal").toString());
        assertThat(replay.exit()).isZero();
        assertThat(replay.out()).startsWith("replay OK ");
    }

    @Test
    void shouldGiveByteIdenticalResultsOnTwoRuns() throws Exception
    {
        final Path a = tmp.resolve("a");
        final Path b = tmp.resolve("b");
        assertThat(run("backtest", "--data", DAY.toString(), "--out", a.toString()).exit()).isZero();
        assertThat(run("backtest", "--data", DAY.toString(), "--out", b.toString()).exit()).isZero();
        for (final String f : List.of("trades.csv", "equity.csv", "summary.json", "report.html"))
        {
            assertThat(Files.readAllBytes(a.resolve(f))).as(f).isEqualTo(Files.readAllBytes(b.resolve(f)));
        }
        assertThat(run("backtest", "--data", DAY.toString(), "--out", a.toString()).exit()).as("re-run in place").isZero();
    }

    @Test
    void shouldBacktestAnImportedJournal() throws Exception
    {
        final Path journal = tmp.resolve("imported");
        final CliTest.Run imported = run("import", "klines", DAY.toString(), "--symbol", "BTCUSDT", "--interval", "1m",
            "--journal", journal.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        final Path fromJournal = tmp.resolve("from-journal");
        final Path fromFile = tmp.resolve("from-file");
        assertThat(run("backtest", "--journal", journal.toString(), "--out", fromJournal.toString()).exit()).isZero();
        assertThat(run("backtest", "--data", DAY.toString(), "--out", fromFile.toString()).exit()).isZero();
        assertThat(Files.readAllBytes(fromJournal.resolve("trades.csv")))
            .isEqualTo(Files.readAllBytes(fromFile.resolve("trades.csv")));
    }

    @Test
    void shouldRestrictSidesAndSwitchOffRiskAndExits() throws Exception
    {
        final Path out = tmp.resolve("long-only");
        assertThat(run("backtest", "--data", DAY.toString(), "--side", "long", "--no-exits", "--no-risk",
            "--out", out.toString()).exit()).isZero();
        final List<String> trades = Files.readAllLines(out.resolve("trades.csv"));
        assertThat(trades).hasSizeGreaterThan(1);
        assertThat(trades.subList(1, trades.size())).allSatisfy(t -> assertThat(t.split(",")[2]).isEqualTo("LONG"))
            .allSatisfy(t -> assertThat(t.split(",")[10]).isIn("STRATEGY", "END_OF_DATA"));
    }

    @Test
    void shouldReportBadInputInOneLineWithExitTwo() throws Exception
    {
        final Path bad = tmp.resolve("bad.csv");
        Files.writeString(bad, "open_time_ms,open,high,low,close,volume\n1748736000000,100,99,98,100,1\n");
        for (final String[] args : List.of(
            new String[] {"backtest", "--strategy", "nope"},
            new String[] {"backtest", "--param", "colour=red"},
            new String[] {"backtest", "--data", tmp.resolve("missing.csv").toString()},
            new String[] {"backtest", "--data", bad.toString(), "--out", tmp.resolve("x").toString()},
            new String[] {"backtest", "--side", "sideways"},
            new String[] {"backtest", "--fees", "cheap"},
            new String[] {"import", "klines", bad.toString(), "--symbol", "BTCUSDT", "--interval", "1m", "--journal",
                tmp.resolve("j").toString()},
            new String[] {"import", "klines", DAY.toString(), "--symbol", "DOGEUSDT", "--interval", "1m", "--journal",
                tmp.resolve("j").toString()}))
        {
            final CliTest.Run run = run(args);
            assertThat(run.exit()).as(String.join(" ", args) + " -> " + run.err()).isEqualTo(2);
            assertThat(run.err().strip()).doesNotContain("\n").doesNotContain("Exception");
        }
        assertThat(run("import", "klines", bad.toString(), "--symbol", "BTCUSDT", "--interval", "1m", "--journal",
            tmp.resolve("j").toString()).err()).contains("bad.csv:2");
    }

    @Test
    void shouldListTheStrategies()
    {
        final CliTest.Run run = run("backtest", "--list-strategies");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("sma-cross", "ema-cross", "momentum-adx", "mean-reversion", "macd", "supertrend",
            "keltner-breakout", "ichimoku");
    }
}
