package ringfire.engine.metrics;

import java.util.Map;
import java.util.SortedMap;

/**
 * The pipeline's figures at one moment, for rendering on another thread. Counters count since the metrics
 * started; names are upper-case ({@code TRADE}, {@code BOOK_LEVEL}, {@code DAILY_LOSS}).
 *
 * @param events          inputs processed, by event type
 * @param decisions       decisions journaled and released, by event type
 * @param riskRejects     RiskReject decisions by reason (every reason, zeros included)
 * @param exits           ExitTriggered decisions by reason (every reason, zeros included)
 * @param gatewayStatus   GatewayStatus inputs by state (every state, zeros included)
 * @param journalInputBytes     bytes of input frames appended to the journal
 * @param journalDecisionBytes  bytes of decision frames appended to the journal
 * @param steps           latency of each pipeline step, in pipeline order, by {@link PipelineStep#label()}
 * @param endToEnd        end-to-end latencies by {@link EndToEnd#label()}
 */
public record MetricsSnapshot(
    SortedMap<String, Long> events,
    SortedMap<String, Long> decisions,
    SortedMap<String, Long> riskRejects,
    SortedMap<String, Long> exits,
    SortedMap<String, Long> gatewayStatus,
    long journalInputBytes,
    long journalDecisionBytes,
    Map<String, Latency> steps,
    Map<String, Latency> endToEnd)
{
}
