package ringfire.ops.admin;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ringfire.codecs.sbe.Source;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The command core over a real pipeline: controls become journaled AdminCommand inputs; queries render twice. */
class AdminCommandsTest
{
    private final AdminPipeline pipeline = new AdminPipeline();
    private final FakeEngineView view = new FakeEngineView();
    private final AdminCommands commands = pipeline.commands(view);

    @AfterEach
    void close()
    {
        pipeline.close();
    }

    private static JsonNode json(final AdminReply reply) throws Exception
    {
        return AdminRendering.JSON.readTree(reply.json());
    }

    @Test
    void shouldQueueEachControlAsJournaledAdminEvents() throws Exception
    {
        assertThat(commands.execute("pause").text()).isEqualTo("ok: pause queued: PAUSE all symbols (sequence 100)");
        assertThat(commands.execute("resume").ok()).isTrue();
        final AdminReply stop = commands.execute("emergency-stop");
        assertThat(stop.text()).isEqualTo("ok: emergency-stop queued: HALT and close positions all symbols "
            + "(sequence 102), CANCEL_ALL all symbols (sequence 103)");
        assertThat(commands.execute("close-positions").ok()).isTrue();
        assertThat(commands.execute("close-positions ETHUSDT").ok()).isTrue();
        assertThat(commands.execute("cancel-orders").ok()).isTrue();
        assertThat(commands.execute("cancel-orders", List.of("SOLUSDT")).ok()).isTrue();

        assertThat(pipeline.events()).containsExactly(
            new AdminPipeline.Event(100, Source.ADMIN, AdminPipeline.TIME_NS, 100, "PAUSE", 0, 0),
            new AdminPipeline.Event(101, Source.ADMIN, AdminPipeline.TIME_NS, 101, "RESUME", 0, 0),
            new AdminPipeline.Event(102, Source.ADMIN, AdminPipeline.TIME_NS, 102, "HALT", 0, 1),
            new AdminPipeline.Event(103, Source.ADMIN, AdminPipeline.TIME_NS, 102, "CANCEL_ALL", 0, 0),
            new AdminPipeline.Event(104, Source.ADMIN, AdminPipeline.TIME_NS, 104, "FLATTEN", 0, 0),
            new AdminPipeline.Event(105, Source.ADMIN, AdminPipeline.TIME_NS, 105, "FLATTEN", 2, 0),
            new AdminPipeline.Event(106, Source.ADMIN, AdminPipeline.TIME_NS, 106, "CANCEL_ALL", 0, 0),
            new AdminPipeline.Event(107, Source.ADMIN, AdminPipeline.TIME_NS, 107, "CANCEL_ALL", 3, 0));

        final JsonNode body = json(stop);
        assertThat(body.get("ok").asBoolean()).isTrue();
        assertThat(body.get("command").asText()).isEqualTo("emergency-stop");
        assertThat(body.get("events").toString()).isEqualTo("[{\"action\":\"HALT\",\"symbol\":null,\"symbolId\":0,"
            + "\"argument\":1,\"commandId\":102,\"sequence\":102},{\"action\":\"CANCEL_ALL\",\"symbol\":null,"
            + "\"symbolId\":0,\"argument\":0,\"commandId\":102,\"sequence\":103}]");
    }

    @Test
    void shouldQueueNothingForBadOrUnavailableCommands() throws Exception
    {
        final AdminReply unknown = commands.execute("launch-rockets");
        assertThat(unknown.outcome()).isEqualTo(AdminReply.Outcome.BAD_REQUEST);
        assertThat(unknown.text()).isEqualTo("error: unknown command 'launch-rockets' (try help)");
        assertThat(json(unknown).get("error").asText()).isEqualTo("unknown command 'launch-rockets' (try help)");
        assertThat(commands.execute("close-positions DOGEUSDT").outcome()).isEqualTo(AdminReply.Outcome.BAD_REQUEST);
        assertThat(commands.execute("set-risk drawdownPause 2").outcome()).isEqualTo(AdminReply.Outcome.BAD_REQUEST);
        final AdminReply leverage = commands.execute("set-risk leverage 2");
        assertThat(leverage.outcome()).isEqualTo(AdminReply.Outcome.BAD_REQUEST);
        assertThat(leverage.text()).startsWith("error: set-risk: risk.leverage cannot change at run time")
            .doesNotContain("\n");
        assertThat(commands.execute("status").ok()).isTrue();
        assertThat(pipeline.events()).isEmpty();
        assertThat(pipeline.settingChanges()).isEmpty();
    }

    @Test
    void shouldQueueSetRiskAsAJournaledSettingChange() throws Exception
    {
        final AdminReply setRisk = commands.execute("set-risk drawdownPause 0.1");
        assertThat(setRisk.ok()).isTrue();
        assertThat(setRisk.text()).isEqualTo("ok: set-risk queued: risk.drawdownPause=0.10000000 (sequence 100)");
        assertThat(json(setRisk).get("events").toString()).isEqualTo("[{\"event\":\"SettingChange\","
            + "\"key\":\"risk.drawdownPause\",\"value\":\"0.10000000\",\"commandId\":100,\"sequence\":100}]");
        assertThat(commands.execute("set-risk", List.of("risk.correlation.enabled", "false")).ok()).isTrue();

        assertThat(pipeline.settingChanges()).containsExactly(
            new AdminPipeline.Setting(100, Source.ADMIN, AdminPipeline.TIME_NS, 100, "risk.drawdownPause", "0.10000000"),
            new AdminPipeline.Setting(101, Source.ADMIN, AdminPipeline.TIME_NS, 101, "risk.correlation.enabled",
                "false"));
        assertThat(pipeline.events()).isEmpty();
    }

    @Test
    void shouldReportTheUptimeByTheCommandsClock() throws Exception
    {
        final AdminCommands later = new AdminCommands(null, view, () -> AdminPipeline.TIME_NS + 3_725_400_000_000L);
        final JsonNode status = json(later.execute("status"));
        assertThat(status.get("uptime").asText()).isEqualTo("PT1H2M5S");
        assertThat(status.get("uptimeSeconds").asLong()).isEqualTo(3725);
        assertThat(status.get("startedAt").asText()).isEqualTo("2026-03-01T00:00:00Z");
    }

    @Test
    void shouldAnswerQueriesAsJsonAndText() throws Exception
    {
        final AdminReply status = commands.execute("status");
        assertThat(json(status).get("tradingState").asText()).isEqualTo("RUNNING");
        assertThat(json(status).get("equity").decimalValue()).isEqualByComparingTo("10012.5");
        assertThat(status.json()).contains("\"equity\":10012.50000000", "\"lastEventTime\":\"2026-03-01T00:01:00Z\"");
        assertThat(status.text()).contains("tradingState   RUNNING\n", "lastSequence   4242\n",
            "equity         10012.50000000\n");

        final AdminReply positions = commands.execute("positions");
        assertThat(json(positions).get("positions").get(0).get("qty").toString()).isEqualTo("0.010");
        assertThat(positions.text()).isEqualTo("""
            symbol   side  qty    entryPrice  markPrice  leverage  unrealizedPnl  realizedPnl  liquidationPrice
            BTCUSDT  LONG  0.010  65000.00    66250.00   1         12.50000000    0            -""");

        final AdminReply trades = commands.execute("trades 1");
        assertThat(json(trades).get("trades")).hasSize(1);
        assertThat(json(trades).get("trades").get(0).get("exitReason").asText()).isEqualTo("STOP_LOSS");
        assertThat(commands.execute("trades").text().split("\n")).hasSize(3);

        assertThat(commands.execute("orders").text()).contains("63700.00");
        assertThat(commands.execute("pnl").text()).contains("realizedPnl");
        assertThat(commands.execute("strategies").text()).contains("BTC_SMA_1A2B3", "fast=5,invalidate=false,slow=20");
        assertThat(commands.execute("metrics").text()).isEqualTo("""
            gateway.reconnects  1
            pipeline.events     4242
            pipeline.faults     0""");

        final AdminReply risk = commands.execute("risk");
        assertThat(json(risk).get("limits").get("drawdownPause").decimalValue()).isEqualByComparingTo("0.15");
        assertThat(json(risk).get("limits").get("correlation.enabled").asBoolean()).isTrue();
        assertThat(risk.text()).contains("tradingState", "limits:\n", "  drawdownHalt");

        final AdminReply help = commands.execute("help");
        for (final AdminVerb v : AdminVerb.values())
        {
            assertThat(help.text()).contains(v.usage());
            assertThat(help.json()).contains("/api/" + v.word());
        }
        assertThat(pipeline.events()).isEmpty();
    }

    @Test
    void shouldSayNoWhenAListIsEmpty()
    {
        final AdminCommands empty = pipeline.commands(new FakeEngineView()
        {
            @Override
            public List<Position> positions()
            {
                return List.of();
            }
        });
        final AdminReply reply = empty.execute("positions");
        assertThat(reply.text()).isEqualTo("no positions");
        assertThat(reply.json()).isEqualTo("{\"positions\":[]}");
    }

    @Test
    void shouldReportAFailingViewWithoutCrashing()
    {
        view.failing = true;
        final AdminReply reply = commands.execute("status");
        assertThat(reply.outcome()).isEqualTo(AdminReply.Outcome.FAILED);
        assertThat(reply.text()).isEqualTo("error: status: internal error (IllegalStateException); see the log");
        view.failing = false;
        assertThat(commands.execute("status").ok()).isTrue();
    }
}
