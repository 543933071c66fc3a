package ringfire.engine.metrics;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import ringfire.codecs.sbe.BarEncoder;
import ringfire.codecs.sbe.ExitReason;
import ringfire.codecs.sbe.ExitTriggeredEncoder;
import ringfire.codecs.sbe.GatewayState;
import ringfire.codecs.sbe.GatewayStatusEncoder;
import ringfire.codecs.sbe.MessageHeaderEncoder;
import ringfire.codecs.sbe.RiskReason;
import ringfire.codecs.sbe.RiskRejectEncoder;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The recording side on its own, with a hand-driven clock: exact values, no timing. */
class RecordingMetricsTest
{
    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[256]);
    private final MessageHeaderEncoder header = new MessageHeaderEncoder();
    private final AtomicLong now = new AtomicLong(42);
    private final RecordingMetrics metrics = new RecordingMetrics(now::get);

    @Test
    void shouldCountDecisionsByTypeAndReason()
    {
        final RiskRejectEncoder reject = new RiskRejectEncoder();
        reject.wrapAndApplyHeader(buffer, 0, header).reason(RiskReason.DAILY_LOSS);
        final int rejectLength = MessageHeaderEncoder.ENCODED_LENGTH + reject.encodedLength();
        metrics.decisionReleased(buffer, 0, rejectLength);
        metrics.decisionReleased(buffer, 0, rejectLength);
        final ExitTriggeredEncoder exit = new ExitTriggeredEncoder();
        exit.wrapAndApplyHeader(buffer, 0, header).reason(ExitReason.TRAILING_STOP);
        final int exitLength = MessageHeaderEncoder.ENCODED_LENGTH + exit.encodedLength();
        metrics.decisionReleased(buffer, 0, exitLength);

        final MetricsSnapshot m = metrics.snapshot();
        assertThat(m.riskRejects()).containsEntry("DAILY_LOSS", 2L).containsEntry("DRAWDOWN", 0L)
            .hasSize(RiskReason.values().length - 1);
        assertThat(m.exits()).containsEntry("TRAILING_STOP", 1L).containsEntry("STOP_LOSS", 0L)
            .hasSize(ExitReason.values().length - 1);
        assertThat(m.decisions()).containsExactly(java.util.Map.entry("EXIT_TRIGGERED", 1L),
            java.util.Map.entry("RISK_REJECT", 2L));
        assertThat(m.journalDecisionBytes()).isEqualTo(2L * rejectLength + exitLength);
    }

    @Test
    void shouldCountInputsByTypeAndGatewayStatusByState()
    {
        final GatewayStatusEncoder status = new GatewayStatusEncoder();
        status.wrapAndApplyHeader(buffer, 0, header).state(GatewayState.DISCONNECTED);
        metrics.eventDone(buffer, GatewayStatusEncoder.TEMPLATE_ID, 0, 0, 0, false);
        new BarEncoder().wrapAndApplyHeader(buffer, 0, header);
        metrics.eventDone(buffer, BarEncoder.TEMPLATE_ID, 0, 0, 0, false);
        metrics.eventDone(buffer, BarEncoder.TEMPLATE_ID, 0, 0, 0, false);
        metrics.eventDone(buffer, 999, 0, 0, 0, false);
        metrics.inputJournaled(100);
        metrics.inputJournaled(28);

        final MetricsSnapshot m = metrics.snapshot();
        assertThat(m.events()).containsEntry("BAR", 2L).containsEntry("GATEWAY_STATUS", 1L)
            .containsEntry("OTHER", 1L).hasSize(3);
        assertThat(m.gatewayStatus()).containsEntry("DISCONNECTED", 1L).containsEntry("CONNECTED", 0L);
        assertThat(m.journalInputBytes()).isEqualTo(128);
        assertThat(m.endToEnd().get("frame_to_processed").count()).as("no receipt time, no sample").isZero();
    }

    @Test
    void shouldMeasureFromTheFrameReceiptAndKeepTotalsAcrossSnapshots()
    {
        metrics.eventDone(buffer, BarEncoder.TEMPLATE_ID, 1_000, 3_000, 11_000, true);
        assertThat(metrics.snapshot().endToEnd().get("frame_to_decision").count()).isEqualTo(1);
        metrics.eventDone(buffer, BarEncoder.TEMPLATE_ID, 1_000, 2_000, 5_000, false);

        final MetricsSnapshot m = metrics.snapshot();
        final Latency pipeline = m.endToEnd().get("frame_to_pipeline");
        assertThat(pipeline.count()).isEqualTo(2);
        assertThat(pipeline.quantilesNs().get(0)).isBetween(1_000L, 1_010L);
        assertThat(pipeline.maxNs()).isBetween(2_000L, 2_020L);
        final Latency processed = m.endToEnd().get("frame_to_processed");
        assertThat(processed.maxNs()).isBetween(10_000L, 10_100L);
        assertThat(processed.sumNs()).isBetween(14_000.0, 14_140.0);
        final Latency decision = m.endToEnd().get("frame_to_decision");
        assertThat(decision.count()).as("only the event whose decisions were released").isEqualTo(1);
        assertThat(decision.maxNs()).isBetween(10_000L, 10_100L);
    }

    @Test
    void shouldClampNegativeAndHugeStepTimes()
    {
        metrics.step(PipelineStep.RISK, 10, 5);
        metrics.step(PipelineStep.RISK, 0, Long.MAX_VALUE);
        final Latency risk = metrics.snapshot().steps().get("risk");
        assertThat(risk.count()).isEqualTo(2);
        assertThat(risk.quantilesNs().get(0)).isZero();
        assertThat(risk.maxNs()).isGreaterThanOrEqualTo(LatencyTracker.HIGHEST_NS);
        assertThat(metrics.snapshot().steps()).containsOnlyKeys("journal_input", "risk", "exit_plan", "strategy",
            "execution", "journal_decisions", "egress");
    }

    @Test
    void shouldTakeQuantilesOverTheLastMinuteAndTotalsSinceStart()
    {
        for (int i = 0; i < 100; i++)
        {
            metrics.step(PipelineStep.EGRESS, 0, 1_000_000);
        }
        Latency egress = metrics.snapshot().steps().get("egress");
        assertThat(egress.windowCount()).isEqualTo(100);
        assertThat(egress.quantilesNs().get(4)).isBetween(1_000_000L, 1_010_000L);

        now.addAndGet(30_000_000_000L);
        metrics.step(PipelineStep.EGRESS, 0, 2_000);
        egress = metrics.snapshot().steps().get("egress");
        assertThat(egress.windowCount()).as("30 s later both reads are in the window").isEqualTo(101);

        now.addAndGet(40_000_000_000L);
        metrics.step(PipelineStep.EGRESS, 0, 3_000);
        egress = metrics.snapshot().steps().get("egress");
        assertThat(egress.windowCount()).as("70 s after the first read it has left the window").isEqualTo(2);
        assertThat(egress.quantilesNs().get(0)).isBetween(2_000L, 2_020L);
        assertThat(egress.quantilesNs().get(4)).isBetween(3_000L, 3_030L);
        assertThat(egress.count()).isEqualTo(102);
        assertThat(egress.maxNs()).as("the largest since start").isBetween(1_000_000L, 1_010_000L);

        now.addAndGet(120_000_000_000L);
        egress = metrics.snapshot().steps().get("egress");
        assertThat(egress.windowCount()).isZero();
        assertThat(egress.quantilesNs()).containsOnly(0L);
        assertThat(egress.count()).isEqualTo(102);
    }

    @Test
    void shouldNameTypesInUpperSnakeCase()
    {
        assertThat(RecordingMetrics.upperSnake("BookLevel")).isEqualTo("BOOK_LEVEL");
        assertThat(RecordingMetrics.upperSnake("Trade")).isEqualTo("TRADE");
        assertThat(RecordingMetrics.upperSnake("ExitPlanState")).isEqualTo("EXIT_PLAN_STATE");
    }
}
