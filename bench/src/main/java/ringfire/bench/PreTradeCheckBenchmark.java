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
import ringfire.codecs.sbe.Side;
import ringfire.engine.market.InstrumentSpec;
import ringfire.engine.risk.AccountView;
import ringfire.engine.risk.Breakers;
import ringfire.engine.risk.EntryRequest;
import ringfire.engine.risk.PreTradeCheck;
import ringfire.engine.risk.ReturnCorrelation;
import ringfire.engine.risk.RiskDecision;
import ringfire.engine.risk.RiskSettings;
import ringfire.engine.settings.EngineSettings;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * {@link PreTradeCheck#check} of a prepared BTCUSDT long entry with the default risk settings, on an account that
 * passes every rule, so the check runs all of them: breakers, drawdown, daily loss and entries, position count and
 * leverage, sizing with the ATR stop and the notional cap, liquidation, and the correlation guard over 100 bars
 * against an open ETHUSDT long (a correlation of about 0.5: allowed).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PreTradeCheckBenchmark
{
    private static final long USDT = 100_000_000L;

    private final EntryRequest request = new EntryRequest();
    private final RiskDecision decision = new RiskDecision();
    private final Account account = new Account();
    private PreTradeCheck check;

    @Setup
    public void setUp()
    {
        final EngineSettings settings = EngineSettings.defaults();
        final RiskSettings risk = settings.risk();
        final ReturnCorrelation correlation = new ReturnCorrelation(risk.correlationBars());
        final InstrumentSpec btc = settings.instrument("BTCUSDT");
        final InstrumentSpec eth = settings.instrument("ETHUSDT");
        final SplittableRandom random = new SplittableRandom(7);
        long btcClose = 5_000_000;
        long ethClose = 300_000;
        for (int i = 0; i <= risk.correlationBars(); i++)
        {
            final double r = random.nextDouble(-0.002, 0.002);
            btcClose = Math.round(btcClose * (1 + r));
            ethClose = Math.round(ethClose * (1 + 0.5 * r + random.nextDouble(-0.002, 0.002)));
            final long openTimeNs = 1_748_736_000_000_000_000L + i * 60_000_000_000L;
            correlation.onBar(btc.id(), openTimeNs, btcClose);
            correlation.onBar(eth.id(), openTimeNs, ethClose);
        }
        account.ethId = eth.id();
        check = new PreTradeCheck(risk, new Breakers(risk), correlation);
        // BUY 50,000.00 at confidence 0.8, no signal stop, ATR 100.00, leverage 1.
        request.set(btc, Side.BUY, 80_000_000L, 5_000_000L, 0, 10_000L, 1);
        if (!check.check(request, account, decision) || correlation.correlationRatio(btc.id(), eth.id())
            == ReturnCorrelation.UNKNOWN)
        {
            throw new IllegalStateException("the prepared entry must pass every rule, correlation included: "
                + decision.reason());
        }
    }

    @Benchmark
    public long check()
    {
        check.check(request, account, decision);
        return decision.qty();
    }

    /** 12,000 USDT, at its peak, one ETHUSDT long open, three entries today. */
    static final class Account implements AccountView
    {
        int ethId;

        @Override
        public long balance()
        {
            return 12_000 * USDT;
        }

        @Override
        public long equity()
        {
            return 12_000 * USDT;
        }

        @Override
        public long peakEquity()
        {
            return 12_000 * USDT;
        }

        @Override
        public long startOfDayEquity()
        {
            return 11_900 * USDT;
        }

        @Override
        public long dayPnl()
        {
            return 100 * USDT;
        }

        @Override
        public int openPositions()
        {
            return 1;
        }

        @Override
        public int entriesToday()
        {
            return 3;
        }

        @Override
        public long exposure(final int symbolId)
        {
            return symbolId == ethId ? 2_000 * USDT : 0;
        }

        @Override
        public PositionSide positionSide(final int symbolId)
        {
            return symbolId == ethId ? PositionSide.LONG : PositionSide.FLAT;
        }
    }
}
