package ringfire.ops.daemon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import ringfire.journal.dump.JournalStats;
import ringfire.ops.admin.LineClient;
import ringfire.ops.cli.RingfireCli;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static ringfire.ops.daemon.JournalTail.admin;
import static ringfire.ops.daemon.JournalTail.entry;
import static ringfire.ops.daemon.JournalTail.reject;
import static ringfire.ops.daemon.JournalTail.type;

/**
 * The real daemon ({@code ./ringfire daemon --feed sim}) as a child process, driven over real loopback sockets with an
 * HTTP client and a telnet-style line client. One daemon serves the admin tests in order (token refusal, bad
 * commands, metrics, pause/resume, emergency stop) and is then stopped with SIGTERM; its journal is read live (as
 * {@code journal dump} does) to see what the commands did, and replayed at the end. Separate short-lived processes
 * check configuration errors, the refusal of a token file others may read, and SIGINT.
 *
 * <p>Waits poll for a condition with generous limits (a loaded 2-core machine); no duration is asserted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DaemonProcessTest
{
    private static final String TOKEN = "e2e-token-5c0d81f4a9b27e36";
    private static final Path PAPER = Path.of("../config/paper.yaml");
    private static final Duration START = Duration.ofSeconds(120);
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A Prometheus text exposition sample line: name, optional labels, value. */
    private static final Pattern PROMETHEUS_SAMPLE = Pattern.compile(
        "[a-zA-Z_:][a-zA-Z0-9_:]*(\\{[^}]*})? (-?[0-9.]+([eE][-+]?[0-9]+)?|NaN|[+-]Inf)( -?[0-9]+)?");

    @TempDir
    static Path tmp;

    private Path journal;
    private DaemonProcess daemon;
    private int httpPort;
    private int telnetPort;
    private HttpClient client;
    private JournalTail tail;
    /** Admin actions the tests queued, in order: the journal must hold exactly these. */
    private final List<String> queued = new ArrayList<>();

    @BeforeAll
    void startDaemon() throws Exception
    {
        journal = tmp.resolve("journal");
        final Path config = config("paper.yaml", "dir: var/journal", "dir: " + journal);
        daemon = DaemonProcess.start(tmp, Map.of("RINGFIRE_ADMIN_TOKEN", TOKEN), "daemon", "--config",
            config.toString(), "--feed", "sim", "--sim-speed", "3000x", "--admin-http-port", "0",
            "--admin-telnet-port", "0", "--stop-timeout", "60s");
        final String running = daemon.awaitLine(l -> l.startsWith("ringfire daemon running"), START);
        assertThat(running).as("the daemon did not start\n%s", daemon.transcript()).isNotNull();
        final int[] ports = DaemonProcess.adminPorts(running);
        httpPort = ports[0];
        telnetPort = ports[1];
        client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
        tail = new JournalTail(journal);
    }

    @AfterAll
    void stopDaemon() throws Exception
    {
        if (tail != null)
        {
            tail.close();
        }
        if (client != null)
        {
            client.close();
        }
        if (daemon != null)
        {
            daemon.close();
        }
    }

    @Test
    @Order(1)
    void shouldAnswerHealthWithoutATokenAndRefuseEverythingElseWithoutTheRightOne() throws Exception
    {
        final HttpResponse<String> health = http("GET", "/health", null, null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"ok\"}\n");

        for (final String token : new String[] {null, "wrong-token-0123456789", TOKEN.substring(1), TOKEN + "x"})
        {
            final HttpResponse<String> status = http("GET", "/api/status", token, null);
            assertThat(status.statusCode()).as("token %s", token).isEqualTo(401);
            assertThat(status.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"ringfire\"");
            assertThat(http("POST", "/api/emergency-stop", token, null).statusCode()).isEqualTo(401);
            assertThat(http("POST", "/api/pause", token, null).statusCode()).isEqualTo(401);
        }

        try (LineClient telnet = new LineClient(telnetPort))
        {
            telnet.send("status");
            assertThat(telnet.line()).isEqualTo("refused: expected 'auth <token>' as the first line");
            assertThat(telnet.line()).as("closed after the refusal").isNull();
        }
        try (LineClient telnet = new LineClient(telnetPort))
        {
            telnet.send("auth wrong-token-0123456789");
            assertThat(telnet.line()).isEqualTo("refused: wrong token");
            assertThat(telnet.line()).isNull();
        }
        try (LineClient telnet = new LineClient(telnetPort))
        {
            telnet.send("emergency-stop");
            assertThat(telnet.line()).startsWith("refused:");
            assertThat(telnet.line()).isNull();
        }
        try (LineClient telnet = new LineClient(telnetPort))
        {
            assertThat(telnet.auth(TOKEN)).startsWith("ok: authenticated");
            assertThat(telnet.command("status")).contains("mode", "paper", "feed");
        }
        assertThat(statusField("mode")).isEqualTo("paper");
    }

    @Test
    @Order(2)
    void shouldAnswerBadCommandsWithOneLineAndKeepRunning() throws Exception
    {
        assertThat(http("GET", "/api/frobnicate", TOKEN, null).statusCode()).isEqualTo(404);
        assertThat(http("GET", "/nowhere", TOKEN, null).statusCode()).isEqualTo(404);
        final HttpResponse<String> postQuery = http("POST", "/api/status", TOKEN, null);
        assertThat(postQuery.statusCode()).isEqualTo(405);
        assertThat(postQuery.headers().firstValue("Allow")).hasValue("GET");
        final HttpResponse<String> getControl = http("GET", "/api/pause", TOKEN, null);
        assertThat(getControl.statusCode()).isEqualTo(405);
        assertThat(getControl.headers().firstValue("Allow")).hasValue("POST");
        for (final String[] bad : new String[][] {
            {"GET", "/api/trades?n=abc", null},
            {"GET", "/api/status?verbose=1", null},
            {"POST", "/api/close-positions?symbol=NOPEUSDT", null},
            {"POST", "/api/cancel-orders", "not json"},
            {"POST", "/api/set-risk", "{\"key\": \"drawdownPause\"}"}})
        {
            final HttpResponse<String> response = http(bad[0], bad[1], TOKEN, bad[2]);
            assertThat(response.statusCode()).as("%s %s", bad[0], bad[1]).isEqualTo(400);
            assertThat(response.body().strip()).startsWith("{\"error\":").doesNotContain("\n");
        }

        try (LineClient telnet = new LineClient(telnetPort))
        {
            assertThat(telnet.auth(TOKEN)).startsWith("ok:");
            assertThat(telnet.command("frobnicate")).isEqualTo("error: unknown command 'frobnicate' (try help)");
            for (final String bad : List.of("trades abc", "close-positions NOPEUSDT", "pause now",
                "set-risk drawdownPause lots", ""))
            {
                final String reply = telnet.command(bad);
                assertThat(reply).as("'%s'", bad).startsWith("error:").doesNotContain("\n");
            }
            assertThat(telnet.command("status")).contains("paper");
        }
        assertThat(http("GET", "/health", null, null).statusCode()).isEqualTo(200);
        assertThat(daemon.isAlive()).isTrue();
        assertThat(statusField("faults")).isEqualTo("0");
    }

    @Test
    @Order(3)
    void shouldServeMetricsAsJsonOverHttpAndAsLinesOverTelnet() throws Exception
    {
        final HttpResponse<String> response = http("GET", "/api/metrics", TOKEN, null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        final JsonNode metrics = JSON.readTree(response.body());
        assertThat(metrics.isObject()).isTrue();
        assertThat(metrics.path("pipeline.faults").isIntegralNumber()).as(response.body()).isTrue();
        assertThat(metrics.path("pipeline.faults").asLong()).isZero();
        assertThat(metrics.path("pipeline.decisions").isIntegralNumber()).as(response.body()).isTrue();
        await("frames from the simulated exchange", () -> metric("gateway.frames") > 0);

        try (LineClient telnet = new LineClient(telnetPort))
        {
            assertThat(telnet.auth(TOKEN)).startsWith("ok:");
            final String lines = telnet.command("metrics");
            assertThat(lines).containsPattern("(?m)^gateway\\.frames +\\d+$").containsPattern(
                "(?m)^pipeline\\.decisions +\\d+$").containsPattern("(?m)^pipeline\\.faults +0$");
        }

        final HttpResponse<String> prometheus = http("GET", "/metrics", TOKEN, null);
        assertThat(prometheus.statusCode()).as("GET /metrics").isEqualTo(200);
        assertThat(prometheus.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain; version=0.0.4");
        final List<String> samples = new ArrayList<>();
        for (final String line : prometheus.body().split("\n"))
        {
            if (line.isBlank() || line.startsWith("#"))
            {
                assertThat(line.isBlank() || line.startsWith("# HELP ") || line.startsWith("# TYPE ")).as(line)
                    .isTrue();
                continue;
            }
            assertThat(line).matches(PROMETHEUS_SAMPLE);
            samples.add(line);
        }
        assertThat(samples).anyMatch(l -> l.startsWith("ringfire_events_total{"));
        assertThat(prometheus.body()).contains("# TYPE ");
        assertThat(http("GET", "/metrics", null, null).statusCode()).as("GET /metrics without the token").isEqualTo(401);
    }

    @Test
    @Order(4)
    void shouldRefuseEntriesWhilePausedAndAllowThemAgainAfterResume() throws Exception
    {
        final HttpResponse<String> pause = control("POST", "/api/pause", "PAUSE");
        assertThat(pause.body()).contains("\"action\":\"PAUSE\"");
        await("status PAUSED", () -> "PAUSED".equals(statusField("tradingState")));
        await("an entry refused for the trading state while paused",
            () -> tail.after(admin("PAUSE"), reject("TRADING_STATE")));

        try (LineClient telnet = new LineClient(telnetPort))
        {
            assertThat(telnet.auth(TOKEN)).startsWith("ok:");
            assertThat(telnet.command("resume")).startsWith("ok: resume queued: RESUME all symbols");
            queued.add("RESUME");
        }
        await("status RUNNING", () -> "RUNNING".equals(statusField("tradingState")));
        await("an entry after resume", () -> tail.after(admin("RESUME"), entry()));

        final int paused = tail.find(0, admin("PAUSE"));
        final int resumed = tail.find(0, admin("RESUME"));
        assertThat(paused).isLessThan(resumed);
        assertThat(tail.between(paused, resumed, operatorChange())).singleElement().satisfies(c ->
            assertThat(c.path("fromState").asText() + ">" + c.path("toState").asText()).isEqualTo("RUNNING>PAUSED"));
        assertThat(tail.between(paused, resumed, entry())).as("entries while paused").isEmpty();
        assertThat(tail.between(paused, resumed, reject("TRADING_STATE"))).isNotEmpty();
        assertThat(tail.between(resumed, -1, operatorChange())).first().satisfies(c ->
            assertThat(c.path("fromState").asText() + ">" + c.path("toState").asText()).isEqualTo("PAUSED>RUNNING"));
        assertThat(tail.between(resumed, -1, reject("TRADING_STATE"))).as("refused after resume").isEmpty();
        assertThat(tail.between(0, paused, reject("TRADING_STATE"))).as("refused before the pause").isEmpty();
    }

    @Test
    @Order(5)
    void shouldHaltCloseThePositionAndRefuseEntriesOnEmergencyStop() throws Exception
    {
        // Stop while a position is open, so that its closing can be seen. The strategy may close it between the
        // moment the test sees it open and the moment the halt is processed; then resume and try the next one.
        int halt = -1;
        for (int attempt = 1; attempt <= 8 && halt < 0; attempt++)
        {
            final int from = tail.poll().size();
            await("a position opened", () -> tail.find(from, r -> type("PositionUpdate").test(r)
                && !"FLAT".equals(r.path("side").asText())) >= 0);
            final HttpResponse<String> stop = control("POST", "/api/emergency-stop", "HALT", "CANCEL_ALL");
            assertThat(stop.body()).contains("\"action\":\"HALT\"", "\"argument\":1", "\"action\":\"CANCEL_ALL\"");
            await("the halt in the journal", () -> tail.find(from, admin("HALT")) >= 0);
            final int at = tail.find(from, admin("HALT"));
            if (openAt(at))
            {
                halt = at;
            }
            else
            {
                await("status HALTED", () -> "HALTED".equals(statusField("tradingState")));
                control("POST", "/api/resume", "RESUME");
                await("status RUNNING", () -> "RUNNING".equals(statusField("tradingState")));
            }
        }
        assertThat(halt).as("no attempt halted with a position open").isNotNegative();
        final int at = halt;
        await("status HALTED", () -> "HALTED".equals(statusField("tradingState")));
        await("the position flat after the halt", () -> tail.find(at, r -> type("PositionUpdate").test(r)
            && "FLAT".equals(r.path("side").asText())) >= 0);
        await("an entry refused for the trading state after the halt",
            () -> tail.find(at, reject("TRADING_STATE")) >= 0);

        final JsonNode haltCommand = tail.records().get(at);
        assertThat(haltCommand.path("argument").asLong()).as("HALT and close positions").isEqualTo(1);
        final int cancel = tail.find(at, admin("CANCEL_ALL"));
        assertThat(cancel).isPositive();
        assertThat(tail.records().get(cancel).path("commandId").asLong()).isEqualTo(haltCommand.path("commandId").asLong());
        assertThat(tail.between(at, -1, operatorChange())).first().satisfies(c ->
            assertThat(c.path("toState").asText()).isEqualTo("HALTED"));
        assertThat(tail.between(at, -1, type("ExitTriggered"))).first().satisfies(e ->
            assertThat(e.path("reason").asText()).isEqualTo("HALT"));
        assertThat(tail.between(at, -1, r -> type("OrderIntent").test(r) && "EXIT".equals(r.path("purpose").asText())))
            .isNotEmpty();
        assertThat(tail.between(at, -1, entry())).as("entries after the halt").isEmpty();
        assertThat(tail.between(at, -1, type("PositionUpdate"))).last().satisfies(p ->
            assertThat(p.path("side").asText()).isEqualTo("FLAT"));

        // the view follows the core snapshot, published after each event with decisions: flat and nothing resting
        for (final String query : List.of("positions", "orders"))
        {
            await(query + " empty after the emergency stop", () ->
            {
                final JsonNode list = JSON.readTree(http("GET", "/api/" + query, TOKEN, null).body()).path(query);
                return list.isArray() && list.isEmpty();
            });
        }
    }

    @Test
    @Order(6)
    void shouldStopOnSigtermWithStatus0AndLeaveAJournalThatReplaysOk() throws Exception
    {
        daemon.terminate();
        final Integer exit = daemon.awaitExit(WAIT);
        assertThat(exit).as(daemon.transcript()).isEqualTo(0);
        // status 0 is the daemon's own handler: the JVM's default handling of SIGTERM exits 143
        assertThat(daemon.out()).contains("ringfire daemon stopped");
        assertThat(daemon.err()).as(daemon.transcript()).isBlank();
        assertThat(daemon.out() + daemon.err()).as("the token in the output").doesNotContain(TOKEN);

        tail.poll();
        assertThat(tail.between(0, -1, type("AdminCommand"))).extracting(r -> r.path("action").asText())
            .as("refused and bad commands queued nothing").containsExactlyElementsOf(queued);
        assertThat(tail.between(0, -1, type("SessionStart"))).hasSize(1);
        tail.close();
        tail = null;

        assertThat(JournalStats.of(journal).count("AdminCommand")).isEqualTo(queued.size());
        final DaemonTest.Run replay = DaemonTest.run("replay", journal.toString());
        assertThat(replay.exit()).as(replay.out() + replay.err()).isZero();
        assertThat(replay.out()).startsWith("replay OK");
    }

    @Test
    @Order(10)
    void shouldRefuseConfigurationErrorsInOneLineNamingTheFileAndTheKey() throws Exception
    {
        final String[][] cases = {
            {"unknown-key.yaml", "ringSize: 4096", "ringSise: 4096", "pipeline.ringSise: unknown key"},
            {"wrong-type.yaml", "httpPort: 8420", "httpPort: lots", "admin.httpPort: wrong type"}};
        for (final String[] c : cases)
        {
            final Path config = config(c[0], c[1], c[2]);
            final Path never = tmp.resolve("never-" + c[0]);
            try (DaemonProcess run = DaemonProcess.start(tmp, Map.of("RINGFIRE_ADMIN_TOKEN", TOKEN), "daemon",
                "--config", config.toString(), "--feed", "sim", "--journal", never.toString(),
                "--admin-http-port", "0", "--admin-telnet-port", "0"))
            {
                assertThat(run.awaitExit(WAIT)).as(run.transcript()).isEqualTo(2);
                assertThat(run.err().strip()).as(run.transcript()).doesNotContain("\n").contains(config.toString(), c[3]);
                assertThat(run.out()).isEmpty();
            }
            assertThat(never).doesNotExist();
        }
    }

    @Test
    @Order(11)
    void shouldRefuseATokenFileOthersMayReadAndServeWithAnOwnerOnlyOneUntilSigint() throws Exception
    {
        final String fileToken = "file-token-9d3e6a1b7c20f458";
        final Path tokenFile = tmp.resolve("admin-token");
        Files.writeString(tokenFile, fileToken + "\n");
        final Path config = config("token-file.yaml", "  # tokenFile: /etc/ringfire/admin-token",
            "  tokenFile: " + tokenFile);
        final Path fileJournal = tmp.resolve("file-journal");
        final String[] args = {"daemon", "--config", config.toString(), "--feed", "sim", "--journal",
            fileJournal.toString(), "--admin-http-port", "0", "--admin-telnet-port", "0", "--stop-timeout", "60s"};

        Files.setPosixFilePermissions(tokenFile, PosixFilePermissions.fromString("rw-r-----"));
        try (DaemonProcess refused = DaemonProcess.start(tmp, Map.of(), args))
        {
            assertThat(refused.awaitExit(WAIT)).as(refused.transcript()).isEqualTo(2);
            assertThat(refused.err().strip()).as(refused.transcript()).doesNotContain("\n")
                .contains(tokenFile.toString(), "mode rw-r-----", "chmod 600");
            assertThat(refused.out() + refused.err()).doesNotContain(fileToken);
        }
        assertThat(fileJournal).as("refused before anything started").doesNotExist();

        Files.setPosixFilePermissions(tokenFile, PosixFilePermissions.fromString("rw-------"));
        try (DaemonProcess served = DaemonProcess.start(tmp, Map.of(), args))
        {
            final String running = served.awaitLine(l -> l.startsWith("ringfire daemon running"), START);
            assertThat(running).as(served.transcript()).isNotNull();
            final int[] ports = DaemonProcess.adminPorts(running);
            try (LineClient telnet = new LineClient(ports[1]))
            {
                assertThat(telnet.auth(fileToken)).startsWith("ok: authenticated");
                assertThat(telnet.command("status")).contains("paper");
            }
            try (LineClient telnet = new LineClient(ports[1]))
            {
                telnet.send("auth " + TOKEN);
                assertThat(telnet.line()).as("the environment's token is not used").isEqualTo("refused: wrong token");
            }
            served.signal("INT");
            assertThat(served.awaitExit(WAIT)).as(served.transcript()).isEqualTo(0);
            assertThat(served.out()).contains("ringfire daemon stopped");
            assertThat(served.out() + served.err()).doesNotContain(fileToken);
        }
        final DaemonTest.Run replay = DaemonTest.run("replay", fileJournal.toString());
        assertThat(replay.exit()).as(replay.out() + replay.err()).isZero();
        assertThat(replay.out()).startsWith("replay OK");
    }

    /** A trading state change an operator made (not a breaker's soft block). */
    private static Predicate<JsonNode> operatorChange()
    {
        return r -> type("TradingStateChange").test(r) && "OPERATOR".equals(r.path("reason").asText());
    }

    /** Whether a position was open, with no exit on its way, when the record at {@code at} was journaled. */
    private boolean openAt(final int at)
    {
        int last = -1;
        for (int i = 0; i < at; i++)
        {
            if (type("PositionUpdate").test(tail.records().get(i)))
            {
                last = i;
            }
        }
        return last >= 0 && !"FLAT".equals(tail.records().get(last).path("side").asText())
            && tail.between(last, at, r -> type("OrderIntent").test(r) && "EXIT".equals(r.path("purpose").asText()))
            .isEmpty();
    }

    /** paper.yaml with one replacement, written to {@code tmp/name}. */
    private Path config(final String name, final String from, final String to) throws Exception
    {
        final String text = Files.readString(PAPER);
        assertThat(text).contains(from);
        final Path file = tmp.resolve(name);
        Files.writeString(file, text.replace(from, to));
        return file;
    }

    private HttpResponse<String> http(final String method, final String path, final String token, final String body)
        throws Exception
    {
        final HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path))
            .timeout(Duration.ofSeconds(30))
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null)
        {
            request.header("Authorization", "Bearer " + token);
        }
        final HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.body() + response.headers().map()).as("the token in a response").doesNotContain(TOKEN);
        return response;
    }

    /** A control over HTTP that must be accepted; {@code actions} are the events it queues. */
    private HttpResponse<String> control(final String method, final String path, final String... actions)
        throws Exception
    {
        final HttpResponse<String> response = http(method, path, TOKEN, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        queued.addAll(List.of(actions));
        return response;
    }

    private String statusField(final String field) throws Exception
    {
        final HttpResponse<String> status = http("GET", "/api/status", TOKEN, null);
        assertThat(status.statusCode()).isEqualTo(200);
        return JSON.readTree(status.body()).path(field).asText();
    }

    private long metric(final String name) throws Exception
    {
        return JSON.readTree(http("GET", "/api/metrics", TOKEN, null).body()).path(name).asLong();
    }

    /** A condition that may throw (an HTTP call). */
    @FunctionalInterface
    private interface Condition
    {
        boolean holds() throws Exception;
    }

    /** Polls the condition (reading the journal on) until it holds; fails after {@link #WAIT} or if the daemon ends. */
    private void await(final String what, final Condition condition) throws Exception
    {
        final long deadline = System.nanoTime() + WAIT.toNanos();
        while (true)
        {
            if (tail != null)
            {
                tail.poll();
            }
            if (condition.holds())
            {
                return;
            }
            if (!daemon.isAlive())
            {
                fail("the daemon ended while waiting for " + what + "\n" + daemon.transcript());
            }
            if (System.nanoTime() - deadline > 0)
            {
                fail("no " + what + " within " + WAIT.toSeconds() + " s (" + tail.seen() + " journal records read)");
            }
            Thread.sleep(20);
        }
    }
}
