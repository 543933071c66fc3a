package ringfire.ops.daemon;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringfire.engine.sim.SimExchange;
import ringfire.engine.sim.SimMain;
import ringfire.ops.cli.Home;
import ringfire.ops.config.AdminConfig;
import ringfire.ops.config.ConfigFile;
import ringfire.ops.config.RingfireConfig;
import ringfire.ops.metrics.PrometheusParser;
import ringfire.ops.secrets.Secrets;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daemon on the in-process simulated exchange with the admin port on loopback: {@code GET /metrics} shows the
 * pipeline's counts and the frame-to-pipeline latencies of the frames the gateway stamped, and the gateway's
 * counters. Waits for figures to appear; asserts no time.
 */
class DaemonMetricsTest
{
    private static final String TOKEN = "adm-daemon-metrics-93b1e0";

    @TempDir
    Path tmp;

    @Test
    void shouldExposeLiveMetricsOfTheRunningDaemon() throws Exception
    {
        final RingfireConfig paper = ConfigFile.load(Path.of("../config/paper.yaml"));
        final AdminConfig admin = new AdminConfig(true, InetAddress.getLoopbackAddress(), 0, 0, null);
        final RingfireConfig config = new RingfireConfig(paper.pipeline(), tmp.resolve("journal"), paper.journal(),
            paper.settings(), paper.mode(), paper.feed(), admin, paper.secrets(), paper.logging());
        final Secrets secrets = Secrets.load(config.secrets(), admin, Map.of(AdminConfig.TOKEN_ENV, TOKEN));
        final SimExchange sim = SimExchange.start(SimMain.parse("--speed", "60x", "--interval", "1m", "--bars",
            "BTCUSDT=" + Home.bundledData("BTCUSDT")));
        try (Daemon daemon = Daemon.start(config, secrets, sim);
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build())
        {
            final URI uri = URI.create("http://127.0.0.1:" + daemon.admin().orElseThrow().httpAddress().getPort()
                + "/metrics");
            final HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + TOKEN).build();
            PrometheusParser.Parsed parsed = null;
            final long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline)
            {
                final HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.headers().firstValue("Content-Type"))
                    .hasValue("text/plain; version=0.0.4; charset=utf-8");
                parsed = PrometheusParser.parse(response.body());
                if (parsed.value("ringfire_events_total", Map.of("type", "TRADE")) > 0
                    && parsed.value("ringfire_end_to_end_latency_seconds_count", Map.of("path", "frame_to_processed")) > 0)
                {
                    break;
                }
                Thread.sleep(100);
            }
            assertThat(parsed).isNotNull();
            PrometheusParser.checkSummaries(parsed);
            assertThat(parsed.value("ringfire_events_total", Map.of("type", "TRADE"))).isPositive();
            assertThat(parsed.value("ringfire_end_to_end_latency_seconds_count", Map.of("path", "frame_to_pipeline")))
                .isPositive();
            assertThat(parsed.value("ringfire_end_to_end_latency_seconds_count", Map.of("path", "frame_to_processed")))
                .isPositive();
            assertThat(parsed.value("ringfire_end_to_end_latency_max_seconds", Map.of("path", "frame_to_processed")))
                .isPositive();
            assertThat(parsed.value("ringfire_stage_latency_seconds_count", Map.of("stage", "risk"))).isPositive();
            assertThat(parsed.value("ringfire_journal_bytes_total", Map.of("kind", "input"))).isPositive();
            assertThat(parsed.value("ringfire_gateway_connections_total", Map.of())).isGreaterThanOrEqualTo(1);
            assertThat(parsed.value("ringfire_gateway_frames_total", Map.of())).isPositive();
            assertThat(parsed.value("ringfire_gateway_status_total", Map.of("state", "CONNECTED")))
                .isGreaterThanOrEqualTo(1);
            assertThat(parsed.value("ringfire_faults_total", Map.of())).isZero();

            final HttpResponse<String> json = client.send(HttpRequest.newBuilder(uri.resolve("/api/metrics"))
                .header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(json.statusCode()).isEqualTo(200);
            assertThat(json.body()).contains("\"ringfire_events_total{type=TRADE}\":",
                "\"ringfire_end_to_end_latency_seconds{path=frame_to_decision,quantile=0.99}\":", "\"gateway.frames\":");
        }
    }
}
