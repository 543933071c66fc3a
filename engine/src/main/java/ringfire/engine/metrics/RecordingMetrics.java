package ringfire.engine.metrics;

import org.agrona.DirectBuffer;
import org.agrona.concurrent.NanoClock;
import ringfire.codecs.EventView;
import ringfire.codecs.sbe.ExitReason;
import ringfire.codecs.sbe.ExitTriggeredDecoder;
import ringfire.codecs.sbe.GatewayState;
import ringfire.codecs.sbe.GatewayStatusDecoder;
import ringfire.codecs.sbe.MessageHeaderDecoder;
import ringfire.codecs.sbe.RiskReason;
import ringfire.codecs.sbe.RiskRejectDecoder;
import ringfire.journal.dump.EventSchema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Pipeline metrics kept in {@link LatencyTracker}s (HdrHistogram single-writer recorders: wait-free,
 * allocation-free recording) and {@link Counters}. Every figure has one writing thread: the input journal's
 * figures the thread that journals inputs, the rest the stage thread. {@link #snapshot()} runs on any other
 * thread: it takes what the recorders hold since the last snapshot into the totals and the quantiles' window.
 */
public final class RecordingMetrics implements PipelineMetrics
{
    private static final int BODY = MessageHeaderDecoder.ENCODED_LENGTH;
    /** Slots of {@link #journalBytes}: one per writing thread's figure. */
    private static final int INPUT_BYTES = 1;
    private static final int DECISION_BYTES = 2;

    private final NanoClock clock;
    private final LatencyTracker[] steps = trackers(PipelineStep.values().length);
    private final LatencyTracker[] endToEnd = trackers(EndToEnd.values().length);
    private final Counters events = new Counters();
    private final Counters decisions = new Counters();
    private final Counters riskRejects = new Counters();
    private final Counters exits = new Counters();
    private final Counters gatewayStatus = new Counters();
    private final Counters journalBytes = new Counters();
    private final String[] typeNames = new String[Counters.SIZE];

    /**
     * @param clock monotonic; must be the clock the gateway stamps {@code receivedNs} with. Also places each
     *              snapshot in the quantiles' window.
     */
    public RecordingMetrics(final NanoClock clock)
    {
        this.clock = clock;
    }

    @Override
    public boolean enabled()
    {
        return true;
    }

    @Override
    public long nanoTime()
    {
        return clock.nanoTime();
    }

    @Override
    public void step(final PipelineStep step, final long startNs, final long endNs)
    {
        steps[step.ordinal()].record(endNs - startNs);
    }

    @Override
    public void inputJournaled(final int bytes)
    {
        journalBytes.add(INPUT_BYTES, bytes);
    }

    @Override
    public void decisionReleased(final DirectBuffer buffer, final int offset, final int length)
    {
        journalBytes.add(DECISION_BYTES, length);
        final int templateId = EventView.templateId(buffer, offset);
        decisions.increment(templateId);
        if (templateId == RiskRejectDecoder.TEMPLATE_ID)
        {
            riskRejects.increment(buffer.getByte(offset + BODY + RiskRejectDecoder.reasonEncodingOffset()) & 0xFF);
        }
        else if (templateId == ExitTriggeredDecoder.TEMPLATE_ID)
        {
            exits.increment(buffer.getByte(offset + BODY + ExitTriggeredDecoder.reasonEncodingOffset()) & 0xFF);
        }
    }

    @Override
    public void eventDone(final DirectBuffer input, final int templateId, final long receivedNs, final long startNs,
        final long endNs, final boolean released)
    {
        events.increment(templateId);
        if (templateId == GatewayStatusDecoder.TEMPLATE_ID)
        {
            gatewayStatus.increment(input.getByte(BODY + GatewayStatusDecoder.stateEncodingOffset()) & 0xFF);
        }
        if (receivedNs != 0)
        {
            endToEnd[EndToEnd.FRAME_TO_PIPELINE.ordinal()].record(startNs - receivedNs);
            endToEnd[EndToEnd.FRAME_TO_PROCESSED.ordinal()].record(endNs - receivedNs);
            if (released)
            {
                endToEnd[EndToEnd.FRAME_TO_DECISION.ordinal()].record(endNs - receivedNs);
            }
        }
    }

    /** The figures now; thread-safe, allocates (reader side only). */
    public synchronized MetricsSnapshot snapshot()
    {
        final long nowNs = clock.nanoTime();
        final Map<String, Latency> stepLatency = new LinkedHashMap<>();
        for (final PipelineStep step : PipelineStep.values())
        {
            stepLatency.put(step.label(), steps[step.ordinal()].read(nowNs));
        }
        final Map<String, Latency> endToEndLatency = new LinkedHashMap<>();
        for (final EndToEnd path : EndToEnd.values())
        {
            endToEndLatency.put(path.label(), endToEnd[path.ordinal()].read(nowNs));
        }
        final SortedMap<String, Long> rejects = new TreeMap<>();
        for (final RiskReason reason : RiskReason.values())
        {
            if (reason != RiskReason.NULL_VAL)
            {
                rejects.put(reason.name(), riskRejects.get(reason.value()));
            }
        }
        final SortedMap<String, Long> exitCounts = new TreeMap<>();
        for (final ExitReason reason : ExitReason.values())
        {
            if (reason != ExitReason.NULL_VAL)
            {
                exitCounts.put(reason.name(), exits.get(reason.value()));
            }
        }
        final SortedMap<String, Long> states = new TreeMap<>();
        for (final GatewayState state : GatewayState.values())
        {
            if (state != GatewayState.NULL_VAL)
            {
                states.put(state.name(), gatewayStatus.get(state.value()));
            }
        }
        return new MetricsSnapshot(byType(events), byType(decisions), Collections.unmodifiableSortedMap(rejects),
            Collections.unmodifiableSortedMap(exitCounts), Collections.unmodifiableSortedMap(states),
            journalBytes.get(INPUT_BYTES), journalBytes.get(DECISION_BYTES), Collections.unmodifiableMap(stepLatency),
            Collections.unmodifiableMap(endToEndLatency));
    }

    private SortedMap<String, Long> byType(final Counters counters)
    {
        final SortedMap<String, Long> out = new TreeMap<>();
        for (int code = 0; code < Counters.SIZE; code++)
        {
            final long n = counters.get(code);
            if (n != 0)
            {
                out.merge(typeName(code), n, Long::sum);
            }
        }
        return Collections.unmodifiableSortedMap(out);
    }

    private String typeName(final int templateId)
    {
        if (typeNames[templateId] == null)
        {
            typeNames[templateId] = templateId == 0 ? "OTHER" : upperSnake(EventSchema.instance().messageName(templateId));
        }
        return typeNames[templateId];
    }

    /** {@code BookLevel} → {@code BOOK_LEVEL}; anything but letters and digits becomes an underscore. */
    static String upperSnake(final String camel)
    {
        final StringBuilder out = new StringBuilder(camel.length() + 4);
        for (int i = 0; i < camel.length(); i++)
        {
            final char c = camel.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(camel.charAt(i - 1)))
            {
                out.append('_');
            }
            out.append(Character.isLetterOrDigit(c) ? Character.toUpperCase(c) : '_');
        }
        return out.toString();
    }

    private static LatencyTracker[] trackers(final int n)
    {
        final LatencyTracker[] out = new LatencyTracker[n];
        for (int i = 0; i < n; i++)
        {
            out[i] = new LatencyTracker();
        }
        return out;
    }
}
