package ringfire.bench;

import ringfire.journal.importer.BarColumns;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import ringfire.engine.market.InstrumentSpec;
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
 * The whole pipeline per closed bar: {@link TradingStages} with the default settings (risk, exit plans, the
 * strategy, execution and the paper broker) on the default pipeline (single thread, SLEEPING, 4,096 slots) with a
 * no-op journal. Each invocation publishes {@value #BATCH} bars of the bundled BTCUSDT month and waits until the
 * pipeline has processed them, so the ns/op is the per-bar cost at full throughput (ring hops amortised, the
 * producer and the pipeline thread running side by side), not one hop's wake-up latency
 * ({@link PipelineHopBenchmark}). The month repeats, shifted forward in time each pass.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PipelineBarsBenchmark
{
    static final int BATCH = 256;

    @Param({"sma-cross", "ema-cross"})
    public String strategy;

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

    private Pipeline pipeline;
    private InputFrames inputs;
    private BarColumns bars;
    private InstrumentSpec instrument;
    private int next;
    private long shiftNs;

    @Setup(Level.Trial)
    public void start()
    {
        final EngineSettings settings = EngineSettings.defaults().with("strategy.name", strategy);
        bars = BenchData.btcBars();
        instrument = settings.instrument("BTCUSDT");
        pipeline = Pipeline.start(PipelineConfig.defaults(), NO_JOURNAL, TradingStages.create(settings), Egress.NONE,
            new Faults(), 0);
        inputs = new InputFrames(pipeline.ingress());
        inputs.defineSymbols(settings.instruments(), bars.openTimeMs[0] * 1_000_000L);
        pipeline.awaitProcessed();
    }

    @TearDown(Level.Trial)
    public void stop()
    {
        pipeline.close();
        if (pipeline.faults().total() != 0)
        {
            throw new IllegalStateException("pipeline faults: " + pipeline.faults().total());
        }
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void bars()
    {
        final BarColumns b = bars;
        final int id = instrument.id();
        for (int n = 0; n < BATCH; n++)
        {
            final int i = next;
            inputs.bar(id, BenchData.MINUTE_S, b.openTimeMs[i] * 1_000_000L + shiftNs, b.open[i], b.high[i], b.low[i],
                b.close[i], b.volume[i], b.turnover[i]);
            if (++next == b.size)
            {
                next = 0;
                shiftNs += BenchData.spanMs(b) * 1_000_000L;
            }
        }
        pipeline.awaitProcessed();
    }
}
