package ringfire.ops.metrics;

import ringfire.engine.metrics.Latency;
import ringfire.engine.metrics.MetricsSnapshot;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The engine's figures as metric families: counters by type and reason, gateway counters, and latencies as
 * summaries in seconds (quantiles over about the last minute, count and sum since start, within 1 %) with their
 * maximum since start as a gauge. The admin {@code metrics} command shows the same samples flattened by
 * {@link #flat}.
 */
public final class MetricFamilies
{
    public static final String PREFIX = "ringfire_";

    private MetricFamilies()
    {
    }

    /** Everything the daemon exposes: pipeline, gateway and faults. */
    public static List<MetricFamily> engine(final MetricsSnapshot pipeline, final GatewayFigures gateway,
        final long faults)
    {
        final List<MetricFamily> out = new ArrayList<>(pipeline(pipeline));
        out.addAll(gateway(gateway));
        out.add(faults(faults));
        return List.copyOf(out);
    }

    /** The pipeline's counters and latencies. */
    public static List<MetricFamily> pipeline(final MetricsSnapshot m)
    {
        final List<MetricFamily> out = new ArrayList<>();
        out.add(counter("events_total", "Inputs processed by the pipeline, by event type.", "type", m.events()));
        out.add(counter("decisions_total", "Decisions journaled and released, by event type.", "type",
            m.decisions()));
        out.add(counter("risk_rejects_total", "Entries rejected by the pre-trade checks, by reason.", "reason",
            m.riskRejects()));
        out.add(counter("exits_total", "Exits triggered, by reason.", "reason", m.exits()));
        out.add(counter("gateway_status_total", "GatewayStatus inputs on the ring, by state.", "state",
            m.gatewayStatus()));
        final SortedMap<String, Long> journal = new TreeMap<>();
        journal.put("decision", m.journalDecisionBytes());
        journal.put("input", m.journalInputBytes());
        out.add(counter("journal_bytes_total", "Bytes of SBE frames appended to the journal, by kind.", "kind",
            journal));
        latency(out, "stage_latency_seconds", "Time one pipeline step takes per event", "stage", m.steps());
        latency(out, "end_to_end_latency_seconds", "Time from receiving a network frame to a point in the "
            + "pipeline (frame_to_decision: its decisions journaled and released)", "path", m.endToEnd());
        return out;
    }

    /** The market-data gateway's counters. */
    public static List<MetricFamily> gateway(final GatewayFigures g)
    {
        return List.of(
            counter("gateway_connections_total", "WebSocket connections established (handshake completed).",
                g.connections()),
            counter("gateway_reconnects_total", "Connections established after the first.", g.reconnects()),
            counter("gateway_frames_total", "WebSocket frames received.", g.frames()),
            counter("gateway_heartbeat_timeouts_total", "Connections declared dead after a silence.",
                g.heartbeatTimeouts()),
            counter("gateway_handler_faults_total", "Exceptions thrown while handling a received frame.",
                g.handlerFaults()),
            counter("gateway_malformed_messages_total", "Messages that produced no event (malformed, unknown or "
                + "skipped), by kind.", "kind", g.undecoded()));
    }

    /** Pipeline faults: exceptions thrown by stages, the journal or the egress. */
    public static MetricFamily faults(final long total)
    {
        return counter("faults_total", "Faults (exceptions) in the pipeline stages, journal or egress.", total);
    }

    /**
     * Every sample as {@code name{label=value,...}} (values unquoted) → value, for the admin {@code metrics}
     * command: the same figures as the Prometheus text.
     */
    public static SortedMap<String, Number> flat(final List<MetricFamily> families)
    {
        final SortedMap<String, Number> out = new TreeMap<>();
        for (final MetricFamily family : families)
        {
            for (final MetricFamily.Sample s : family.samples())
            {
                final StringBuilder key = new StringBuilder(s.name());
                if (!s.labels().isEmpty())
                {
                    key.append('{');
                    s.labels().forEach((k, v) -> key.append(k).append('=').append(v).append(','));
                    key.setCharAt(key.length() - 1, '}');
                }
                out.put(key.toString(), s.value());
            }
        }
        return out;
    }

    private static MetricFamily counter(final String name, final String help, final long value)
    {
        return new MetricFamily(PREFIX + name, MetricFamily.Type.COUNTER, help,
            List.of(new MetricFamily.Sample(PREFIX + name, Map.of(), value)));
    }

    private static MetricFamily counter(final String name, final String help, final String label,
        final Map<String, Long> values)
    {
        final List<MetricFamily.Sample> samples = new ArrayList<>();
        values.forEach((k, v) -> samples.add(new MetricFamily.Sample(PREFIX + name, Map.of(label, k), v)));
        return new MetricFamily(PREFIX + name, MetricFamily.Type.COUNTER, help, samples);
    }

    private static void latency(final List<MetricFamily> out, final String name, final String help,
        final String label, final Map<String, Latency> latencies)
    {
        final String family = PREFIX + name;
        final List<MetricFamily.Sample> samples = new ArrayList<>();
        final List<MetricFamily.Sample> max = new ArrayList<>();
        latencies.forEach((key, l) ->
        {
            for (int i = 0; i < Latency.QUANTILES.size(); i++)
            {
                final Map<String, String> labels = new LinkedHashMap<>();
                labels.put(label, key);
                labels.put("quantile", Latency.QUANTILES.get(i).toString());
                samples.add(new MetricFamily.Sample(family, labels, seconds(l.quantilesNs().get(i))));
            }
            samples.add(new MetricFamily.Sample(family + "_sum", Map.of(label, key),
                seconds(Math.round(l.sumNs()))));
            samples.add(new MetricFamily.Sample(family + "_count", Map.of(label, key), l.count()));
            max.add(new MetricFamily.Sample(PREFIX + maxName(name), Map.of(label, key), seconds(l.maxNs())));
        });
        out.add(new MetricFamily(family, MetricFamily.Type.SUMMARY, help + ", in seconds; quantiles over about the "
            + "last minute, count and sum since start (HdrHistogram, within 1 %).", samples));
        out.add(new MetricFamily(PREFIX + maxName(name), MetricFamily.Type.GAUGE, help
            + ": the largest since start, in seconds.", max));
    }

    private static String maxName(final String name)
    {
        return name.substring(0, name.length() - "_seconds".length()) + "_max_seconds";
    }

    /** Nanoseconds as exact seconds. */
    public static BigDecimal seconds(final long ns)
    {
        return BigDecimal.valueOf(ns, 9);
    }
}
