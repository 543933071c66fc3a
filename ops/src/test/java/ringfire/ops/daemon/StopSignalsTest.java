package ringfire.ops.daemon;

import org.junit.jupiter.api.Test;
import sun.misc.Signal;
import sun.misc.SignalHandler;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first SIGTERM/SIGINT asks for the graceful stop, a second one forces the exit. A real second signal cannot be
 * made to arrive deterministically during a real daemon's stop (it takes well under a second), so the forced exit
 * is checked here, in-process, with the halt replaced; {@link DaemonProcessTest} checks the first signal on a real
 * daemon process.
 */
class StopSignalsTest
{
    @Test
    void shouldAskForTheGracefulStopOnTheFirstSignalAndForceTheExitOnTheSecond()
    {
        final AtomicInteger stops = new AtomicInteger();
        final List<Integer> halts = new CopyOnWriteArrayList<>();
        final StopSignals signals = new StopSignals(stops::incrementAndGet, halts::add);

        signals.received("TERM", 15);
        assertThat(stops).hasValue(1);
        assertThat(halts).isEmpty();

        signals.received("TERM", 15);
        assertThat(halts).containsExactly(143);
        signals.received("INT", 2);
        assertThat(halts).containsExactly(143, 130);
        assertThat(stops).as("the graceful stop is asked for once").hasValue(1);
        assertThat(signals.received()).isEqualTo(3);
    }

    @Test
    void shouldHaltWithTheStatusOfTheSecondSignalWhateverTheFirstWas()
    {
        final List<Integer> halts = new CopyOnWriteArrayList<>();
        final StopSignals signals = new StopSignals(() -> { }, halts::add);
        signals.received("INT", 2);
        signals.received("TERM", 15);
        assertThat(halts).containsExactly(143);
    }

    @Test
    void shouldHandleRealSigtermAndSigintAndPutThePreviousHandlersBack() throws Exception
    {
        final Signal term = new Signal("TERM");
        final Signal intr = new Signal("INT");
        final String termBefore = handlerOf(term);
        final String intBefore = handlerOf(intr);
        assertThat(termBefore).doesNotStartWith(StopSignals.class.getName());
        final CountDownLatch stop = new CountDownLatch(1);
        final CountDownLatch halted = new CountDownLatch(1);
        final List<Integer> halts = new CopyOnWriteArrayList<>();
        try (StopSignals signals = StopSignals.install(StopSignals.NAMES, stop::countDown, status ->
        {
            halts.add(status);
            halted.countDown();
        }))
        {
            // both must be ours before raising: otherwise the JVM's own handler would end this test JVM
            assertThat(handlerOf(term)).startsWith(StopSignals.class.getName());
            assertThat(handlerOf(intr)).startsWith(StopSignals.class.getName());

            Signal.raise(term);
            assertThat(stop.await(30, TimeUnit.SECONDS)).as("the first signal asks for the stop").isTrue();
            assertThat(halts).isEmpty();
            Signal.raise(intr);
            assertThat(halted.await(30, TimeUnit.SECONDS)).as("the second signal forces the exit").isTrue();
            assertThat(halts).containsExactly(130);
            assertThat(signals.received()).isEqualTo(2);
        }
        assertThat(handlerOf(term)).isEqualTo(termBefore);
        assertThat(handlerOf(intr)).isEqualTo(intBefore);
    }

    /** The class of the signal's current handler (swapped out for a moment for an ignoring one, then back). */
    private static String handlerOf(final Signal signal)
    {
        final SignalHandler current = Signal.handle(signal, s -> { });
        Signal.handle(signal, current);
        return current.getClass().getName();
    }
}
