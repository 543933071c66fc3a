package ringfire.bench.latency;

import com.lmax.disruptor.TimeoutException;
import com.lmax.disruptor.dsl.Disruptor;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/** Plumbing shared by the harness's own Disruptor rings: daemon handler threads, and a bounded shutdown. */
final class HarnessRings
{
    private HarnessRings()
    {
    }

    /** Daemon threads named by {@code names} from the thread's number, 1 for the first. */
    static ThreadFactory daemonThreads(final IntFunction<String> names)
    {
        final AtomicInteger count = new AtomicInteger();
        return r ->
        {
            final Thread t = new Thread(r, names.apply(count.incrementAndGet()));
            t.setDaemon(true);
            return t;
        };
    }

    /** Lets the handlers drain the ring for up to 30 s, then halts them. */
    static void shutdown(final Disruptor<?> disruptor)
    {
        try
        {
            disruptor.shutdown(30, TimeUnit.SECONDS);
        }
        catch (final TimeoutException e)
        {
            disruptor.halt();
        }
    }
}
