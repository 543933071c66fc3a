package ringfire.ops.admin;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ringfire.codecs.sbe.Source;
import ringfire.ops.config.AdminConfig;
import ringfire.ops.secrets.Secret;
import ringfire.ops.secrets.Secrets;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Both front ends over real loopback sockets, on a real pipeline. */
class AdminServerTest
{
    private static final String TOKEN = "adm-7c1e9b04d2f35a86e0";
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    private final AdminPipeline pipeline = new AdminPipeline();
    private final List<String> seen = new ArrayList<>();
    private AdminHttp admin;
    private AdminServer server;

    @BeforeEach
    void start()
    {
        admin = new AdminHttp(TOKEN, pipeline.commands(new FakeEngineView()));
        server = admin.server();
    }

    @AfterEach
    void stop()
    {
        for (final String response : seen)
        {
            assertThat(response).as("a response carried the token").doesNotContain(TOKEN);
        }
        admin.close();
        pipeline.close();
    }

    private HttpResponse<String> http(final String method, final String path, final String token, final String body)
        throws Exception
    {
        final HttpResponse<String> response = admin.http(method, path, token, body);
        seen.add(response.body());
        seen.add(response.headers().map().toString());
        return response;
    }

    private HttpResponse<String> get(final String path) throws Exception
    {
        return http("GET", path, TOKEN, null);
    }

    private HttpResponse<String> post(final String path, final String body) throws Exception
    {
        return http("POST", path, TOKEN, body);
    }

    @Test
    void shouldAnswerHealthWithoutAToken() throws Exception
    {
        final HttpResponse<String> health = http("GET", "/health", null, null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"ok\"}\n");
        assertThat(health.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        assertThat(http("POST", "/health", null, null).statusCode()).isEqualTo(405);
    }

    @Test
    void shouldRefuseEverythingElseWithoutTheRightToken() throws Exception
    {
        for (final String path : List.of("/api/status", "/api/positions", "/api/nope", "/index.html", "/api/pause"))
        {
            final HttpResponse<String> none = http("GET", path, null, null);
            assertThat(none.statusCode()).as(path).isEqualTo(401);
            assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"ringfire\"");
            assertThat(none.body()).isEqualTo("{\"error\":\"unauthorized: send Authorization: Bearer <token>\"}\n");
            assertThat(http("GET", path, TOKEN + "x", null).statusCode()).isEqualTo(401);
            assertThat(http("GET", path, TOKEN.substring(1), null).statusCode()).isEqualTo(401);
            assertThat(http("POST", path, "", null).statusCode()).isEqualTo(401);
        }
        final HttpRequest basic = admin.request("/api/status").header("Authorization", "Basic " + TOKEN).build();
        assertThat(admin.send(basic).statusCode()).isEqualTo(401);
        assertThat(http("POST", "/api/emergency-stop", "wrong-token-0000000000", null).statusCode()).isEqualTo(401);
        assertThat(pipeline.events()).isEmpty();
    }

    @Test
    void shouldServeEveryQueryAsJson() throws Exception
    {
        for (final String query : List.of("status", "positions", "orders", "trades", "pnl", "risk", "strategies",
            "metrics", "help"))
        {
            final HttpResponse<String> response = get("/api/" + query);
            assertThat(response.statusCode()).as(query).isEqualTo(200);
            assertThat(response.body()).startsWith("{").endsWith("}\n");
            assertThat(AdminRendering.JSON.readTree(response.body()).isObject()).isTrue();
        }
        assertThat(get("/api/status").body()).contains("\"tradingState\":\"RUNNING\"", "\"lastSequence\":4242");
        assertThat(get("/api/positions").body()).contains("\"symbol\":\"BTCUSDT\"", "\"qty\":0.010");
        assertThat(AdminRendering.JSON.readTree(get("/api/trades?n=1").body()).get("trades")).hasSize(1);
        assertThat(get("/api/metrics").body()).isEqualTo(
            "{\"gateway.reconnects\":1,\"pipeline.events\":4242,\"pipeline.faults\":0}\n");
        assertThat(pipeline.events()).isEmpty();
    }

    @Test
    void shouldQueueControlsAsAdminEvents() throws Exception
    {
        assertThat(post("/api/pause", null).statusCode()).isEqualTo(200);
        assertThat(post("/api/resume", "").statusCode()).isEqualTo(200);
        final HttpResponse<String> stop = post("/api/emergency-stop", null);
        assertThat(stop.statusCode()).isEqualTo(200);
        assertThat(stop.body()).contains("\"command\":\"emergency-stop\"", "\"action\":\"HALT\"", "\"action\":\"CANCEL_ALL\"");
        assertThat(post("/api/close-positions", null).statusCode()).isEqualTo(200);
        assertThat(post("/api/close-positions?symbol=ETHUSDT", null).statusCode()).isEqualTo(200);
        assertThat(post("/api/cancel-orders", "{\"symbol\": \"xrpusdt\"}").statusCode()).isEqualTo(200);
        assertThat(post("/api/cancel-orders", null).statusCode()).isEqualTo(200);

        assertThat(pipeline.events()).extracting(e -> e.action() + " " + e.symbolId() + " " + e.argument()).containsExactly(
            "PAUSE 0 0", "RESUME 0 0", "HALT 0 1", "CANCEL_ALL 0 0", "FLATTEN 0 0", "FLATTEN 2 0", "CANCEL_ALL 4 0",
            "CANCEL_ALL 0 0");
        assertThat(pipeline.events()).allSatisfy(e -> assertThat(e.source()).isEqualTo(Source.ADMIN));
    }

    @Test
    void shouldAnswerBadInputWrongMethodAndUnknownPaths() throws Exception
    {
        assertThat(get("/api/nope").statusCode()).isEqualTo(404);
        assertThat(get("/index.html").statusCode()).isEqualTo(404);
        assertThat(get("/api/").statusCode()).isEqualTo(404);
        assertThat(get("/api/status/extra").statusCode()).isEqualTo(404);
        assertThat(get("/api/STATUS").statusCode()).isEqualTo(404);

        final HttpResponse<String> getControl = get("/api/pause");
        assertThat(getControl.statusCode()).isEqualTo(405);
        assertThat(getControl.headers().firstValue("Allow")).hasValue("POST");
        assertThat(post("/api/status", null).statusCode()).isEqualTo(405);
        assertThat(http("DELETE", "/api/emergency-stop", TOKEN, null).statusCode()).isEqualTo(405);

        final Map<String, String> bad = Map.of(
            "/api/trades?n=0", "trades: expected a count 1..1000, was '0' (usage: trades [n])",
            "/api/trades?limit=5", "trades: unknown parameter 'limit' (expected n)",
            "/api/status?verbose=1", "status: unknown parameter 'verbose' (it takes none)",
            "/api/trades?n=1&n=2", "parameter 'n' given 2 times");
        for (final Map.Entry<String, String> e : bad.entrySet())
        {
            final HttpResponse<String> response = get(e.getKey());
            assertThat(response.statusCode()).as(e.getKey()).isEqualTo(400);
            assertThat(response.body()).isEqualTo("{\"error\":\"" + e.getValue() + "\"}\n");
        }
        assertThat(post("/api/close-positions?symbol=DOGEUSDT", null).body())
            .contains("close-positions: unknown symbol 'DOGEUSDT'");
        assertThat(post("/api/close-positions", "{not json").statusCode()).isEqualTo(400);
        assertThat(post("/api/close-positions", "[\"BTCUSDT\"]").statusCode()).isEqualTo(400);
        assertThat(post("/api/close-positions", "{\"symbol\": {\"a\": 1}}").statusCode()).isEqualTo(400);
        assertThat(post("/api/close-positions?symbol=BTCUSDT", "{\"symbol\": \"ETHUSDT\"}").statusCode()).isEqualTo(400);
        assertThat(post("/api/pause", "{\"now\": true}").statusCode()).isEqualTo(400);
        assertThat(post("/api/pause", "x".repeat(20_000)).statusCode()).isEqualTo(413);

        assertThat(post("/api/set-risk?key=drawdownPause&value=7", null).statusCode()).isEqualTo(400);
        assertThat(post("/api/set-risk?key=nope&value=1", null).body()).contains("unknown risk key 'nope'");
        assertThat(post("/api/set-risk?key=drawdownPause", null).body())
            .contains("set-risk: expected parameters key and value");
        final HttpResponse<String> leverage = post("/api/set-risk", "{\"key\": \"leverage\", \"value\": 2}");
        assertThat(leverage.statusCode()).isEqualTo(400);
        assertThat(leverage.body()).isEqualTo("{\"error\":\"set-risk: risk.leverage cannot change at run time (open "
            + "positions keep theirs); change the configuration and restart\"}\n");
        assertThat(pipeline.events()).isEmpty();
        assertThat(pipeline.settingChanges()).isEmpty();

        final HttpResponse<String> setRisk = post("/api/set-risk", "{\"key\": \"drawdownPause\", \"value\": 0.10}");
        assertThat(setRisk.statusCode()).isEqualTo(200);
        assertThat(setRisk.body()).isEqualTo("{\"ok\":true,\"command\":\"set-risk\",\"events\":[{\"event\":"
            + "\"SettingChange\",\"key\":\"risk.drawdownPause\",\"value\":\"0.10000000\",\"commandId\":100,"
            + "\"sequence\":100}]}\n");
        assertThat(pipeline.settingChanges()).containsExactly(new AdminPipeline.Setting(100, Source.ADMIN,
            AdminPipeline.TIME_NS, 100, "risk.drawdownPause", "0.10000000"));
        assertThat(pipeline.events()).isEmpty();
        assertThat(get("/api/status").statusCode()).as("still serving").isEqualTo(200);
    }

    @Test
    void shouldAnswerMalformedHttpWithoutFalling() throws Exception
    {
        try (Socket socket = new Socket(LOOPBACK, server.httpAddress().getPort()))
        {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write("NOT HTTP AT ALL\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            final String status = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                StandardCharsets.US_ASCII)).readLine();
            seen.add(status);
            assertThat(status).startsWith("HTTP/1.1 4");
        }
        assertThat(get("/api/status").statusCode()).isEqualTo(200);
    }

    /** A telnet session whose replies are checked for the token at the end of the test. */
    private LineClient telnet() throws IOException
    {
        return new LineClient(server.telnetAddress().getPort(), seen::add);
    }

    @Test
    void shouldRefuseATelnetSessionThatDoesNotAuthenticateFirst() throws Exception
    {
        try (LineClient t = telnet())
        {
            t.send("status");
            assertThat(t.rest()).isEqualTo("refused: expected 'auth <token>' as the first line\n");
        }
        try (LineClient t = telnet())
        {
            t.send("auth " + TOKEN + "x");
            assertThat(t.rest()).isEqualTo("refused: wrong token\n");
        }
        try (LineClient t = telnet())
        {
            t.send("auth");
            assertThat(t.rest()).isEqualTo("refused: expected 'auth <token>' as the first line\n");
        }
        try (LineClient t = telnet())
        {
            t.send("emergency-stop");
            t.send("auth " + TOKEN);
            assertThat(t.rest()).isEqualTo("refused: expected 'auth <token>' as the first line\n");
        }
        assertThat(pipeline.events()).isEmpty();
    }

    @Test
    void shouldRunTelnetCommandsOneReplyEach() throws Exception
    {
        try (LineClient t = telnet())
        {
            assertThat(t.command("auth " + TOKEN)).isEqualTo("ok: authenticated (help lists the commands, quit closes)");
            assertThat(t.command("status")).contains("tradingState   RUNNING");
            assertThat(t.command("positions")).startsWith("symbol   side  qty").contains("BTCUSDT  LONG  0.010");
            assertThat(t.command("trades 1")).contains("STOP_LOSS").doesNotContain("TAKE_PROFIT");
            assertThat(t.command("help")).contains("emergency-stop", "close-positions [symbol]");
            assertThat(t.command("frobnicate")).isEqualTo("error: unknown command 'frobnicate' (try help)");
            assertThat(t.command("trades many")).isEqualTo("error: trades: expected a count 1..1000, was 'many' "
                + "(usage: trades [n])");
            assertThat(t.command("close-positions DOGEUSDT")).startsWith("error: close-positions: unknown symbol");
            assertThat(t.command("")).isEqualTo("error: empty command (try help)");
            assertThat(t.command("status\u0007")).isEqualTo("error: the command contains unprintable characters (try help)");
            assertThat(t.command("x".repeat(2000))).isEqualTo("error: line too long (at most 1024 characters)");
            assertThat(t.command("auth " + TOKEN)).isEqualTo("error: already authenticated");
            assertThat(t.command(TOKEN)).isEqualTo("error: unknown command '****' (try help)");
            assertThat(t.command("set-risk correlation.bars 50")).startsWith("error: set-risk: "
                + "risk.correlation.bars cannot change at run time");
            assertThat(t.command("pause")).isEqualTo("ok: pause queued: PAUSE all symbols (sequence 100)");
            assertThat(t.command("close-positions btcusdt")).isEqualTo("ok: close-positions queued: FLATTEN BTCUSDT "
                + "(sequence 101)");
            assertThat(t.command("emergency-stop")).isEqualTo("ok: emergency-stop queued: HALT and close positions all "
                + "symbols (sequence 102), CANCEL_ALL all symbols (sequence 103)");
            assertThat(t.command("cancel-orders ETHUSDT")).startsWith("ok: cancel-orders queued: CANCEL_ALL ETHUSDT");
            assertThat(t.command("resume")).startsWith("ok: resume queued: RESUME");
            assertThat(t.command("set-risk sizing.minConfidence 0.6")).isEqualTo("ok: set-risk queued: "
                + "risk.sizing.minConfidence=0.60000000 (sequence 106)");
            t.send("quit");
            assertThat(t.rest()).isEqualTo("bye\n\n");
        }
        assertThat(pipeline.events()).containsExactly(
            new AdminPipeline.Event(100, Source.ADMIN, AdminPipeline.TIME_NS, 100, "PAUSE", 0, 0),
            new AdminPipeline.Event(101, Source.ADMIN, AdminPipeline.TIME_NS, 101, "FLATTEN", 1, 0),
            new AdminPipeline.Event(102, Source.ADMIN, AdminPipeline.TIME_NS, 102, "HALT", 0, 1),
            new AdminPipeline.Event(103, Source.ADMIN, AdminPipeline.TIME_NS, 102, "CANCEL_ALL", 0, 0),
            new AdminPipeline.Event(104, Source.ADMIN, AdminPipeline.TIME_NS, 104, "CANCEL_ALL", 2, 0),
            new AdminPipeline.Event(105, Source.ADMIN, AdminPipeline.TIME_NS, 105, "RESUME", 0, 0));
        assertThat(pipeline.settingChanges()).containsExactly(new AdminPipeline.Setting(106, Source.ADMIN,
            AdminPipeline.TIME_NS, 106, "risk.sizing.minConfidence", "0.60000000"));
    }

    @Test
    void shouldServeBothFrontEndsAtOnce() throws Exception
    {
        try (LineClient a = telnet(); LineClient b = telnet())
        {
            assertThat(a.command("auth " + TOKEN)).startsWith("ok");
            assertThat(b.command("auth " + TOKEN)).startsWith("ok");
            assertThat(a.command("pause")).startsWith("ok");
            assertThat(post("/api/resume", null).statusCode()).isEqualTo(200);
            assertThat(b.command("cancel-orders")).startsWith("ok");
        }
        assertThat(pipeline.events()).extracting(AdminPipeline.Event::action)
            .containsExactly("PAUSE", "RESUME", "CANCEL_ALL");
    }

    @Test
    void shouldStayClosedWithoutATokenOrWhenDisabled()
    {
        final AdminCommands commands = pipeline.commands(new FakeEngineView());
        assertThat(AdminServer.start(AdminConfig.defaults(), Secrets.none(), commands)).isEmpty();
        final Secrets withToken = Secrets.load(ringfire.ops.config.SecretsConfig.defaults(), AdminConfig.defaults(),
            Map.of("RINGFIRE_ADMIN_TOKEN", TOKEN));
        final AdminConfig d = AdminConfig.defaults();
        assertThat(AdminServer.start(new AdminConfig(false, d.bind(), d.httpPort(), d.telnetPort(), null), withToken,
            commands)).isEmpty();
    }

    @Test
    void shouldSayWhichPortCannotBeBound()
    {
        final int taken = server.httpAddress().getPort();
        assertThatThrownBy(() -> AdminServer.start(new InetSocketAddress(LOOPBACK, taken),
            new InetSocketAddress(LOOPBACK, 0), Secret.of(TOKEN, "test"), pipeline.commands(new FakeEngineView())))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageStartingWith("admin HTTP: cannot listen on 127.0.0.1:" + taken + ": ")
            .satisfies(e -> assertThat(e.getMessage()).doesNotContain(TOKEN));
    }

    @Test
    void shouldNeverLogTheToken() throws Exception
    {
        final ch.qos.logback.classic.Logger logger =
            (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("ringfire.ops.admin");
        final ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> appender =
            new ch.qos.logback.core.read.ListAppender<>();
        appender.start();
        final ch.qos.logback.classic.Level level = logger.getLevel();
        logger.setLevel(ch.qos.logback.classic.Level.ALL);
        logger.addAppender(appender);
        try
        {
            http("GET", "/api/status", TOKEN + "x", null);
            post("/api/pause", null);
            post("/api/close-positions?symbol=" + TOKEN, null);
            post("/api/set-risk", "{\"key\": \"drawdownPause\", \"value\": \"" + TOKEN + "\"}");
            try (LineClient t = telnet())
            {
                t.send("auth " + TOKEN + "x");
                t.rest();
            }
            try (LineClient t = telnet())
            {
                t.command("auth " + TOKEN);
                t.command(TOKEN);
                t.command("cancel-orders " + TOKEN);
                t.command("resume");
            }
            pipeline.events();
        }
        finally
        {
            logger.detachAppender(appender);
            logger.setLevel(level);
        }
        assertThat(appender.list).extracting(ch.qos.logback.classic.spi.ILoggingEvent::getFormattedMessage)
            .anySatisfy(m -> assertThat(m).contains("admin http: pause"))
            .anySatisfy(m -> assertThat(m).contains("admin telnet: refused"))
            .allSatisfy(m -> assertThat(m).doesNotContain(TOKEN));
    }

    @Test
    void shouldBindLoopbackByDefault()
    {
        assertThat(server.httpAddress().getAddress().isLoopbackAddress()).isTrue();
        assertThat(AdminConfig.defaults().bind().getHostAddress()).isEqualTo("127.0.0.1");
    }
}
