package ringfire.engine.pipeline;

import com.lmax.disruptor.EventHandler;
import com.lmax.disruptor.RingBuffer;
import com.lmax.disruptor.WaitStrategy;
import ringfire.engine.metrics.PipelineMetrics;

import java.util.function.Consumer;

/**
 * The latency harness's way into the pipeline's package-private parts, so that its baselines (ArrayBlockingQueue
 * hand-offs, one thread per stage) run the very same stage handler, journal stage and event encoding as
 * {@link Pipeline} instead of copies of them. Bench module only; the engine does not ship this class.
 */
public final class BenchAccess
{
    private BenchAccess()
    {
    }

    /**
     * An {@link Ingress} over a ring that nothing consumes: a pool of preallocated events that producers encode
     * into exactly as they do on the pipeline's ring (the caller must keep fewer events in flight than the ring
     * holds, since nothing gates the producer).
     */
    public static Ingress ingressOver(final RingBuffer<EngineEvent> pool, final long firstSequence)
    {
        return new Ingress(pool, firstSequence);
    }

    /** The pipeline's own stage handler ({@link PipelineConfig.Mode#SINGLE}): journal, stages, release. */
    public static EventHandler<EngineEvent> singleThreadHandler(final Stages stages, final EventJournal journal,
        final Egress egress, final Faults faults)
    {
        return new StageHandler(stages.inOrder(), journal, egress, faults, null, PipelineMetrics.OFF);
    }

    /**
     * The pipeline's input-journal step: journals each event's input as the pipeline does (raising a locally
     * stamped input's time, marking it journaled or recording the fault). One per event stream: it keeps the
     * latest journaled time.
     */
    public static Consumer<EngineEvent> inputJournal(final EventJournal journal, final Faults faults)
    {
        return new InputJournalHandler(journal, faults, PipelineMetrics.OFF)::journal;
    }

    public static Stage[] inOrder(final Stages stages)
    {
        return stages.inOrder();
    }

    public static WaitStrategy newWaitStrategy(final PipelineConfig.Wait wait)
    {
        return wait.newStrategy();
    }
}
