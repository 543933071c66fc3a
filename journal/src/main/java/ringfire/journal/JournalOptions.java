package ringfire.journal;

import net.openhft.chronicle.core.time.SystemTimeProvider;
import net.openhft.chronicle.core.time.TimeProvider;
import net.openhft.chronicle.queue.RollCycles;

import java.util.Locale;

/**
 * How a journal is written. The roll cycle decides when Chronicle starts a new file (daily by default); it uses
 * the host clock, which only names files and never reaches a decision.
 */
public record JournalOptions(RollCycles rollCycle, TimeProvider timeProvider, long markTimeoutMs)
{
    public static final long DEFAULT_MARK_TIMEOUT_MS = 5_000;

    public static JournalOptions defaults()
    {
        return new JournalOptions(RollCycles.FAST_DAILY, SystemTimeProvider.INSTANCE, DEFAULT_MARK_TIMEOUT_MS);
    }

    public JournalOptions withTimeProvider(final TimeProvider provider)
    {
        return new JournalOptions(rollCycle, provider, markTimeoutMs);
    }

    /** Accepts {@code daily}, {@code hourly} or any Chronicle roll-cycle name such as {@code FAST_DAILY}. */
    public static RollCycles parseRollCycle(final String name)
    {
        final String n = name.trim().toUpperCase(Locale.ROOT);
        switch (n)
        {
            case "DAILY": return RollCycles.FAST_DAILY;
            case "HOURLY": return RollCycles.FAST_HOURLY;
            case "WEEKLY": return RollCycles.WEEKLY;
            default:
                for (final RollCycles c : RollCycles.values())
                {
                    if (c.name().equals(n))
                    {
                        return c;
                    }
                }
                throw new IllegalArgumentException("unknown roll cycle '" + name + "' (expected daily, hourly, weekly or "
                    + "a Chronicle RollCycles name)");
        }
    }
}
