package ringfire.engine.strategy.ta4j;

import ringfire.codecs.sbe.Side;
import ringfire.engine.market.InstrumentSpec;
import ringfire.engine.settings.EngineSettings;
import ringfire.engine.strategy.ClosedBar;
import ringfire.engine.strategy.SignalOut;
import ringfire.engine.strategy.Strategies;
import ringfire.engine.strategy.Strategy;
import ringfire.engine.strategy.StrategyFactory;
import ringfire.engine.testing.BarFile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Hand-built 1-minute bar paths for BTCUSDT (price scale 2) and a runner that collects the signals. */
final class Paths
{
    static final InstrumentSpec BTC = EngineSettings.defaults().instrument("BTCUSDT");
    static final long MINUTE_NS = 60_000_000_000L;
    static final long START_NS = 1_748_736_000_000_000_000L;

    /** One emitted signal: the bar index it was emitted on and its fields. */
    record Sig(int bar, Side side, long confidence, long stop, long takeProfit)
    {
    }

    /** A bar: prices in whole units of 0.01 USDT (price scale 2). */
    record Bar(long open, long high, long low, long close)
    {
    }

    private Paths()
    {
    }

    /** Bars from closes: each opens at the previous close, high/low extend {@code wick} beyond the body. */
    static List<Bar> fromCloses(final double[] closes, final double wick)
    {
        final List<Bar> bars = new ArrayList<>();
        double previous = closes[0];
        for (final double c : closes)
        {
            final long open = Math.round(previous * 100);
            final long close = Math.round(c * 100);
            final long w = Math.round(wick * 100);
            bars.add(new Bar(open, Math.max(open, close) + w, Math.min(open, close) - w, close));
            previous = c;
        }
        return bars;
    }

    /** Closes: {@code n} steps from {@code from} to {@code to}, excluding {@code from}. */
    static double[] line(final double from, final double to, final int n)
    {
        final double[] out = new double[n];
        for (int i = 0; i < n; i++)
        {
            out[i] = from + (to - from) * (i + 1) / n;
        }
        return out;
    }

    static double[] concat(final double[]... parts)
    {
        int n = 0;
        for (final double[] p : parts)
        {
            n += p.length;
        }
        final double[] out = new double[n];
        int k = 0;
        for (final double[] p : parts)
        {
            System.arraycopy(p, 0, out, k, p.length);
            k += p.length;
        }
        return out;
    }

    static double[] flat(final double level, final int n)
    {
        final double[] out = new double[n];
        java.util.Arrays.fill(out, level);
        return out;
    }

    /** A sideways oscillation around {@code level}: amp × sin(0.7 i) + amp / 2 × sin(2.3 i) (StrictMath: exact). */
    static double[] wobble(final double level, final double amp, final int n)
    {
        final double[] out = new double[n];
        for (int i = 0; i < n; i++)
        {
            out[i] = level + amp * StrictMath.sin(i * 0.7) + amp * 0.5 * StrictMath.sin(i * 2.3);
        }
        return out;
    }

    /** A seeded random walk of {@code n} closes from {@code start}, steps uniform in ±{@code step}. */
    static double[] randomWalk(final long seed, final int n, final double start, final double step)
    {
        final java.util.Random random = new java.util.Random(seed);
        final double[] out = new double[n];
        double p = start;
        for (int i = 0; i < n; i++)
        {
            p += (random.nextDouble() * 2 - 1) * step;
            out[i] = Math.round(p * 100) / 100.0;
        }
        return out;
    }

    /** The real BTCUSDT 1m bars of the test resources (price scale 2, as {@link #BTC}). */
    static List<Bar> realBtc()
    {
        final List<Bar> bars = new ArrayList<>();
        for (final String[] r : BarFile.load(BTC).rows())
        {
            bars.add(new Bar(cents(r[1]), cents(r[2]), cents(r[3]), cents(r[4])));
        }
        return bars;
    }

    private static long cents(final String price)
    {
        return new java.math.BigDecimal(price).movePointRight(2).longValueExact();
    }

    static Strategy create(final StrategyFactory factory, final Map<String, String> params)
    {
        return Strategies.create(factory, params, BTC);
    }

    static Strategy create(final String name)
    {
        return create(Strategies.byName(name), Map.of());
    }

    /** Feeds bars {@code 0 .. count-1} of {@code bars} to {@code strategy}; returns its signals. */
    static List<Sig> run(final Strategy strategy, final List<Bar> bars, final int count)
    {
        return run(strategy, bars, count, i -> { });
    }

    /** As {@link #run(Strategy, List, int)}, calling {@code afterBar} with each index after the strategy saw it. */
    static List<Sig> run(final Strategy strategy, final List<Bar> bars, final int count,
        final java.util.function.IntConsumer afterBar)
    {
        final List<Sig> signals = new ArrayList<>();
        final ClosedBar view = new ClosedBar();
        for (int i = 0; i < count; i++)
        {
            final Bar b = bars.get(i);
            final long open = START_NS + i * MINUTE_NS;
            view.set(BTC.id(), BTC.priceScale(), BTC.qtyScale(), open, open + MINUTE_NS, b.open(), b.high(), b.low(),
                b.close(), 1_000);
            final SignalOut out = new SignalOut();
            strategy.onBar(view, out);
            if (out.hasSignal())
            {
                signals.add(new Sig(i, out.side(), out.confidence(), out.stopPrice(), out.takeProfitPrice()));
            }
            afterBar.accept(i);
        }
        return signals;
    }

    static List<Sig> run(final Strategy strategy, final List<Bar> bars)
    {
        return run(strategy, bars, bars.size());
    }
}
