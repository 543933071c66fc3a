package ringfire.engine.execution.paper;

/**
 * Finds the funding times an event-time step crosses. Funding times are the multiples of the interval since the
 * epoch, which for an interval dividing 24 h are fixed UTC times of day (8 h: 00:00, 08:00, 16:00 UTC). A funding
 * time {@code T} is due when time moves from before {@code T} to {@code T} or later: {@code last < T <= now}.
 * The first time seen only starts the clock; time going backwards is ignored. Allocation-free.
 */
public final class FundingClock
{
    /** Returned by {@link #next()} when no further funding time is due. */
    public static final long NONE = Long.MIN_VALUE;

    private final long intervalNs;
    private boolean started;
    private long lastNs;
    private long nextDueNs;
    private long untilNs;

    public FundingClock(final long intervalNs)
    {
        if (intervalNs <= 0)
        {
            throw new IllegalArgumentException("funding interval must be positive: " + intervalNs);
        }
        this.intervalNs = intervalNs;
    }

    /** The first funding time strictly after {@code timeNs}. */
    public long nextAfter(final long timeNs)
    {
        return (Math.floorDiv(timeNs, intervalNs) + 1) * intervalNs;
    }

    /** Moves the clock to {@code timeNs}; then {@link #next()} yields each funding time crossed, oldest first. */
    public void advance(final long timeNs)
    {
        if (!started)
        {
            started = true;
            lastNs = timeNs;
            nextDueNs = NONE;
            return;
        }
        if (timeNs <= lastNs)
        {
            nextDueNs = NONE;
            return;
        }
        nextDueNs = nextAfter(lastNs);
        untilNs = timeNs;
        lastNs = timeNs;
    }

    /** The next funding time crossed by the last {@link #advance}, or {@link #NONE}. */
    public long next()
    {
        if (nextDueNs == NONE || nextDueNs > untilNs)
        {
            nextDueNs = NONE;
            return NONE;
        }
        final long due = nextDueNs;
        nextDueNs += intervalNs;
        return due;
    }
}
