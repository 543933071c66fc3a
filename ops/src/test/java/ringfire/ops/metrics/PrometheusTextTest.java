package ringfire.ops.metrics;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import ringfire.codecs.sbe.BarEncoder;
import ringfire.codecs.sbe.MessageHeaderEncoder;
import ringfire.codecs.sbe.RiskReason;
import ringfire.codecs.sbe.RiskRejectEncoder;
import ringfire.engine.metrics.PipelineStep;
import ringfire.engine.metrics.RecordingMetrics;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The Prometheus text of the engine's figures, read back with a strict parser. */
class PrometheusTextTest
{
    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[256]);
    private final MessageHeaderEncoder header = new MessageHeaderEncoder();

    private List<MetricFamily> engineFamilies()
    {
        final RecordingMetrics metrics = new RecordingMetrics(() -> 0);
        new BarEncoder().wrapAndApplyHeader(buffer, 0, header);
        metrics.eventDone(buffer, BarEncoder.TEMPLATE_ID, 1_000, 2_000, 3_000, false);
        metrics.eventDone(buffer, BarEncoder.TEMPLATE_ID, 1_000, 51_000, 251_000, true);
        for (int i = 1; i <= 1000; i++)
        {
            metrics.step(PipelineStep.RISK, 0, i * 100L);
        }
        final RiskRejectEncoder reject = new RiskRejectEncoder();
        reject.wrapAndApplyHeader(buffer, 0, header).reason(RiskReason.DAILY_LOSS);
        metrics.decisionReleased(buffer, 0, MessageHeaderEncoder.ENCODED_LENGTH + reject.encodedLength());
        final TreeMap<String, Long> undecoded = new TreeMap<>(Map.of("MALFORMED_JSON", 3L, "UNKNOWN_TOPIC", 0L));
        return MetricFamilies.engine(metrics.snapshot(), new GatewayFigures(3, 1234, 1, 0, undecoded), 5);
    }

    @Test
    void shouldWriteEverySampleUnderAPrecedingTypeWithValidNames()
    {
        final String text = PrometheusText.render(engineFamilies());
        final PrometheusParser.Parsed parsed = PrometheusParser.parse(text);

        assertThat(parsed.types().keySet()).allMatch(name -> name.startsWith("ringfire_"))
            .allMatch(parsed.help()::containsKey);
        assertThat(parsed.types()).containsEntry("ringfire_events_total", "counter")
            .containsEntry("ringfire_stage_latency_seconds", "summary")
            .containsEntry("ringfire_stage_latency_max_seconds", "gauge")
            .containsEntry("ringfire_end_to_end_latency_seconds", "summary");
        assertThat(parsed.value("ringfire_events_total", Map.of("type", "BAR"))).isEqualTo(2);
        assertThat(parsed.value("ringfire_risk_rejects_total", Map.of("reason", "DAILY_LOSS"))).isEqualTo(1);
        assertThat(parsed.value("ringfire_risk_rejects_total", Map.of("reason", "DRAWDOWN"))).isZero();
        assertThat(parsed.value("ringfire_exits_total", Map.of("reason", "TAKE_PROFIT"))).isZero();
        assertThat(parsed.value("ringfire_gateway_reconnects_total", Map.of())).isEqualTo(2);
        assertThat(parsed.value("ringfire_gateway_malformed_messages_total", Map.of("kind", "MALFORMED_JSON")))
            .isEqualTo(3);
        assertThat(parsed.value("ringfire_faults_total", Map.of())).isEqualTo(5);
        assertThat(parsed.value("ringfire_journal_bytes_total", Map.of("kind", "decision"))).isPositive();
        PrometheusParser.checkSummaries(parsed);
    }

    @Test
    void shouldGiveLatenciesInSecondsWithQuantilesCountAndMax()
    {
        final PrometheusParser.Parsed parsed = PrometheusParser.parse(PrometheusText.render(engineFamilies()));
        final String risk = "ringfire_stage_latency_seconds";
        assertThat(parsed.of(risk).stream().filter(s -> s.labels().get("stage").equals("risk")).map(s ->
            s.labels().getOrDefault("quantile", s.name()))).containsExactly("0.5", "0.9", "0.99", "0.999", "0.9999",
            risk + "_sum", risk + "_count");
        // 100 ns .. 100 µs in steps of 100 ns: the median is 50 µs, the 0.9 quantile 90 µs (within 1 %)
        assertThat(parsed.value(risk, Map.of("stage", "risk", "quantile", "0.5"))).isCloseTo(50e-6, within(0.5e-6));
        assertThat(parsed.value(risk, Map.of("stage", "risk", "quantile", "0.9"))).isCloseTo(90e-6, within(0.9e-6));
        assertThat(parsed.value(risk + "_count", Map.of("stage", "risk"))).isEqualTo(1000);
        assertThat(parsed.value(risk + "_sum", Map.of("stage", "risk"))).isCloseTo(0.05005, within(0.0005));
        assertThat(parsed.value("ringfire_stage_latency_max_seconds", Map.of("stage", "risk")))
            .isCloseTo(100e-6, within(1e-6));
        assertThat(parsed.value(risk + "_count", Map.of("stage", "strategy"))).isZero();

        final String e2e = "ringfire_end_to_end_latency_seconds";
        assertThat(parsed.value(e2e + "_count", Map.of("path", "frame_to_processed"))).isEqualTo(2);
        assertThat(parsed.value(e2e + "_count", Map.of("path", "frame_to_decision"))).isEqualTo(1);
        assertThat(parsed.value(e2e, Map.of("path", "frame_to_decision", "quantile", "0.99")))
            .isCloseTo(250e-6, within(2.5e-6));
    }

    @Test
    void shouldEscapeLabelValuesAndHelp()
    {
        final String odd = "a\"b\\c\nd";
        final MetricFamily family = new MetricFamily("test_total", MetricFamily.Type.COUNTER, "help with \\ and\nbreak",
            List.of(new MetricFamily.Sample("test_total", Map.of("kind", odd), 7L)));
        final String text = PrometheusText.render(List.of(family));
        assertThat(text).isEqualTo("""
            # HELP test_total help with \\\\ and\\nbreak
            # TYPE test_total counter
            test_total{kind="a\\"b\\\\c\\nd"} 7
            """);
        final PrometheusParser.Parsed parsed = PrometheusParser.parse(text);
        assertThat(parsed.samples()).singleElement().satisfies(s -> assertThat(s.labels()).containsEntry("kind", odd));
        assertThat(parsed.help()).containsEntry("test_total", "help with \\ and\nbreak");
    }

    @Test
    void shouldWriteValuesAsTheFormatReadsThem()
    {
        assertThat(PrometheusText.value(42L)).isEqualTo("42");
        assertThat(PrometheusText.value(new BigDecimal("0.000012345"))).isEqualTo("0.000012345");
        assertThat(PrometheusText.value(MetricFamilies.seconds(1_500))).isEqualTo("0.000001500");
        assertThat(PrometheusText.value(Double.NaN)).isEqualTo("NaN");
        assertThat(PrometheusText.value(Double.POSITIVE_INFINITY)).isEqualTo("+Inf");
        assertThat(PrometheusText.value(Double.NEGATIVE_INFINITY)).isEqualTo("-Inf");
        assertThat(PrometheusText.value(0.25)).isEqualTo("0.25");
    }

    @Test
    void shouldRefuseInvalidNamesAndStraySamples()
    {
        assertThatThrownBy(() -> PrometheusText.render(List.of(counter("1bad", "x", Map.of()))))
            .hasMessage("invalid Prometheus metric name: 1bad");
        assertThatThrownBy(() -> PrometheusText.render(List.of(counter("ok_total", "ok_total", Map.of("bad-label", "v")))))
            .hasMessage("invalid Prometheus label name: bad-label");
        assertThatThrownBy(() -> PrometheusText.render(List.of(counter("ok_total", "ok_total", Map.of("__reserved", "v")))))
            .hasMessage("invalid Prometheus label name: __reserved");
        assertThatThrownBy(() -> PrometheusText.render(List.of(counter("ok_total", "ok_total_sum", Map.of()))))
            .hasMessage("sample ok_total_sum does not belong to counter ok_total");
        assertThatThrownBy(() -> PrometheusParser.parse("x_total 1\n"))
            .hasMessageContaining("sample without a preceding TYPE");
    }

    @Test
    void shouldShowTheSameFiguresFlattenedForTheAdminCommand()
    {
        final List<MetricFamily> families = engineFamilies();
        final Map<String, Number> flat = MetricFamilies.flat(families);
        final PrometheusParser.Parsed parsed = PrometheusParser.parse(PrometheusText.render(families));
        assertThat(flat).hasSize(parsed.samples().size());
        assertThat(flat.get("ringfire_events_total{type=BAR}")).isEqualTo(2L);
        assertThat(flat.get("ringfire_stage_latency_seconds{stage=risk,quantile=0.5}").toString()).startsWith("0.0000");
        for (final PrometheusParser.Sample s : parsed.samples())
        {
            final StringBuilder key = new StringBuilder(s.name());
            if (!s.labels().isEmpty())
            {
                key.append('{');
                s.labels().forEach((k, v) -> key.append(k).append('=').append(v).append(','));
                key.setCharAt(key.length() - 1, '}');
            }
            assertThat(flat.get(key.toString()).doubleValue()).as(key.toString()).isEqualTo(s.value());
        }
    }

    private static MetricFamily counter(final String family, final String sample, final Map<String, String> labels)
    {
        return new MetricFamily(family, MetricFamily.Type.COUNTER, "help",
            List.of(new MetricFamily.Sample(sample, labels, 1L)));
    }
}
