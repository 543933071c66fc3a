package ringfire.engine.pipeline;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts faults (exceptions thrown by stages or the journal) and logs each distinct cause once, with the
 * sequence number of the event it happened on. A cause is the stage plus the exception class plus the frame
 * that threw. Only the fault path allocates.
 */
public final class Faults
{
    private static final Logger LOG = LoggerFactory.getLogger(Faults.class);

    private final AtomicLong total = new AtomicLong();
    private final Map<String, AtomicLong> byCause = new HashMap<>();

    public void record(final String stage, final long sequence, final Throwable fault)
    {
        total.incrementAndGet();
        final String cause = causeOf(stage, fault);
        final boolean first;
        synchronized (byCause)
        {
            final AtomicLong n = byCause.computeIfAbsent(cause, k -> new AtomicLong());
            first = n.getAndIncrement() == 0;
        }
        if (first)
        {
            LOG.error("fault in {} at sequence {} ({}); further faults of this cause are only counted",
                stage, sequence, cause, fault);
        }
    }

    public long total()
    {
        return total.get();
    }

    public int distinctCauses()
    {
        synchronized (byCause)
        {
            return byCause.size();
        }
    }

    public long count(final String cause)
    {
        synchronized (byCause)
        {
            final AtomicLong n = byCause.get(cause);
            return n == null ? 0 : n.get();
        }
    }

    /** Cause key: stage, exception class and the throwing frame. */
    public static String causeOf(final String stage, final Throwable fault)
    {
        final StackTraceElement[] trace = fault.getStackTrace();
        final String where = trace.length == 0 ? "?" : trace[0].getClassName() + "." + trace[0].getMethodName()
            + ":" + trace[0].getLineNumber();
        return stage + ": " + fault.getClass().getName() + " at " + where;
    }
}
