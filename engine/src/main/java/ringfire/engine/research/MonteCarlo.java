package ringfire.engine.research;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Monte Carlo over a backtest's trade sequence. Each run makes a new sequence of the trades' P&amp;L and walks the
 * equity path capital + cumulative P&amp;L (exact, in Money), recording the final return (total P&amp;L / capital)
 * and the maximum drawdown (largest fall from a running peak as a fraction of that peak; the capital is the first
 * peak). Two methods:
 * <ul>
 * <li><b>shuffle</b>: a uniformly random permutation of the trades (Fisher–Yates). The sum is unchanged, so every
 * run ends at the original final return; only the path, and so the drawdown, varies.</li>
 * <li><b>bootstrap</b>: as many trades as the original, drawn with replacement; the final return varies too.</li>
 * </ul>
 * The random numbers come from {@code new SplittableRandom(seed)}: its first {@code split()} drives the shuffles, its
 * second the bootstrap, so the same trades, capital, runs and seed always give the same result, bit for bit.
 * Percentiles are nearest-rank ({@link Percentiles}).
 */
public final class MonteCarlo
{
    public static final int[] PERCENTILES = {5, 50, 95};
    public static final int MAX_RUNS = 1_000_000;

    private MonteCarlo()
    {
    }

    /** One equity path: total P&amp;L (Money), final return and max drawdown (fractions). */
    public record PathStats(long totalPnl, double finalReturn, double maxDrawdown)
    {
    }

    /** The runs of one method, each column sorted ascending. */
    public record Distribution(double[] finalReturns, double[] maxDrawdowns)
    {
        public double finalReturn(final int percent)
        {
            return Percentiles.nearestRank(finalReturns, percent);
        }

        public double maxDrawdown(final int percent)
        {
            return Percentiles.nearestRank(maxDrawdowns, percent);
        }

        /** Fraction of the runs that ended below the starting capital. */
        public double lossProbability()
        {
            int losses = 0;
            for (final double r : finalReturns)
            {
                losses += r < 0 ? 1 : 0;
            }
            return (double)losses / finalReturns.length;
        }
    }

    /** Both methods over one trade sequence. */
    public record Result(int trades, long capital, int runs, long seed, PathStats original, Distribution shuffle,
        Distribution bootstrap)
    {
        /** montecarlo.json. */
        public String json()
        {
            return new JsonOut().object(null, j ->
            {
                j.writeNumberField("trades", trades);
                JsonOut.money(j, "starting_capital", capital);
                j.writeNumberField("runs", runs);
                j.writeNumberField("seed", seed);
                j.writeStringField("percentiles", "nearest-rank");
                j.writeObjectFieldStart("original");
                JsonOut.money(j, "total_pnl", original.totalPnl());
                JsonOut.fraction(j, "final_return", original.finalReturn());
                JsonOut.fraction(j, "max_drawdown", original.maxDrawdown());
                j.writeEndObject();
                distribution(j, "shuffle", shuffle);
                distribution(j, "bootstrap", bootstrap);
            }).text();
        }

        private static void distribution(final com.fasterxml.jackson.core.JsonGenerator j, final String key,
            final Distribution d) throws java.io.IOException
        {
            j.writeObjectFieldStart(key);
            j.writeObjectFieldStart("final_return");
            for (final int p : PERCENTILES)
            {
                JsonOut.fraction(j, "p" + p, d.finalReturn(p));
            }
            j.writeEndObject();
            j.writeObjectFieldStart("max_drawdown");
            for (final int p : PERCENTILES)
            {
                JsonOut.fraction(j, "p" + p, d.maxDrawdown(p));
            }
            j.writeEndObject();
            JsonOut.fraction(j, "loss_probability", d.lossProbability());
            j.writeEndObject();
        }
    }

    /**
     * @param pnl     the trades' P&amp;L in the order they closed (Money), at least one
     * @param capital starting capital (Money), &gt; 0
     * @param runs    runs per method, 1..{@value #MAX_RUNS}
     */
    public static Result run(final long[] pnl, final long capital, final int runs, final long seed)
    {
        if (pnl.length == 0)
        {
            throw new IllegalArgumentException("no trades to resample");
        }
        if (capital <= 0)
        {
            throw new IllegalArgumentException("starting capital must be positive");
        }
        if (runs < 1 || runs > MAX_RUNS)
        {
            throw new IllegalArgumentException("runs must be 1.." + MAX_RUNS + ": " + runs);
        }
        final SplittableRandom root = new SplittableRandom(seed);
        final SplittableRandom shuffleRandom = root.split();
        final SplittableRandom bootstrapRandom = root.split();
        final int n = pnl.length;
        final long[] sequence = new long[n];
        final double[] shuffleReturns = new double[runs];
        final double[] shuffleDrawdowns = new double[runs];
        final double[] bootReturns = new double[runs];
        final double[] bootDrawdowns = new double[runs];
        for (int run = 0; run < runs; run++)
        {
            System.arraycopy(pnl, 0, sequence, 0, n);
            shuffle(sequence, shuffleRandom);
            final PathStats path = path(sequence, capital);
            shuffleReturns[run] = path.finalReturn();
            shuffleDrawdowns[run] = path.maxDrawdown();
        }
        for (int run = 0; run < runs; run++)
        {
            for (int i = 0; i < n; i++)
            {
                sequence[i] = pnl[bootstrapRandom.nextInt(n)];
            }
            final PathStats path = path(sequence, capital);
            bootReturns[run] = path.finalReturn();
            bootDrawdowns[run] = path.maxDrawdown();
        }
        return new Result(n, capital, runs, seed, path(pnl, capital), sorted(shuffleReturns, shuffleDrawdowns),
            sorted(bootReturns, bootDrawdowns));
    }

    /** Fisher–Yates: every permutation equally likely. */
    static void shuffle(final long[] values, final SplittableRandom random)
    {
        for (int i = values.length - 1; i > 0; i--)
        {
            final int j = random.nextInt(i + 1);
            final long t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }

    /** The equity path capital + cumulative P&amp;L, exact; its final return and max drawdown. */
    public static PathStats path(final long[] pnl, final long capital)
    {
        long equity = capital;
        long peak = capital;
        double maxDrawdown = 0;
        try
        {
            for (final long p : pnl)
            {
                equity = Math.addExact(equity, p);
                if (equity > peak)
                {
                    peak = equity;
                }
                else
                {
                    final double dd = (double)(peak - equity) / peak;
                    if (dd > maxDrawdown)
                    {
                        maxDrawdown = dd;
                    }
                }
            }
        }
        catch (final ArithmeticException e)
        {
            throw new IllegalArgumentException("trade P&L overflows the equity path");
        }
        final long total = equity - capital;
        return new PathStats(total, (double)total / capital, maxDrawdown);
    }

    private static Distribution sorted(final double[] returns, final double[] drawdowns)
    {
        Arrays.sort(returns);
        Arrays.sort(drawdowns);
        return new Distribution(returns, drawdowns);
    }
}
