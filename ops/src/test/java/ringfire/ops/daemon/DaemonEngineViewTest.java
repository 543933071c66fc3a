package ringfire.ops.daemon;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringfire.codecs.sbe.OrderPurpose;
import ringfire.codecs.sbe.PositionSide;
import ringfire.codecs.sbe.Side;
import ringfire.codecs.sbe.TradingState;
import ringfire.engine.execution.paper.PaperOrderType;
import ringfire.engine.pipeline.Faults;
import ringfire.engine.report.BacktestReport;
import ringfire.engine.report.ReportInfo;
import ringfire.engine.report.Trade;
import ringfire.engine.settings.EngineSettings;
import ringfire.engine.snapshot.EngineSnapshot;
import ringfire.engine.snapshot.EquitySeries;
import ringfire.engine.snapshot.SnapshotPublisher;
import ringfire.engine.testing.BarFile;
import ringfire.engine.testing.Inputs;
import ringfire.engine.testing.JournaledDecisions;
import ringfire.engine.testing.ScenarioRun;
import ringfire.ops.admin.AdminCommands;
import ringfire.ops.admin.AdminReply;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** Every admin query answers from the daemon's view: from the core snapshot once there is one, null before. */
class DaemonEngineViewTest
{
    private static final ObjectMapper JSON = new ObjectMapper()
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
    private static final long T0 = Instant.parse("2026-03-01T12:00:00Z").toEpochMilli() * 1_000_000L;
    private static final long MINUTE_NS = 60_000_000_000L;

    private static AdminCommands commands(final Supplier<EngineSnapshot> core)
    {
        return new AdminCommands(null, new DaemonEngineView(EngineSettings::defaults, "PAPER",
            Instant.parse("2026-01-01T00:00:00Z"), new DaemonSnapshot(), new Faults(), () -> 7, core, List::of));
    }

    private static JsonNode query(final AdminCommands commands, final String query) throws Exception
    {
        final AdminReply reply = commands.execute(query);
        assertThat(reply.outcome()).as(query + ": " + reply.text()).isEqualTo(AdminReply.Outcome.OK);
        return JSON.readTree(reply.json());
    }

    @Test
    void shouldAnswerEveryQueryBeforeTheFirstSnapshot()
    {
        final AdminCommands commands = commands(() -> null);
        for (final String query : new String[] {"status", "positions", "orders", "trades", "pnl", "risk",
            "strategies", "equity", "metrics", "help"})
        {
            final AdminReply reply = commands.execute(query);
            assertThat(reply.outcome()).as(query + ": " + reply.text()).isEqualTo(AdminReply.Outcome.OK);
        }
        assertThat(commands.execute("status").json()).contains("\"mode\":\"paper\"", "\"feed\":\"CONNECTING\"",
            "\"openPositions\":-1");
        assertThat(commands.execute("positions").json()).isEqualTo("{\"positions\":null}");
        assertThat(commands.execute("metrics").json()).contains("\"gateway.frames\":7");
    }

    /** A long BTC position with its plan's stop, an ETH entry waiting at the broker, two trades, two minutes. */
    private static EngineSnapshot snapshot()
    {
        final int btc = Inputs.BTC.id();
        final int eth = Inputs.ETH.id();
        final EngineSnapshot.PositionRow position = new EngineSnapshot.PositionRow(btc, "BTCUSDT", PositionSide.LONG, 19,
            10430290, 10450000, 2, 374490000, 0, 108999531, 0, 5267300, T0, 2, 3);
        final List<EngineSnapshot.OrderRow> orders = List.of(
            new EngineSnapshot.OrderRow(4224, eth, "ETHUSDT", Side.SELL, PaperOrderType.MARKET, OrderPurpose.ENTRY, 79,
                0, T0 + MINUTE_NS, 2, 2),
            new EngineSnapshot.OrderRow(EngineSnapshot.OrderRow.PLAN_LEVEL, btc, "BTCUSDT", Side.SELL,
                PaperOrderType.STOP, OrderPurpose.EXIT, 19, 10400000, T0, 2, 3));
        final List<Trade> trades = List.of(
            new Trade(1, "ETHUSDT", PositionSide.LONG, 79, T0 - 10 * MINUTE_NS, 252064, T0 - 5 * MINUTE_NS, 252015,
                219022326, 0, -257732326, "STRATEGY", 2, 2),
            new Trade(2, "BTCUSDT", PositionSide.SHORT, 13, T0 - 4 * MINUTE_NS, 10430290, T0 - MINUTE_NS, 10446710,
                149270551, 0, -362730551, "STOP_LOSS", 2, 3));
        return new EngineSnapshot(4242, T0 + 90_000_000_000L, T0 + 90_000_000_000L,
            new EngineSnapshot.Account(999379537123L, 999754027123L, -163871000, 374490000, 477292408, 0,
                1_000_000_000_000L, -245972877, 1_000_000_000_000L),
            new EngineSnapshot.Risk(TradingState.PAUSED, true, true, false, 24598, 24598, 3),
            List.of(position), orders, trades,
            EquitySeries.of(new long[] {T0, T0 + MINUTE_NS}, new long[] {1_000_000_000_000L, 999700000000L}));
    }

    @Test
    void shouldRenderTheSnapshotAsExactDecimals() throws Exception
    {
        final AdminCommands commands = commands(DaemonEngineViewTest::snapshot);

        final JsonNode status = query(commands, "status");
        assertThat(status.get("tradingState").asText()).isEqualTo("PAUSED");
        assertThat(status.get("debugBlock").asBoolean()).isTrue();
        assertThat(status.get("lastSequence").asLong()).isEqualTo(4242);
        assertThat(status.get("lastEventTime").asText()).isEqualTo("2026-03-01T12:01:30Z");
        assertThat(status.get("equity").decimalValue()).isEqualTo(new BigDecimal("9997.54027123"));
        assertThat(status.get("openPositions").asInt()).isEqualTo(1);
        assertThat(status.get("openOrders").asInt()).isEqualTo(2);

        assertThat(commands.execute("positions").json()).isEqualTo("{\"positions\":[{\"symbol\":\"BTCUSDT\","
            + "\"side\":\"LONG\",\"qty\":0.019,\"entryPrice\":104302.90,\"markPrice\":104500.00,\"leverage\":2,"
            + "\"unrealizedPnl\":3.74490000,\"realizedPnl\":0.00000000,\"liquidationPrice\":52673.00}]}");
        assertThat(commands.execute("orders").json()).isEqualTo("{\"orders\":["
            + "{\"clientOrderId\":4224,\"symbol\":\"ETHUSDT\",\"side\":\"SELL\",\"type\":\"MARKET\",\"purpose\":\"ENTRY\","
            + "\"qty\":0.79,\"price\":null,\"created\":\"2026-03-01T12:01:00Z\"},"
            + "{\"clientOrderId\":-1,\"symbol\":\"BTCUSDT\",\"side\":\"SELL\",\"type\":\"STOP\",\"purpose\":\"EXIT\","
            + "\"qty\":0.019,\"price\":104000.00,\"created\":\"2026-03-01T12:00:00Z\"}]}");
        assertThat(commands.execute("trades 1").json()).isEqualTo("{\"trades\":[{\"tradeId\":2,\"symbol\":\"BTCUSDT\","
            + "\"side\":\"SHORT\",\"qty\":0.013,\"entryTime\":\"2026-03-01T11:56:00Z\",\"entryPrice\":104302.90,"
            + "\"exitTime\":\"2026-03-01T11:59:00Z\",\"exitPrice\":104467.10,\"fees\":1.49270551,\"pnl\":-3.62730551,"
            + "\"exitReason\":\"STOP_LOSS\"}]}");
        assertThat(query(commands, "trades").get("trades")).hasSize(2);
        assertThat(commands.execute("pnl").json()).isEqualTo("{\"balance\":9993.79537123,\"equity\":9997.54027123,"
            + "\"realizedPnl\":-1.63871000,\"unrealizedPnl\":3.74490000,\"fees\":4.77292408,\"funding\":0.00000000,"
            + "\"startOfDayEquity\":10000.00000000,\"dayPnl\":-2.45972877,\"peakEquity\":10000.00000000}");
        final JsonNode risk = query(commands, "risk");
        assertThat(risk.get("drawdown").decimalValue()).isEqualTo(new BigDecimal("0.00024598"));
        assertThat(risk.get("dailyLoss").decimalValue()).isEqualTo(new BigDecimal("0.00024598"));
        assertThat(risk.get("entriesToday").asInt()).isEqualTo(3);
        assertThat(risk.get("softBlock").asText()).isEqualTo("DRAWDOWN_SOFT");
        assertThat(risk.get("limits").get("drawdownPause").decimalValue()).isEqualTo(new BigDecimal("0.15"));
        assertThat(commands.execute("equity").json()).isEqualTo("{\"equity\":["
            + "{\"time\":\"2026-03-01T12:00:00Z\",\"equity\":10000.00000000},"
            + "{\"time\":\"2026-03-01T12:01:00Z\",\"equity\":9997.00000000},"
            + "{\"time\":\"2026-03-01T12:01:30Z\",\"equity\":9997.54027123}]}");
        final JsonNode strategies = query(commands, "strategies").get("strategies");
        assertThat(strategies).hasSize(EngineSettings.defaults().instruments().size());
        JsonNode btc = null;
        for (final JsonNode s : strategies)
        {
            assertThat(s.get("instance").asText()).matches(s.get("symbol").asText().replace("USDT", "")
                + "_SMA_[0-9A-F]{5}");
            btc = "BTCUSDT".equals(s.get("symbol").asText()) ? s : btc;
        }
        assertThat(btc).isNotNull();
        assertThat(btc.get("name").asText()).isEqualTo("sma-cross");
        assertThat(btc.get("params").get("fast").asText()).isEqualTo(
            EngineSettings.defaults().strategy().params().get("fast"));
    }

    @Test
    void shouldAnswerWithTheFiguresOfARealSession(@TempDir final Path tmp) throws Exception
    {
        final BarFile btc = BarFile.load(Inputs.BTC);
        final SnapshotPublisher publisher = new SnapshotPublisher(1_000_000_000L);
        final Path journal = tmp.resolve("journal");
        try (ScenarioRun run = ScenarioRun.start(journal, EngineSettings.defaults(), Inputs.BTC,
            Instant.ofEpochMilli(btc.openTimeMs(0)), publisher))
        {
            run.bars(btc, 0, 700);
            run.finish();
        }
        final AdminCommands commands = commands(publisher::latest);

        final JsonNode pnl = query(commands, "pnl");
        final JsonNode positions = query(commands, "positions").get("positions");
        BigDecimal unrealized = BigDecimal.ZERO;
        for (final JsonNode p : positions)
        {
            unrealized = unrealized.add(p.get("unrealizedPnl").decimalValue());
        }
        assertThat(pnl.get("unrealizedPnl").decimalValue()).isEqualTo(unrealized);
        assertThat(pnl.get("equity").decimalValue())
            .isEqualTo(pnl.get("balance").decimalValue().add(unrealized));
        final JournaledDecisions decisions = JournaledDecisions.read(journal);
        assertThat(pnl.get("balance").decimalValue()).isEqualTo(
            BigDecimal.valueOf(decisions.balances().get(decisions.balances().size() - 1).walletBalance(), 8));
        assertThat(query(commands, "status").get("openPositions").asInt()).isEqualTo(positions.size());

        BacktestReport.write(journal, tmp.resolve("report"), ReportInfo.fromJournal());
        final List<String> csv = Files.readAllLines(tmp.resolve("report").resolve(BacktestReport.TRADES_CSV));
        final JsonNode trades = query(commands, "trades 1000").get("trades");
        assertThat(trades).hasSize(csv.size() - 1).isNotEmpty();
        for (int i = 0; i < trades.size(); i++)
        {
            final JsonNode t = trades.get(i);
            final String row = String.join(",", t.get("tradeId").asText(), t.get("symbol").asText(),
                t.get("side").asText(), t.get("qty").decimalValue().toPlainString(), t.get("entryTime").asText(),
                t.get("entryPrice").decimalValue().toPlainString(), t.get("exitTime").asText(),
                t.get("exitPrice").decimalValue().toPlainString(), t.get("fees").decimalValue().toPlainString(),
                t.get("pnl").decimalValue().toPlainString(), t.get("exitReason").asText());
            assertThat(row).isEqualTo(csv.get(i + 1));
        }
        final JsonNode equity = query(commands, "equity").get("equity");
        assertThat(equity).hasSizeBetween(690, 701);
        assertThat(equity.get(equity.size() - 1).get("equity").decimalValue())
            .isEqualTo(pnl.get("equity").decimalValue());
    }
}
