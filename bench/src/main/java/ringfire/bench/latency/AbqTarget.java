package ringfire.bench.latency;

import com.lmax.disruptor.RingBuffer;
import ringfire.engine.pipeline.BenchAccess;
import ringfire.engine.pipeline.EngineEvent;
import ringfire.engine.pipeline.Ingress;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Baseline (a): the same inputs, encoded the same way into the same preallocated events, handed between threads
 * through {@link ArrayBlockingQueue}s ({@code put}/{@code take}) instead of the ring. With one consumer it runs
 * the pipeline's own stage handler; with one per step, a queue sits between journal, risk, exit-plan, strategy and
 * execution.
 *
 * <p>The events come from a pool: a ring nothing consumes, used only as the encoding buffer. The queues hold at
 * most {@value #QUEUE_CAPACITY} events each and {@code put} blocks when full, so fewer events are in flight than
 * the pool holds and none is overwritten while in use.
 */
final class AbqTarget implements Target
{
    static final int QUEUE_CAPACITY = 1024;
    private static final EngineEvent STOP = new EngineEvent();

    private final RingBuffer<EngineEvent> pool;
    private final Ingress ingress;
    private final List<BlockingQueue<EngineEvent>> queues = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final StageStep lastStep;
    private final Consumer<EngineEvent> single;
    private volatile long singleProcessed;
    private long handed = -1;

    /** One consumer thread running {@code handler} (the engine's stage handler) per event. */
    AbqTarget(final Consumer<EngineEvent> handler)
    {
        this(handler, null);
    }

    /** One thread per step, a queue before each. */
    AbqTarget(final StageStep[] steps)
    {
        this(null, steps);
    }

    private AbqTarget(final Consumer<EngineEvent> handler, final StageStep[] steps)
    {
        final int stepCount = steps == null ? 1 : steps.length;
        pool = RingBuffer.createMultiProducer(EngineEvent::new,
            Integer.highestOneBit(QUEUE_CAPACITY * (stepCount + 1)) * 2);
        ingress = BenchAccess.ingressOver(pool, 1);
        for (int i = 0; i <= stepCount; i++)
        {
            queues.add(new ArrayBlockingQueue<>(QUEUE_CAPACITY));
        }
        this.single = handler;
        this.lastStep = steps == null ? null : steps[steps.length - 1];
        for (int i = 0; i < stepCount; i++)
        {
            final BlockingQueue<EngineEvent> in = queues.get(i);
            final BlockingQueue<EngineEvent> out = queues.get(i + 1);
            final StageStep step = steps == null ? null : steps[i];
            final Thread t = new Thread(() -> consume(in, out, step), "bench-abq-" + (i + 1));
            t.setDaemon(true);
            threads.add(t);
        }
        threads.forEach(Thread::start);
    }

    private void consume(final BlockingQueue<EngineEvent> in, final BlockingQueue<EngineEvent> out,
        final StageStep step)
    {
        try
        {
            while (true)
            {
                final EngineEvent event = in.take();
                if (event == STOP)
                {
                    out.put(STOP);
                    break;
                }
                if (step == null)
                {
                    single.accept(event);
                    singleProcessed = singleProcessed + 1;
                }
                else
                {
                    step.apply(event);
                    if (step != lastStep)
                    {
                        out.put(event);
                    }
                }
            }
        }
        catch (final InterruptedException e)
        {
            Thread.currentThread().interrupt();
        }
        finally
        {
            if (step != null)
            {
                step.threadStopped();
            }
        }
    }

    @Override
    public Ingress ingress()
    {
        return ingress;
    }

    @Override
    public void handOff()
    {
        final long cursor = pool.getCursor();
        final BlockingQueue<EngineEvent> first = queues.get(0);
        try
        {
            while (handed < cursor)
            {
                first.put(pool.get(++handed));
            }
        }
        catch (final InterruptedException e)
        {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted handing inputs over", e);
        }
    }

    private long processed()
    {
        return lastStep == null ? singleProcessed : lastStep.processed();
    }

    @Override
    public void awaitProcessed()
    {
        while (processed() < handed + 1)
        {
            Thread.yield();
        }
    }

    @Override
    public void close()
    {
        try
        {
            queues.get(0).put(STOP);
            for (final Thread t : threads)
            {
                t.join(30_000);
            }
        }
        catch (final InterruptedException e)
        {
            Thread.currentThread().interrupt();
        }
    }
}
