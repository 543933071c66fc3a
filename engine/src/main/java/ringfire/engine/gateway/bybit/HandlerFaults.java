package ringfire.engine.gateway.bybit;

import org.slf4j.Logger;

import java.util.HashSet;
import java.util.Set;

/** Counts exceptions thrown by the handlers the gateway calls; logs the first of each exception class. */
final class HandlerFaults
{
    private final Logger log;
    private final Set<Class<?>> seen = new HashSet<>();
    private volatile long total;

    HandlerFaults(final Logger log)
    {
        this.log = log;
    }

    void record(final RuntimeException e)
    {
        total++;
        if (seen.add(e.getClass()))
        {
            log.error("handler fault; further faults of this class are only counted", e);
        }
    }

    long total()
    {
        return total;
    }
}
