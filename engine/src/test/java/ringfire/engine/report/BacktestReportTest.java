package ringfire.engine.report;

import ringfire.engine.testing.ScenarioRun;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringfire.engine.settings.EngineSettings;
import ringfire.engine.testing.Inputs;
import ringfire.engine.testing.JournaledDecisions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static ringfire.engine.testing.ScenarioRun.money;

/**
 * Reports of small recorded backtests with hand-computed trades (BTCUSDT: price scale 2, tick 0.10, qty scale 3;
 * SMA 1/2, leverage 4; every bar 1 minute, event time = close time). The entries are those of
 * {@code ScenarioTrailingExitTest}: 0.200 BTC sized at 10000, filled at the next open with 0.05 % slippage
 * (10005.00 long, 9995.00 short), taker fee 0.055 %.
 */
class BacktestReportTest
{
    private static final EngineSettings SETTINGS = EngineSettings.defaults()
        .with("strategy.params.fast", "1")
        .with("strategy.params.slow", "2")
        .with("risk.leverage", "4");
    private static final Instant START = Instant.parse("2025-06-02T01:00:00Z");
    private static final String HEADER =
        "trade_id,symbol,side,qty,entry_time,entry_price,exit_time,exit_price,fees,pnl,exit_reason";

    /** The pullback exit of ScenarioTrailingExitTest, one more bar, then the end of the data with nothing open. */
    private static void recordPullbackExit(final Path dir)
    {
        try (ScenarioRun r = ScenarioRun.start(dir, SETTINGS, Inputs.BTC, START))
        {
            r.leadInToBuyAt10000("10");                        // bars 1-15, BUY on the close of bar 15 (01:15)
            r.bar("10000", "10060", "10000", "10050");     // 16: entry fills at 10005.00, close 01:16
            r.bar("10050", "10210", "10050", "10200");     // 17
            r.bar("10200", "10405.20", "10200", "10400");  // 18: peak PnL 16 %, tier 2
            r.bar("10400", "10400", "10390", "10400");     // 19: flat
            r.bar("10390", "10390", "10200", "10220");     // 20: PULLBACK at 10285.10 fills 10279.90, close 01:20
            r.bar("10200", "10210", "10150", "10190");     // 21
            r.endOfData();
            r.finish();
        }
    }

    @Test
    void shouldWriteTheRoundTripOfAPullbackExit(@TempDir final Path tmp) throws IOException
    {
        recordPullbackExit(tmp.resolve("journal"));

        final Summary summary = BacktestReport.write(tmp.resolve("journal"), tmp.resolve("out"), ReportInfo.fromJournal());

        // fees 1.10055 + 1.130789; P&L (10279.90 - 10005.00) x 0.2 = 54.98 - fees = 52.748661
        assertThat(Files.readAllLines(tmp.resolve("out/trades.csv"))).containsExactly(HEADER,
            "1,BTCUSDT,LONG,0.200,2025-06-02T01:16:00Z,10005.00,2025-06-02T01:20:00Z,10279.90,2.23133900,52.74866100,"
                + "PULLBACK");
        final List<String> equity = Files.readAllLines(tmp.resolve("out/equity.csv"));
        assertThat(equity).hasSize(1 + 21);
        assertThat(equity.subList(0, 2)).containsExactly("time,equity", "2025-06-02T01:01:00Z,10000.00000000");
        assertThat(equity.subList(15, 22)).containsExactly(
            "2025-06-02T01:15:00Z,10000.00000000",
            "2025-06-02T01:16:00Z,10007.89945000",   // 10000 - 1.10055 + (10050 - 10005) x 0.2
            "2025-06-02T01:17:00Z,10037.89945000",   // ... + (10200 - 10005) x 0.2
            "2025-06-02T01:18:00Z,10077.89945000",
            "2025-06-02T01:19:00Z,10077.89945000",
            "2025-06-02T01:20:00Z,10052.74866100",   // flat: the balance of ScenarioTrailingExitTest
            "2025-06-02T01:21:00Z,10052.74866100");

        assertThat(summary.trades()).isOne();
        assertThat(summary.startingCapital()).isEqualTo(money("10000"));
        assertThat(summary.finalEquity()).isEqualTo(money("10052.748661"));
        assertThat(summary.totalReturn()).isCloseTo(0.0052748661, within(1e-15));
        assertThat(summary.fees()).isEqualTo(money("2.231339"));
        assertThat(summary.winRate()).isEqualTo(1.0);
        assertThat(summary.profitFactor()).as("no losing trade").isNull();
        assertThat(summary.avgWin()).isEqualTo(money("52.748661"));
        assertThat(summary.avgLoss()).isNull();
        assertThat(summary.expectancy()).isEqualTo(money("52.748661"));
        assertThat(summary.exposure()).as("open after bars 16-19").isEqualTo(4.0 / 21);
        assertThat(summary.maxDrawdown()).isCloseTo((10077.89945 - 10052.748661) / 10077.89945, within(1e-15));
        assertThat(summary.buyAndHoldReturn()).as("first open 9900, last close 10190")
            .isCloseTo(10190.0 / 9900 - 1, within(1e-15));
        assertThat(summary.sharpe()).as("one day").isZero();
        assertThat(summary.bars()).isEqualTo(21);
        assertThat(summary.firstBarNs()).isEqualTo(nanos("2025-06-02T01:00:00Z"));
        assertThat(summary.lastBarNs()).isEqualTo(nanos("2025-06-02T01:21:00Z"));
        assertThat(summary.cagr()).isCloseTo(
            Math.pow(1.0052748661, 365.0 * 24 * 60 / 21) - 1, within(Math.ulp(summary.cagr()) * 1e3));
        assertThat(summary.calmar()).isEqualTo(summary.cagr() / summary.maxDrawdown());
        assertThat(summary.strategy()).isEqualTo("sma-cross");
        assertThat(summary.symbol()).isEqualTo("BTCUSDT");
        assertThat(summary.interval()).isEqualTo("1m");
        assertThat(summary.configHash()).isEqualTo(SETTINGS.hash());
    }

    @Test
    void shouldCloseTheOpenPositionAtTheEndOfTheData(@TempDir final Path tmp) throws IOException
    {
        try (ScenarioRun r = ScenarioRun.start(tmp.resolve("journal"), SETTINGS, Inputs.BTC, START))
        {
            r.leadInToBuyAt10000("10");
            r.bar("10000", "10060", "10000", "10050");     // 16: entry 10005.00
            r.bar("10050", "10080", "10040", "10070");     // 17: close 01:17
            r.endOfData();                                 // at 01:17: sell at the mark 10070, filled 10064.90
            r.finish();
        }

        final Summary summary = BacktestReport.write(tmp.resolve("journal"), tmp.resolve("out"), ReportInfo.fromJournal());

        // 10070 x 0.9995 = 10064.965, down to the tick; fee 2012.98 x 0.055 % = 1.107139; P&L 11.98 - 2.207689
        assertThat(Files.readAllLines(tmp.resolve("out/trades.csv"))).containsExactly(HEADER,
            "1,BTCUSDT,LONG,0.200,2025-06-02T01:16:00Z,10005.00,2025-06-02T01:17:00Z,10064.90,2.20768900,9.77231100,"
                + "END_OF_DATA");
        final List<String> equity = Files.readAllLines(tmp.resolve("out/equity.csv"));
        assertThat(equity).hasSize(1 + 17);
        // the last row is after the end-of-data close: the final equity
        assertThat(equity.get(17)).isEqualTo("2025-06-02T01:17:00Z,10009.77231100");
        assertThat(summary.finalEquity()).isEqualTo(money("10009.772311"));
        assertThat(summary.openPositions()).isZero();
        // exposure of the last bar is taken before the end-of-data close
        assertThat(summary.exposure()).isEqualTo(2.0 / 17);
        assertThat(summary.maxDrawdown()).isZero();
        assertThat(summary.calmar()).isZero();
    }

    @Test
    void shouldReportAShortClosedByTheStrategy(@TempDir final Path tmp) throws IOException
    {
        try (ScenarioRun r = ScenarioRun.start(tmp.resolve("journal"), SETTINGS, Inputs.BTC, START))
        {
            r.leadInToSellAt10000();                       // SELL on the close of bar 15
            r.bar("10000", "10010", "9900", "9910");       // 16: entry 10000 x 0.9995 = 9995.00 (fee 1.09945)
            r.bar("9910", "9940", "9905", "9935");         // 17: close above the slow average: BUY, STRATEGY exit
            r.bar("9930", "9940", "9920", "9925");         // 18: exit 9930 x 1.0005 = 9934.965, up to 9935.00
            r.endOfData();
            r.finish();
        }

        BacktestReport.write(tmp.resolve("journal"), tmp.resolve("out"), ReportInfo.fromJournal());

        // (9995.00 - 9935.00) x 0.2 = 12.00; fees 1.09945 + 1987.00 x 0.055 % = 1.09285
        assertThat(Files.readAllLines(tmp.resolve("out/trades.csv"))).containsExactly(HEADER,
            "1,BTCUSDT,SHORT,0.200,2025-06-02T01:16:00Z,9995.00,2025-06-02T01:18:00Z,9935.00,2.19230000,9.80770000,"
                + "STRATEGY");
        assertThat(Files.readAllLines(tmp.resolve("out/equity.csv"))).hasSize(1 + 18).contains(
            "2025-06-02T01:16:00Z,10015.90055000",   // 10000 - 1.09945 + (9995 - 9910) x 0.2
            "2025-06-02T01:18:00Z,10009.80770000");
    }

    @Test
    void shouldChargeFundingToTheTradeAndTakeDailyReturnsByTheDayBarsOpenIn(@TempDir final Path tmp) throws IOException
    {
        try (ScenarioRun r = ScenarioRun.start(tmp.resolve("journal"), SETTINGS, Inputs.BTC,
            Instant.parse("2025-06-02T23:40:00Z")))
        {
            r.leadInToBuyAt10000("10");                        // BUY on the close at 23:55
            r.bar("10000", "10060", "10000", "10050");     // 23:55-23:56: entry 10005.00
            for (int i = 0; i < 6; i++)
            {
                r.bar("10070", "10080", "10060", "10070");  // 23:56 .. 00:02; the bar closing at 00:00 settles funding
            }
            r.endOfData();
            r.finish();
        }
        final JournaledDecisions decisions = JournaledDecisions.read(tmp.resolve("journal"));

        final Summary summary = BacktestReport.write(tmp.resolve("journal"), tmp.resolve("out"), ReportInfo.fromJournal());

        // funding 0.01 % of 0.2 x 10070 = 0.2014, paid by the long; P&L 11.98 - 1.10055 - 1.107139 - 0.2014
        assertThat(Files.readAllLines(tmp.resolve("out/trades.csv"))).containsExactly(HEADER,
            "1,BTCUSDT,LONG,0.200,2025-06-02T23:56:00Z,10005.00,2025-06-03T00:02:00Z,10064.90,2.20768900,9.57091100,"
                + "END_OF_DATA");
        assertThat(summary.finalEquity() - summary.startingCapital()).isEqualTo(money("9.570911"));
        assertThat(decisions.balances()).last().extracting(JournaledDecisions.Balance::walletBalance)
            .isEqualTo(summary.finalEquity());
        final List<String> equity = Files.readAllLines(tmp.resolve("out/equity.csv"));
        // the bar 23:59-00:00 belongs to 2025-06-02: it ends that day
        assertThat(equity).contains("2025-06-03T00:00:00Z,10011.69805000");   // 9998.89945 - 0.2014 + 13
        final double[] returns = {10011.69805 / 10000 - 1, 10009.570911 / 10011.69805 - 1};
        assertThat(summary.sharpe()).isEqualTo(Metrics.sharpe(returns)).isNotZero();
        assertThat(summary.sortino()).isEqualTo(Metrics.sortino(returns)).isNotZero();
    }

    @Test
    void shouldWriteSummaryJsonWithEveryKey(@TempDir final Path tmp) throws IOException
    {
        recordPullbackExit(tmp.resolve("journal"));
        BacktestReport.write(tmp.resolve("journal"), tmp.resolve("out"), ReportInfo.fromJournal());

        final List<String> keys = new ArrayList<>();
        try (JsonParser parser = new JsonFactory().createParser(tmp.resolve("out/summary.json").toFile()))
        {
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken())
            {
                if (t == JsonToken.FIELD_NAME)
                {
                    keys.add(parser.currentName());
                }
            }
        }
        assertThat(keys).containsExactly("total_return", "cagr", "sharpe", "sortino", "max_drawdown", "calmar",
            "win_rate", "profit_factor", "avg_win", "avg_loss", "expectancy", "exposure", "trades", "fees",
            "buy_and_hold_return", "strategy", "symbol", "interval", "first_bar", "last_bar", "starting_capital",
            "final_equity", "config_hash");
        final String json = Files.readString(tmp.resolve("out/summary.json"));
        assertThat(json).contains("\"total_return\" : 0.005275,", "\"profit_factor\" : null,",
            "\"avg_win\" : 52.74866100,", "\"fees\" : 2.23133900,", "\"trades\" : 1,", "\"exposure\" : 0.190476,",
            "\"first_bar\" : \"2025-06-02T01:00:00Z\",", "\"last_bar\" : \"2025-06-02T01:21:00Z\",",
            "\"starting_capital\" : 10000.00000000,", "\"final_equity\" : 10052.74866100,");
    }

    @Test
    void shouldWriteOneSelfContainedHtmlFile(@TempDir final Path tmp) throws IOException
    {
        recordPullbackExit(tmp.resolve("journal"));
        BacktestReport.write(tmp.resolve("journal"), tmp.resolve("out"), new ReportInfo("My <test>", null, null));

        final String html = Files.readString(tmp.resolve("out/report.html"));
        assertThat(html).doesNotContain("http", "<script", "<link", "url(", "@import", "<img");
        assertThat(html).contains("<svg", "<polyline class=\"equity\"", "<polygon class=\"dd\"",
            "<polyline class=\"price\"");
        assertThat(html).contains("<title>Ringfire backtest: My &lt;test&gt; BTCUSDT 1m</title>");
        assertThat(html).as("entry and exit markers")
            .contains("<polygon class=\"long\"", "#1 LONG entry 10005.00 at 2025-06-02T01:16:00Z",
                "<circle class=\"exit\"", "#1 exit 10279.90 at 2025-06-02T01:20:00Z (PULLBACK)");
        assertThat(html).as("metrics").contains("<td>total return</td><td class=\"n\">0.53 %</td>");
        assertThat(html).as("the journaled configuration, escaped")
            .contains("<pre>", "account.startingBalance=", "strategy.name=sma-cross");
    }

    @Test
    void shouldWriteByteIdenticalFilesForTheSameJournal(@TempDir final Path tmp) throws IOException
    {
        recordPullbackExit(tmp.resolve("journal"));

        BacktestReport.write(tmp.resolve("journal"), tmp.resolve("a"), ReportInfo.fromJournal());
        BacktestReport.write(tmp.resolve("journal"), tmp.resolve("b"), ReportInfo.fromJournal());

        for (final String file : List.of("trades.csv", "equity.csv", "summary.json", "report.html"))
        {
            assertThat(Files.readAllBytes(tmp.resolve("b").resolve(file))).as(file)
                .isEqualTo(Files.readAllBytes(tmp.resolve("a").resolve(file)));
        }
    }

    @Test
    void shouldPrintTheKeyMetricsAsAPlainTable(@TempDir final Path tmp)
    {
        recordPullbackExit(tmp.resolve("journal"));

        final String table = BacktestReport.write(tmp.resolve("journal"), tmp.resolve("out"), ReportInfo.fromJournal())
            .table();

        assertThat(table).contains(
            "strategy          sma-cross\n",
            "period            2025-06-02T01:00:00Z .. 2025-06-02T01:21:00Z (21 bars)\n",
            "final equity      10052.75 USDT\n",
            "total return      0.53 %\n",
            "trades            1\n",
            "profit factor     n/a (no losing trade)\n",
            "fees              2.23 USDT\n");
        assertThat(table).doesNotContain("\t", "\r");
    }

    private static long nanos(final String instant)
    {
        final Instant i = Instant.parse(instant);
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }
}
