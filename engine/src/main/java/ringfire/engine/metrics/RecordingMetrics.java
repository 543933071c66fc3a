package ringfire.engine.metrics;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.SingleWriterRecorder;
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

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Pipeline metrics kept in HdrHistogram {@link SingleWriterRecorder}s (wait-free, allocation-free recording, one
 * writer each) and {@link Counters}. Every figure has one writing thread: the input journal's figures the thread
 * that journals inputs, the rest the stage thread. {@link #snapshot()} runs on any other thread: it takes the
 * recorders' interval histograms and adds them to its totals since start.
 */
public final class RecordingMetrics implements PipelineMetrics
{
    /** Latencies above this (one minute) are recorded as this. */
    static final long HIGHEST_NS = 60_000_000_000L;
    private static final int DIGITS = 3;
    private static final int BODY = MessageHeaderDecoder.ENCODED_LENGTH;

    private final NanoClock clock;
    private final SingleWriterRecorder[] steps = recorders(PipelineStep.values().length);
    private final SingleWriterRecorder[] endToEnd = recorders(EndToEnd.values().length);
    private final Counters events = new Counters();
    private final Counters decisions = new Counters();
    private final Counters riskRejects = new Counters();
    private final Counters exits = new Counters();
    private final Counters gatewayStatus = new Counters();
    private final Counters journalBytes = new Counters();
    private final Histogram[] stepTotals = totals(steps.length);
    private final Histogram[] endToEndTotals = totals(endToEnd.length);
    private final Histogram[] stepIntervals = new Histogram[steps.length];
    private final Histogram[] endToEndIntervals = new Histogram[endToEnd.length];
    private final String[] typeNames = new String[Counters.SIZE];

    /** @param clock monotonic; must be the clock the gateway stamps {@code receivedNs} with */
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
        record(steps[step.ordinal()], endNs - startNs);
    }

    @Override
    public void inputJournaled(final int bytes)
    {
        journalBytes.add(1, bytes);
    }

    @Override
    public void decisionReleased(final DirectBuffer buffer, final int offset, final int length)
    {
        journalBytes.add(2, length);
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
            record(endToEnd[EndToEnd.FRAME_TO_PIPELINE.ordinal()], startNs - receivedNs);
            record(endToEnd[EndToEnd.FRAME_TO_PROCESSED.ordinal()], endNs - receivedNs);
            if (released)
            {
                record(endToEnd[EndToEnd.FRAME_TO_DECISION.ordinal()], endNs - receivedNs);
            }
        }
    }

    private static void record(final SingleWriterRecorder recorder, final long ns)
    {
        recorder.recordValue(ns < 0 ? 0 : Math.min(ns, HIGHEST_NS));
    }

    /** The figures now; thread-safe, allocates (reader side only). */
    public synchronized MetricsSnapshot snapshot()
    {
        final Map<String, Latency> stepLatency = new LinkedHashMap<>();
        for (final PipelineStep step : PipelineStep.values())
        {
            final int i = step.ordinal();
            stepIntervals[i] = steps[i].getIntervalHistogram(stepIntervals[i]);
            stepTotals[i].add(stepIntervals[i]);
            stepLatency.put(step.label(), latency(stepTotals[i]));
        }
        final Map<String, Latency> endToEndLatency = new LinkedHashMap<>();
        for (final EndToEnd path : EndToEnd.values())
        {
            final int i = path.ordinal();
            endToEndIntervals[i] = endToEnd[i].getIntervalHistogram(endToEndIntervals[i]);
            endToEndTotals[i].add(endToEndIntervals[i]);
            endToEndLatency.put(path.label(), latency(endToEndTotals[i]));
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
            journalBytes.get(1), journalBytes.get(2), Collections.unmodifiableMap(stepLatency),
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

    private static Latency latency(final Histogram h)
    {
        final long count = h.getTotalCount();
        final List<Long> quantiles = new ArrayList<>(Latency.QUANTILES.size());
        for (final double q : Latency.QUANTILES)
        {
            quantiles.add(count == 0 ? 0 : h.getValueAtPercentile(q * 100.0));
        }
        return new Latency(count, quantiles, count == 0 ? 0 : h.getMaxValue(), count == 0 ? 0 : h.getMean() * count);
    }

    private static SingleWriterRecorder[] recorders(final int n)
    {
        final SingleWriterRecorder[] out = new SingleWriterRecorder[n];
        for (int i = 0; i < n; i++)
        {
            out[i] = new SingleWriterRecorder(1, HIGHEST_NS, DIGITS);
        }
        return out;
    }

    private static Histogram[] totals(final int n)
    {
        final Histogram[] out = new Histogram[n];
        for (int i = 0; i < n; i++)
        {
            out[i] = new Histogram(1, HIGHEST_NS, DIGITS);
        }
        return out;
    }
}
