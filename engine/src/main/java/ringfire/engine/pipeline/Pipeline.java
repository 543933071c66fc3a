package ringfire.engine.pipeline;

import com.lmax.disruptor.ExceptionHandler;
import com.lmax.disruptor.RingBuffer;
import com.lmax.disruptor.dsl.Disruptor;
import com.lmax.disruptor.dsl.ProducerType;
import ringfire.engine.metrics.PipelineMetrics;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The composition root of the pipeline: one Disruptor ring of preallocated {@link EngineEvent}s and its
 * consumers, in the fixed order
 *
 * <pre>
 *   journal(input) → risk → exit-plan → strategy → execution → journal(decisions) → egress
 * </pre>
 *
 * With {@link PipelineConfig.Mode#JOURNAL_PARALLEL} the input journal runs on a second thread alongside the
 * stages; decisions are journaled and released only after their input is journaled.
 */
public final class Pipeline implements AutoCloseable
{
    private final Disruptor<EngineEvent> disruptor;
    private final RingBuffer<EngineEvent> ring;
    private final Ingress ingress;
    private final Faults faults;
    private final NamedThreads threads;

    private Pipeline(final Disruptor<EngineEvent> disruptor, final NamedThreads threads, final long firstSequence,
        final Faults faults)
    {
        this.disruptor = disruptor;
        this.threads = threads;
        this.ring = disruptor.getRingBuffer();
        this.ingress = new Ingress(ring, firstSequence);
        this.faults = faults;
    }

    /**
     * Builds and starts a pipeline.
     *
     * @param firstSequence sequence number given to the first live input (continuing a journal: last + 1)
     */
    public static Pipeline start(
        final PipelineConfig config,
        final EventJournal journal,
        final Stages stages,
        final Egress egress,
        final Faults faults,
        final long firstSequence)
    {
        return start(config, journal, stages, egress, faults, firstSequence, PipelineMetrics.OFF);
    }

    /**
     * As {@link #start(PipelineConfig, EventJournal, Stages, Egress, Faults, long)}, reporting latencies and counts
     * to {@code metrics} ({@link PipelineMetrics#OFF} for none).
     */
    public static Pipeline start(
        final PipelineConfig config,
        final EventJournal journal,
        final Stages stages,
        final Egress egress,
        final Faults faults,
        final long firstSequence,
        final PipelineMetrics metrics)
    {
        config.validate(Runtime.getRuntime().availableProcessors());
        final NamedThreads threads = new NamedThreads();
        final Disruptor<EngineEvent> disruptor = new Disruptor<>(
            EngineEvent::new, config.ringSize(), threads, ProducerType.MULTI, config.waitStrategy().newStrategy());
        disruptor.setDefaultExceptionHandler(new FaultRecorder(faults));
        if (config.mode() == PipelineConfig.Mode.SINGLE)
        {
            disruptor.handleEventsWith(new StageHandler(stages.inOrder(), journal, egress, faults, null, metrics));
        }
        else
        {
            final InputJournalHandler inputJournal = new InputJournalHandler(journal, faults, metrics);
            disruptor.handleEventsWith(inputJournal, new StageHandler(stages.inOrder(), journal, egress, faults, inputJournal,
                metrics));
        }
        disruptor.start();
        return new Pipeline(disruptor, threads, firstSequence, faults);
    }

    public Ingress ingress()
    {
        return ingress;
    }

    public Faults faults()
    {
        return faults;
    }

    /** Waits until every event published so far has passed every stage. For replay, tests and shutdown. */
    public void awaitProcessed()
    {
        final long target = ring.getCursor();
        int spins = 0;
        while (ring.getMinimumGatingSequence() < target)
        {
            if (++spins < 1_000)
            {
                Thread.onSpinWait();
            }
            else
            {
                Thread.yield();
            }
        }
    }

    /**
     * Processes what is on the ring, then stops the pipeline threads and waits for them to end, so that their
     * shutdown work (closing their journal appenders) is done before the caller closes the journal.
     */
    @Override
    public void close()
    {
        try
        {
            disruptor.shutdown(30, TimeUnit.SECONDS);
        }
        catch (final com.lmax.disruptor.TimeoutException e)
        {
            disruptor.halt();
        }
        threads.join(TimeUnit.SECONDS.toMillis(30));
    }

    private static final class NamedThreads implements ThreadFactory
    {
        private final AtomicInteger count = new AtomicInteger();
        private final List<Thread> started = new CopyOnWriteArrayList<>();

        @Override
        public Thread newThread(final Runnable r)
        {
            final Thread t = new Thread(r, "ringfire-pipeline-" + count.incrementAndGet());
            t.setDaemon(true);
            started.add(t);
            return t;
        }

        /** Waits up to {@code timeoutMs} for each thread to end; gives up quietly when interrupted. */
        void join(final long timeoutMs)
        {
            for (final Thread t : started)
            {
                if (t == Thread.currentThread())
                {
                    continue;
                }
                try
                {
                    t.join(timeoutMs);
                }
                catch (final InterruptedException e)
                {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Anything escaping a handler is a fault too: counted, logged once per cause, the pipeline goes on. */
    private record FaultRecorder(Faults faults) implements ExceptionHandler<EngineEvent>
    {
        @Override
        public void handleEventException(final Throwable ex, final long sequence, final EngineEvent event)
        {
            faults.record("pipeline", event == null ? sequence : event.sequence(), ex);
        }

        @Override
        public void handleOnStartException(final Throwable ex)
        {
            faults.record("pipeline-start", -1, ex);
        }

        @Override
        public void handleOnShutdownException(final Throwable ex)
        {
            faults.record("pipeline-shutdown", -1, ex);
        }
    }
}
