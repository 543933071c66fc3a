package ringfire.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import ringfire.codecs.sbe.PositionSide;
import ringfire.engine.exit.ExitDecision;
import ringfire.engine.exit.ExitPlan;
import ringfire.engine.exit.OpenResult;
import ringfire.engine.settings.EngineSettings;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * One exit-plan evaluation of an open BTCUSDT long with the default exit settings, past the first trailing tier
 * (so the stop, the trailing stop and the pullback level are all in play): {@link ExitPlan#onPrice} for a trade
 * or ticker price and {@link ExitPlan#onBar} for a closed bar. Prices and bars cycle through 1,024 prepared values
 * inside the band where nothing triggers, so every call is a full evaluation that leaves the plan open.
 *
 * <p>Plan: entry 50,000.00, 0.100 BTC, leverage 1, ATR 200.00 (stop 49,600.00); the price then reached 54,500.00
 * (+9 %: tier 1, trailing stop at +3 %, pullback at 0.7 × 9 % = +6.3 %). Prices move between 53,500 and 54,400,
 * bars between a low of 53,300 and a high of 54,450, an hour after entry (the time-to-live is 36 h).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ExitPlanBenchmark
{
    static final int CYCLE = 1_024;
    static final long ENTRY_TIME_NS = 1_748_736_000_000_000_000L;
    static final long NOW_NS = ENTRY_TIME_NS + 3_600_000_000_000L;

    private final ExitDecision decision = new ExitDecision();
    private final long[] prices = new long[CYCLE];
    private final long[] barOpen = new long[CYCLE];
    private final long[] barHigh = new long[CYCLE];
    private final long[] barLow = new long[CYCLE];
    private final long[] barClose = new long[CYCLE];
    private ExitPlan pricePlan;
    private ExitPlan barPlan;
    private int nextPrice;
    private int nextBar;
    /** Exits that should never happen; the smoke test checks it stays 0. */
    long unexpectedExits;

    @Setup
    public void setUp()
    {
        final SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < CYCLE; i++)
        {
            prices[i] = random.nextLong(5_350_000, 5_440_001);
            final long a = random.nextLong(5_350_000, 5_440_001);
            final long b = random.nextLong(5_350_000, 5_440_001);
            barOpen[i] = a;
            barClose[i] = b;
            barHigh[i] = Math.max(a, b) + random.nextLong(0, 5_001);
            barLow[i] = Math.min(a, b) - random.nextLong(0, 20_001);
        }
        pricePlan = newPlan();
        barPlan = newPlan();
        for (int i = 0; i < 2 * CYCLE; i++)
        {
            onPrice();
            onBar();
        }
        if (unexpectedExits != 0 || pricePlan.tier() != 1 || barPlan.tier() != 1)
        {
            throw new IllegalStateException("the prepared prices must keep the plans open at tier 1");
        }
    }

    ExitPlan newPlan()
    {
        final ExitPlan plan = ExitPlan.forInstrument(EngineSettings.defaults().exits(), BenchData.btc());
        if (plan.open(PositionSide.LONG, 5_000_000, 100, 1, ENTRY_TIME_NS, ExitPlan.NONE, ExitPlan.NONE, 20_000, null)
            != OpenResult.OPENED)
        {
            throw new IllegalStateException("exit plan did not open");
        }
        plan.onPrice(5_450_000, ENTRY_TIME_NS + 60_000_000_000L, decision);
        return plan;
    }

    @Benchmark
    public boolean onPrice()
    {
        final long price = prices[nextPrice];
        nextPrice = nextPrice + 1 == CYCLE ? 0 : nextPrice + 1;
        if (pricePlan.onPrice(price, NOW_NS, decision))
        {
            unexpectedExits++;
            pricePlan = newPlan();
            return true;
        }
        return false;
    }

    @Benchmark
    public boolean onBar()
    {
        final int i = nextBar;
        nextBar = nextBar + 1 == CYCLE ? 0 : nextBar + 1;
        if (barPlan.onBar(barOpen[i], barHigh[i], barLow[i], barClose[i], NOW_NS, decision))
        {
            unexpectedExits++;
            barPlan = newPlan();
            return true;
        }
        return false;
    }
}
