package ringfire.bench;

import org.agrona.MutableDirectBuffer;
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
import ringfire.codecs.sbe.MessageHeaderEncoder;
import ringfire.codecs.sbe.Source;
import ringfire.codecs.sbe.TimerKind;
import ringfire.codecs.sbe.TimerTickEncoder;
import ringfire.engine.pipeline.EngineEvent;
import ringfire.engine.pipeline.Egress;
import ringfire.engine.pipeline.EventJournal;
import ringfire.engine.pipeline.Faults;
import ringfire.engine.pipeline.Ingress;
import ringfire.engine.pipeline.Pipeline;
import ringfire.engine.pipeline.PipelineConfig;
import ringfire.engine.session.TradingStages;
import ringfire.engine.settings.EngineSettings;

import java.util.concurrent.TimeUnit;

/**
 * One input through the ring and every stage, publish to processed, per wait strategy. The journal stage is a
 * no-op here so the number is the pipeline's own cost; Chronicle appends are measured by the journal harness.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PipelineHopBenchmark
{
    @Param({"BLOCKING", "SLEEPING", "BUSY_SPIN"})
    public String waitStrategy;

    private final TimerTickEncoder timer = new TimerTickEncoder();
    private final MessageHeaderEncoder header = new MessageHeaderEncoder();
    private Pipeline pipeline;
    private Ingress ingress;
    private long time;

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

    @Setup(Level.Trial)
    public void start()
    {
        final PipelineConfig config = new PipelineConfig(PipelineConfig.Mode.SINGLE,
            PipelineConfig.Wait.valueOf(waitStrategy), 1024);
        pipeline = Pipeline.start(config, NO_JOURNAL, TradingStages.create(EngineSettings.defaults()), Egress.NONE,
            new Faults(), 0);
        ingress = pipeline.ingress();
    }

    @TearDown(Level.Trial)
    public void stop()
    {
        pipeline.close();
    }

    @Benchmark
    public void publishAndAwait()
    {
        final long claim = ingress.claim();
        final MutableDirectBuffer buffer = ingress.buffer(claim);
        timer.wrapAndApplyHeader(buffer, 0, header).header().sequence(0).eventTimeNs(++time).source(Source.TIMER);
        timer.timerId(1).kind(TimerKind.HEARTBEAT);
        ingress.publish(claim, MessageHeaderEncoder.ENCODED_LENGTH + timer.encodedLength());
        pipeline.awaitProcessed();
    }
}
