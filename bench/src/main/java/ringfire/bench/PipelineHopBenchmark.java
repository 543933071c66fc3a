package ringfire.bench;

import com.lmax.disruptor.BlockingWaitStrategy;
import com.lmax.disruptor.BusySpinWaitStrategy;
import com.lmax.disruptor.EventHandler;
import com.lmax.disruptor.RingBuffer;
import com.lmax.disruptor.SleepingWaitStrategy;
import com.lmax.disruptor.WaitStrategy;
import com.lmax.disruptor.YieldingWaitStrategy;
import com.lmax.disruptor.dsl.Disruptor;
import com.lmax.disruptor.dsl.ProducerType;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import ringfire.engine.pipeline.EngineEvent;
import ringfire.engine.pipeline.Egress;
import ringfire.engine.pipeline.EventJournal;
import ringfire.engine.pipeline.Faults;
import ringfire.engine.pipeline.Pipeline;
import ringfire.engine.pipeline.PipelineConfig;
import ringfire.engine.session.TradingStages;
import ringfire.engine.settings.EngineSettings;

import java.util.concurrent.TimeUnit;

/**
 * One input through the ring and every stage, publish to processed, per wait strategy: the round trip of one
 * event when the pipeline thread is idle, i.e. mostly the cost of waking it. With {@code wiring=ringfire} the input
 * is a heartbeat timer tick through {@link Pipeline} with {@link TradingStages} (every stage looks at it, none acts)
 * and a no-op journal, so the number is the pipeline's own cost; Chronicle appends are
 * {@link JournalAppendBenchmark}, the stages' work on real events {@link PipelineBarsBenchmark}.
 *
 * <p>Baseline, same run ({@code wiring=bare}): a long published onto a bare Disruptor ring of the same size, producer
 * type and wait strategy with an empty handler, awaited the same way ({@link Pipeline#awaitProcessed}'s
 * spin-then-yield loop). ringfire / bare is what Ringfire adds to a hop. The wiring is the last parameter, so JMH
 * runs the two of each wait strategy back to back.
 *
 * <p>Every variant needs the benchmark thread and the pipeline thread on a core at the same moment: on a 2-core
 * machine with anything else running, a hop regularly waits for a scheduler time slice, and the spinning strategies
 * (BUSY_SPIN, YIELDING) suffer most. Read these numbers with the machine's load in mind.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PipelineHopBenchmark
{
    static final int RING_SIZE = 1024;

    private static final EventJournal NO_JOURNAL = new EventJournal()
    {
        @Override
        public void onInput(final EngineEvent event)
        {
        }

        @Override
        public void onDecisions(final EngineEvent event)
        {
        }
    };

    @Param({"BLOCKING", "SLEEPING", "YIELDING", "BUSY_SPIN"})
    public String waitStrategy;

    @Param({"ringfire", "bare"})
    public String wiring;

    private boolean bare;
    private Pipeline pipeline;
    private InputFrames inputs;
    private long time;
    private Disruptor<long[]> disruptor;
    private RingBuffer<long[]> ring;

    @Setup(Level.Trial)
    public void start()
    {
        bare = switch (wiring)
        {
            case "ringfire" -> false;
            case "bare" -> true;
            default -> throw new IllegalArgumentException("wiring: ringfire or bare, was " + wiring);
        };
        if (bare)
        {
            final EventHandler<long[]> handler = (event, sequence, endOfBatch) -> { };
            disruptor = new Disruptor<>(() -> new long[1], RING_SIZE, r ->
            {
                final Thread t = new Thread(r, "bench-bare-disruptor");
                t.setDaemon(true);
                return t;
            }, ProducerType.MULTI, waitStrategy(waitStrategy));
            disruptor.handleEventsWith(handler);
            disruptor.start();
            ring = disruptor.getRingBuffer();
            return;
        }
        final PipelineConfig config = new PipelineConfig(PipelineConfig.Mode.SINGLE,
            PipelineConfig.Wait.valueOf(waitStrategy), RING_SIZE);
        final EngineSettings settings = EngineSettings.defaults();
        pipeline = Pipeline.start(config, NO_JOURNAL, TradingStages.create(settings), Egress.NONE, new Faults(), 0);
        inputs = new InputFrames(pipeline.ingress());
        inputs.defineSymbols(settings.instruments(), 0);
        pipeline.awaitProcessed();
    }

    @TearDown(Level.Trial)
    public void stop()
    {
        if (bare)
        {
            disruptor.shutdown();
            return;
        }
        pipeline.close();
        if (pipeline.faults().total() != 0)
        {
            throw new IllegalStateException("pipeline faults: " + pipeline.faults().total());
        }
    }

    @Benchmark
    public void publishAndAwait()
    {
        if (bare)
        {
            bareHop();
            return;
        }
        inputs.heartbeat(++time);
        pipeline.awaitProcessed();
    }

    private void bareHop()
    {
        final RingBuffer<long[]> r = ring;
        final long claim = r.next();
        r.get(claim)[0] = ++time;
        r.publish(claim);
        // Pipeline.awaitProcessed's loop.
        final long target = r.getCursor();
        int spins = 0;
        while (r.getMinimumGatingSequence() < target)
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

    static WaitStrategy waitStrategy(final String name)
    {
        return switch (PipelineConfig.Wait.valueOf(name))
        {
            case BLOCKING -> new BlockingWaitStrategy();
            case SLEEPING -> new SleepingWaitStrategy();
            case YIELDING -> new YieldingWaitStrategy();
            case BUSY_SPIN -> new BusySpinWaitStrategy();
        };
    }
}
