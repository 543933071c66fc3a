package ringfire.ops.admin;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ringfire.ops.metrics.MetricFamilies;
import ringfire.ops.metrics.MetricFamily;
import ringfire.ops.metrics.PrometheusParser;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /metrics} over a real loopback socket, and the metrics command showing the same figures. */
class MetricsEndpointTest
{
    private static final String TOKEN = "adm-metrics-5f0e2c9a71b3";
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    private final AdminPipeline pipeline = new AdminPipeline();
    private final FakeEngineView view = new FakeEngineView()
    {
        @Override
        public List<MetricFamily> metricFamilies()
        {
            if (failing)
            {
                throw new IllegalStateException("view unavailable");
            }
            return families();
        }

        @Override
        public SortedMap<String, Number> metrics()
        {
            return MetricFamilies.flat(families());
        }
    };
    private AdminHttp admin;

    private static List<MetricFamily> families()
    {
        final Map<String, String> quantile = new LinkedHashMap<>();
        quantile.put("stage", "risk");
        quantile.put("quantile", "0.5");
        return List.of(
            new MetricFamily("ringfire_events_total", MetricFamily.Type.COUNTER, "Inputs by type.", List.of(
                new MetricFamily.Sample("ringfire_events_total", Map.of("type", "TRADE"), 7L),
                new MetricFamily.Sample("ringfire_events_total", Map.of("type", "BAR"), 2L))),
            new MetricFamily("ringfire_stage_latency_seconds", MetricFamily.Type.SUMMARY, "Step latency.", List.of(
                new MetricFamily.Sample("ringfire_stage_latency_seconds", quantile, MetricFamilies.seconds(1_250)),
                new MetricFamily.Sample("ringfire_stage_latency_seconds_sum", Map.of("stage", "risk"),
                    MetricFamilies.seconds(2_500)),
                new MetricFamily.Sample("ringfire_stage_latency_seconds_count", Map.of("stage", "risk"), 2L))));
    }

    @BeforeEach
    void start()
    {
        admin = new AdminHttp(TOKEN, pipeline.commands(view));
    }

    @AfterEach
    void stop()
    {
        admin.close();
        pipeline.close();
    }

    @Test
    void shouldRefuseMetricsWithoutTheToken() throws Exception
    {
        final HttpResponse<String> none = admin.http("GET", "/metrics", null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"ringfire\"");
        assertThat(none.body()).doesNotContain("ringfire_events_total");
        assertThat(admin.http("GET", "/metrics", TOKEN + "x").statusCode()).isEqualTo(401);
    }

    @Test
    void shouldServeThePrometheusTextFormatWithTheToken() throws Exception
    {
        final HttpResponse<String> response = admin.http("GET", "/metrics", TOKEN);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
        assertThat(response.body()).startsWith("# HELP ringfire_events_total Inputs by type.\n")
            .contains("ringfire_events_total{type=\"TRADE\"} 7\n",
                "ringfire_stage_latency_seconds{stage=\"risk\",quantile=\"0.5\"} 0.000001250\n");
        final PrometheusParser.Parsed parsed = PrometheusParser.parse(response.body());
        assertThat(parsed.samples()).hasSize(5);
        PrometheusParser.checkSummaries(parsed);
        assertThat(pipeline.events()).isEmpty();
    }

    @Test
    void shouldAllowOnlyGet() throws Exception
    {
        final HttpResponse<String> post = admin.http("POST", "/metrics", TOKEN);
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).hasValue("GET");
        assertThat(admin.http("GET", "/metrics/", TOKEN).statusCode()).isEqualTo(404);
    }

    @Test
    void shouldAnswer500WhenTheViewFails() throws Exception
    {
        view.failing = true;
        final HttpResponse<String> response = admin.http("GET", "/metrics", TOKEN);
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).isEqualTo("{\"error\":\"metrics: internal error (IllegalStateException); see the log\"}\n");
    }

    @Test
    void shouldShowTheSameFiguresInTheMetricsCommandOverHttpAndTelnet() throws Exception
    {
        final HttpResponse<String> json = admin.http("GET", "/api/metrics", TOKEN);
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body()).isEqualTo("{\"ringfire_events_total{type=BAR}\":2,\"ringfire_events_total{type=TRADE}\":7,"
            + "\"ringfire_stage_latency_seconds_count{stage=risk}\":2,"
            + "\"ringfire_stage_latency_seconds_sum{stage=risk}\":0.000002500,"
            + "\"ringfire_stage_latency_seconds{stage=risk,quantile=0.5}\":0.000001250}\n");
        try (Socket socket = new Socket(LOOPBACK, admin.server().telnetAddress().getPort()))
        {
            socket.setSoTimeout(5000);
            final BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                StandardCharsets.UTF_8));
            final OutputStream out = socket.getOutputStream();
            out.write(("auth " + TOKEN + "\r\nmetrics\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            final StringBuilder text = new StringBuilder();
            int emptyLines = 0;
            while (emptyLines < 2)
            {
                final String line = in.readLine();
                if (line == null)
                {
                    break;
                }
                emptyLines += line.isEmpty() ? 1 : 0;
                text.append(line).append('\n');
            }
            assertThat(text.toString()).containsPattern("\nringfire_events_total\\{type=TRADE} +7\n")
                .contains("\nringfire_stage_latency_seconds{stage=risk,quantile=0.5}  0.000001250\n");
        }
    }
}
