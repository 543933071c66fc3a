package ringfire.bench;

import ringfire.journal.importer.BarColumns;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import ringfire.engine.market.InstrumentSpec;
import ringfire.engine.strategy.ClosedBar;
import ringfire.engine.strategy.SignalOut;
import ringfire.engine.strategy.Strategies;
import ringfire.engine.strategy.Strategy;
import ringfire.engine.strategy.StrategyFactory;

import java.util.concurrent.TimeUnit;

/**
 * One closed bar into a strategy with its default parameters ({@link Strategy#onBar}): {@code sma-cross} (exact
 * integer SMAs, allocation-free) and {@code ema-cross} (DecimalNum EMAs as ta4j computes them, plus the
 * market-regime tracker every ta4j strategy updates). Bars are the bundled BTCUSDT 1m month, replayed in a loop, each
 * pass shifted forward in time by the month's length so that time keeps increasing.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class StrategyBarBenchmark
{
    @Param({"sma-cross", "ema-cross"})
    public String strategy;

    private final ClosedBar bar = new ClosedBar();
    private final SignalOut out = new SignalOut();
    private BarColumns bars;
    private InstrumentSpec instrument;
    private Strategy instance;
    private int next;
    private long shiftNs;

    @Setup
    public void setUp()
    {
        bars = BenchData.btcBars();
        instrument = BenchData.btc();
        final StrategyFactory factory = Strategies.byName(strategy);
        instance = Strategies.create(factory, factory.defaults(), instrument);
    }

    @Benchmark
    public long onBar()
    {
        final int i = next;
        final BarColumns b = bars;
        final long openNs = b.openTimeMs[i] * 1_000_000L + shiftNs;
        bar.set(instrument.id(), instrument.priceScale(), instrument.qtyScale(), openNs,
            openNs + BenchData.MINUTE_S * 1_000_000_000L, b.open[i], b.high[i], b.low[i], b.close[i], b.volume[i]);
        instance.onBar(bar, out);
        if (++next == b.size)
        {
            next = 0;
            shiftNs += BenchData.spanMs(b) * 1_000_000L;
        }
        return out.hasSignal() ? out.confidence() : 0;
    }
}
