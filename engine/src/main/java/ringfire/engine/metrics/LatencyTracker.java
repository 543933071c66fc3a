package ringfire.engine.metrics;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.SingleWriterRecorder;

import java.util.ArrayList;
import java.util.List;

/**
 * One latency: a {@link SingleWriterRecorder} written by one pipeline thread (wait-free, allocation-free), and on
 * the reading side its totals since start plus a sliding window for the quantiles. The window is made of
 * {@link #SLOTS} slots of {@link #SLOT_NS}; what was recorded between two reads counts in the slot of the later
 * read, so the quantiles cover about the last minute of reads, and at least everything since the previous one.
 */
final class LatencyTracker
{
    /** Latencies above this (one minute) are recorded as this. */
    static final long HIGHEST_NS = 60_000_000_000L;
    static final long SLOT_NS = 10_000_000_000L;
    static final int SLOTS = 6;
    /** 1 % resolution keeps a tracker's histograms at about 30 KB each. */
    private static final int DIGITS = 2;

    private final SingleWriterRecorder recorder = new SingleWriterRecorder(1, HIGHEST_NS, DIGITS);
    private final Histogram total = histogram();
    private final Histogram window = histogram();
    private final Histogram[] slots = new Histogram[SLOTS];
    private final long[] slotIds = new long[SLOTS];
    private Histogram interval;

    LatencyTracker()
    {
        for (int i = 0; i < SLOTS; i++)
        {
            slots[i] = histogram();
            slotIds[i] = Long.MIN_VALUE / 2;
        }
    }

    /** Writer side: one thread only. Negative values count as 0, values above {@link #HIGHEST_NS} as that. */
    void record(final long ns)
    {
        recorder.recordValue(ns < 0 ? 0 : Math.min(ns, HIGHEST_NS));
    }

    /** Reader side, under the caller's lock: takes what was recorded since the last read. */
    Latency read(final long nowNs)
    {
        interval = recorder.getIntervalHistogram(interval);
        total.add(interval);
        final long slotId = Math.floorDiv(nowNs, SLOT_NS);
        final int slot = (int)Math.floorMod(slotId, (long)SLOTS);
        if (slotIds[slot] != slotId)
        {
            slots[slot].reset();
            slotIds[slot] = slotId;
        }
        slots[slot].add(interval);
        window.reset();
        for (int i = 0; i < SLOTS; i++)
        {
            if (slotId - slotIds[i] < SLOTS)
            {
                window.add(slots[i]);
            }
        }
        final long windowCount = window.getTotalCount();
        final List<Long> quantiles = new ArrayList<>(Latency.QUANTILES.size());
        for (final double q : Latency.QUANTILES)
        {
            quantiles.add(windowCount == 0 ? 0 : window.getValueAtPercentile(q * 100.0));
        }
        final long count = total.getTotalCount();
        return new Latency(count, count == 0 ? 0 : total.getMean() * count, count == 0 ? 0 : total.getMaxValue(),
            windowCount, quantiles);
    }

    private static Histogram histogram()
    {
        return new Histogram(1, HIGHEST_NS, DIGITS);
    }
}
