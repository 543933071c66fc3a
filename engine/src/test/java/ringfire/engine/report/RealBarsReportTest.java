package ringfire.engine.report;

import ringfire.engine.testing.ScenarioRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringfire.engine.pipeline.PipelineConfig;
import ringfire.engine.settings.EngineSettings;
import ringfire.engine.testing.BarFile;
import ringfire.engine.testing.Inputs;
import ringfire.engine.testing.JournaledDecisions;
import ringfire.engine.testing.Sessions;
import ringfire.journal.JournalException;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ringfire.engine.testing.ScenarioRun.money;

/** Reports of journals recorded from a day of real 1m candles: the books must balance to the last unit. */
class RealBarsReportTest
{
    @Test
    void shouldAccountForEveryUnitOfADayOfRealBars(@TempDir final Path tmp) throws IOException
    {
        final BarFile btc = BarFile.load(Inputs.BTC);
        try (ScenarioRun r = ScenarioRun.start(tmp.resolve("journal"), EngineSettings.defaults(), Inputs.BTC,
            Instant.ofEpochMilli(btc.openTimeMs(0))))
        {
            r.bars(btc, 0, btc.size());
            r.endOfData();
            r.finish();
        }
        final JournaledDecisions decisions = JournaledDecisions.read(tmp.resolve("journal"));

        final Summary summary = BacktestReport.write(tmp.resolve("journal"), tmp.resolve("out"), ReportInfo.fromJournal());

        final List<String> trades = Files.readAllLines(tmp.resolve("out/trades.csv"));
        final List<String> equity = Files.readAllLines(tmp.resolve("out/equity.csv"));
        assertThat(summary.trades()).isPositive().isEqualTo(trades.size() - 1);
        assertThat(summary.openPositions()).isZero();
        assertThat(equity).hasSize(1 + btc.size());
        assertThat(summary.bars()).isEqualTo(btc.size());
        // every closed trade's P&L (fees and funding included) adds up to the change in equity
        final long pnl = trades.stream().skip(1).mapToLong(row -> money(row.split(",")[9])).sum();
        assertThat(pnl).isEqualTo(summary.finalEquity() - summary.startingCapital());
        assertThat(summary.finalEquity()).isEqualTo(decisions.balances().get(decisions.balances().size() - 1)
            .walletBalance());
        assertThat(equity.get(equity.size() - 1)).endsWith("," + new BigDecimal(summary.finalEquity()).movePointLeft(8)
            .toPlainString());
        assertThat(summary.fees()).isEqualTo(decisions.fills().stream().mapToLong(JournaledDecisions.Fill::fee).sum());
        final long wins = trades.stream().skip(1).filter(row -> money(row.split(",")[9]) > 0).count();
        assertThat(summary.winRate()).isEqualTo((double)wins / summary.trades());
        assertThat(summary.symbol()).isEqualTo("BTCUSDT");
        assertThat(summary.interval()).isEqualTo("1m");
    }

    @Test
    void shouldShareOneEquityRowBetweenSymbolsClosingTogether(@TempDir final Path tmp) throws IOException
    {
        Sessions.record(tmp.resolve("journal"), EngineSettings.defaults(), PipelineConfig.Mode.SINGLE, 0, 300);

        final Summary summary = BacktestReport.write(tmp.resolve("journal"), tmp.resolve("out"), ReportInfo.fromJournal());

        final List<String> equity = Files.readAllLines(tmp.resolve("out/equity.csv"));
        assertThat(equity).hasSize(1 + 300);
        assertThat(equity.get(1)).startsWith("2025-06-01T00:01:00Z,");
        assertThat(summary.bars()).isEqualTo(300);
        assertThat(summary.symbol()).isEqualTo("BTCUSDT,ETHUSDT");
        assertThat(equity.get(300)).endsWith("," + new BigDecimal(summary.finalEquity()).movePointLeft(8)
            .toPlainString());
        assertThat(Files.readString(tmp.resolve("out/report.html"))).contains("<h2>BTCUSDT close (300 bars)</h2>",
            "<h2>ETHUSDT close (300 bars)</h2>");
    }

    @Test
    void shouldReportTheChosenSymbolsBuyAndHold(@TempDir final Path tmp)
    {
        Sessions.record(tmp.resolve("journal"), EngineSettings.defaults(), PipelineConfig.Mode.SINGLE, 0, 60);
        final BarFile eth = BarFile.load(Inputs.ETH);

        final Summary summary = BacktestReport.write(tmp.resolve("journal"), tmp.resolve("out"),
            new ReportInfo("sma-x", "ETHUSDT", "1 minute"));

        assertThat(summary.symbol()).isEqualTo("ETHUSDT");
        assertThat(summary.strategy()).isEqualTo("sma-x");
        assertThat(summary.interval()).isEqualTo("1 minute");
        assertThat(summary.buyAndHoldReturn()).isEqualTo(
            Double.parseDouble(eth.rows().get(59)[4]) / Double.parseDouble(eth.rows().get(0)[1]) - 1);
        assertThatThrownBy(() -> BacktestReport.write(tmp.resolve("journal"), tmp.resolve("out2"),
            new ReportInfo(null, "SOLUSDT", null)))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no bars of SOLUSDT");
    }

    @Test
    void shouldRefuseAJournalOfMoreThanOneSession(@TempDir final Path tmp)
    {
        for (int session = 0; session < 2; session++)
        {
            try (ScenarioRun r = ScenarioRun.start(tmp.resolve("journal"), EngineSettings.defaults(), Inputs.BTC,
                Instant.parse("2025-06-02T01:00:00Z").plusSeconds(3600L * session)))
            {
                r.bar("100", "101", "99", "100");
                r.finish();
            }
        }

        assertThatThrownBy(() -> BacktestReport.write(tmp.resolve("journal"), tmp.resolve("out"), null))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than one session");
    }

    @Test
    void shouldRefuseADirectoryThatIsNotAJournal(@TempDir final Path tmp) throws IOException
    {
        Files.createDirectories(tmp.resolve("empty"));

        assertThatThrownBy(() -> BacktestReport.write(tmp.resolve("empty"), tmp.resolve("out"), null))
            .isInstanceOf(JournalException.class);
    }
}
