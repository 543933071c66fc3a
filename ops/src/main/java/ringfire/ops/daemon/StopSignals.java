package ringfire.ops.daemon;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;
import sun.misc.SignalHandler;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * The daemon's SIGTERM and SIGINT handling. The first signal asks for the graceful stop (it runs {@code onFirst}
 * and returns; the daemon's main thread does the stop and exits 0). A second signal, while that stop is under way,
 * logs one line and halts the JVM at once with status 128 + the signal's number (143 for TERM, 130 for INT),
 * without running shutdown hooks: the journal keeps what was written, a record being written may be lost.
 *
 * <p>Installed with {@code sun.misc.Signal} (module jdk.unsupported). A signal that {@code Signal.handle} refuses
 * keeps the JVM's default handling (logged): the JVM shuts down, the daemon's shutdown hook does the same graceful
 * stop, the status is 128 + the signal's number, and a second signal cannot force the exit. {@link #close()} puts
 * the previous handlers back, so that an in-process run (tests) leaves the JVM as it found it.
 */
final class StopSignals implements AutoCloseable
{
    static final List<String> NAMES = List.of("TERM", "INT");
    private static final Logger LOG = LoggerFactory.getLogger(StopSignals.class);

    private final Runnable onFirst;
    private final IntConsumer halt;
    private final AtomicInteger received = new AtomicInteger();
    private final List<Signal> signals = new ArrayList<>();
    private final List<SignalHandler> previous = new ArrayList<>();

    StopSignals(final Runnable onFirst, final IntConsumer halt)
    {
        this.onFirst = onFirst;
        this.halt = halt;
    }

    /** Handles SIGTERM and SIGINT; a forced exit halts the JVM. */
    static StopSignals install(final Runnable onFirst)
    {
        return install(NAMES, onFirst, code -> Runtime.getRuntime().halt(code));
    }

    /**
     * Handles the named signals (without the SIG prefix).
     *
     * @param halt called with the exit status on a second signal; it is not expected to return
     */
    static StopSignals install(final List<String> names, final Runnable onFirst, final IntConsumer halt)
    {
        final StopSignals handlers = new StopSignals(onFirst, halt);
        for (final String name : names)
        {
            try
            {
                final Signal signal = new Signal(name);
                final SignalHandler before = Signal.handle(signal, s -> handlers.received(s.getName(), s.getNumber()));
                handlers.signals.add(signal);
                handlers.previous.add(before);
            }
            catch (final IllegalArgumentException | UnsupportedOperationException e)
            {
                LOG.warn("SIG{} cannot be handled here ({}); it stops the daemon through the JVM's shutdown hook, "
                    + "and a second one cannot force the exit", name, e.getMessage());
            }
        }
        return handlers;
    }

    /** What a delivered signal does: the first asks for the graceful stop, the second forces the exit. */
    void received(final String name, final int number)
    {
        if (received.incrementAndGet() == 1)
        {
            LOG.info("ringfire daemon: SIG{} received: stopping gracefully (a second signal forces the exit)", name);
            onFirst.run();
            return;
        }
        final int status = 128 + number;
        LOG.error("ringfire daemon: second signal (SIG{}) during the graceful stop: forced exit {}, the journal "
            + "keeps what was written", name, status);
        halt.accept(status);
    }

    /** Signals received so far. */
    int received()
    {
        return received.get();
    }

    /** Puts the previous handlers back. */
    @Override
    public void close()
    {
        for (int i = 0; i < signals.size(); i++)
        {
            try
            {
                Signal.handle(signals.get(i), previous.get(i));
            }
            catch (final IllegalArgumentException e)
            {
                LOG.warn("SIG{}: the previous handler could not be restored: {}", signals.get(i).getName(),
                    e.getMessage());
            }
        }
        signals.clear();
        previous.clear();
    }
}
