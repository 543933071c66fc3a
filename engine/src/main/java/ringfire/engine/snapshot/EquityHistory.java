package ringfire.engine.snapshot;

/**
 * Equity after the last event of each minute of market time, at that time, for the last
 * {@code capacity} minutes that had an event: a ring on the pipeline thread, allocation-free per event, copied
 * into an immutable {@link EquitySeries} when asked. The minute still in progress is not in it (the snapshot's own
 * market time and equity are the latest point). Time is taken as never going back: an earlier time counts as the
 * latest time seen.
 */
final class EquityHistory
{
    private static final long MINUTE_NS = 60_000_000_000L;

    private final long[] timesNs;
    private final long[] equities;
    private long minute = Long.MIN_VALUE;
    private long lastTimeNs;
    private long lastEquity;
    private int start;
    private int count;
    private long version;

    EquityHistory(final int capacity)
    {
        timesNs = new long[capacity];
        equities = new long[capacity];
    }

    /** Records the equity after an event; returns true when it closed a minute (a point was added). */
    boolean onEvent(final long timeNs, final long equity)
    {
        final long t = minute == Long.MIN_VALUE ? timeNs : Math.max(timeNs, lastTimeNs);
        final long m = Math.floorDiv(t, MINUTE_NS);
        final boolean closed = minute != Long.MIN_VALUE && m != minute;
        if (closed)
        {
            add(lastTimeNs, lastEquity);
        }
        minute = m;
        lastTimeNs = t;
        lastEquity = equity;
        return closed;
    }

    private void add(final long timeNs, final long equity)
    {
        final int capacity = timesNs.length;
        final int i = (start + count) % capacity;
        timesNs[i] = timeNs;
        equities[i] = equity;
        if (count < capacity)
        {
            count++;
        }
        else
        {
            start = (start + 1) % capacity;
        }
        version++;
    }

    /** Incremented with each point added. */
    long version()
    {
        return version;
    }

    /** The closed minutes, oldest first. Allocates. */
    EquitySeries copy()
    {
        final long[] t = new long[count];
        final long[] e = new long[count];
        for (int k = 0; k < count; k++)
        {
            final int i = (start + k) % timesNs.length;
            t[k] = timesNs[i];
            e[k] = equities[i];
        }
        return new EquitySeries(t, e);
    }
}
