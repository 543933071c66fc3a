package ringfire.bench.latency;

import com.lmax.disruptor.EventHandler;
import com.lmax.disruptor.RingBuffer;
import com.lmax.disruptor.dsl.Disruptor;
import com.lmax.disruptor.dsl.EventHandlerGroup;
import com.lmax.disruptor.dsl.ProducerType;
import ringfire.engine.pipeline.BenchAccess;
import ringfire.engine.pipeline.EngineEvent;
import ringfire.engine.pipeline.Ingress;
import ringfire.engine.pipeline.PipelineConfig;

/**
 * Harness-only threading: the pipeline's ring with each step (journal, risk, exit-plan, strategy, execution and
 * release) on its own handler thread, each gated on the one before, so the fixed order holds per event.
 */
final class PerStageRingTarget implements Target
{
    private final Disruptor<EngineEvent> disruptor;
    private final RingBuffer<EngineEvent> ring;
    private final Ingress ingress;

    PerStageRingTarget(final PipelineConfig.Wait wait, final int ringSize, final StageStep[] steps)
    {
        disruptor = new Disruptor<>(EngineEvent::new, ringSize, HarnessRings.daemonThreads(n -> "bench-stage-" + n),
            ProducerType.MULTI, BenchAccess.newWaitStrategy(wait));
        EventHandlerGroup<EngineEvent> group = disruptor.handleEventsWith(handler(steps[0]));
        for (int i = 1; i < steps.length; i++)
        {
            group = group.then(handler(steps[i]));
        }
        disruptor.start();
        ring = disruptor.getRingBuffer();
        ingress = BenchAccess.ingressOver(ring, 1);
    }

    @SuppressWarnings("unchecked")
    private static EventHandler<EngineEvent>[] handler(final StageStep step)
    {
        return new EventHandler[] {step};
    }

    @Override
    public Ingress ingress()
    {
        return ingress;
    }

    @Override
    public void handOff()
    {
    }

    @Override
    public void awaitProcessed()
    {
        final long target = ring.getCursor();
        while (ring.getMinimumGatingSequence() < target)
        {
            Thread.yield();
        }
    }

    @Override
    public void close()
    {
        HarnessRings.shutdown(disruptor);
    }
}
