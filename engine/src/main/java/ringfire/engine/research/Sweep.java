package ringfire.engine.research;

import ringfire.engine.report.Summary;
import ringfire.engine.settings.EngineSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A parameter sweep: one backtest per combination of a {@link Grid}, run in parallel, each into
 * {@code out/<combination name>/} (journal and report), then ranked by a {@link Metric} (best first; ties and
 * undefined values in grid order) into {@code out/sweep.csv}. The ranking depends only on the results, never on the
 * number of threads or their timing.
 */
public final class Sweep
{
    public static final String CSV = "sweep.csv";
    /** The metrics sweep.csv always has, in column order. */
    public static final List<Metric> COLUMNS = List.of(Metric.TOTAL_RETURN, Metric.SHARPE, Metric.SORTINO,
        Metric.MAX_DRAWDOWN, Metric.WIN_RATE, Metric.PROFIT_FACTOR);

    private Sweep()
    {
    }

    /**
     * One ranked backtest.
     *
     * @param rank   1 = best
     * @param runDir the run's directory relative to the sweep's output directory
     */
    public record Row(int rank, Combination combination, Summary summary, long faults, String runDir)
    {
    }

    /** The ranked rows, best first. */
    public record Result(Grid grid, Metric rankBy, List<Row> rows)
    {
        public long faults()
        {
            return rows.stream().mapToLong(Row::faults).sum();
        }

        /** sweep.csv: rank, the grid keys, the main metrics, trades, fees, run_dir. */
        public String csv()
        {
            final StringBuilder out = new StringBuilder();
            final List<String> header = new ArrayList<>();
            header.add("rank");
            header.addAll(grid.keys());
            final Set<Metric> metrics = new LinkedHashSet<>(COLUMNS);
            COLUMNS.forEach(m -> header.add(m.key()));
            header.add("trades");
            header.add("fees");
            if (metrics.add(rankBy))
            {
                header.add(rankBy.key());
            }
            header.add("run_dir");
            out.append(String.join(",", header.stream().map(Formats::csv).toList())).append('\n');
            for (final Row row : rows)
            {
                final List<String> fields = new ArrayList<>();
                fields.add(Integer.toString(row.rank()));
                fields.addAll(row.combination().values().values());
                COLUMNS.forEach(m -> fields.add(Formats.fraction(m.of(row.summary()))));
                fields.add(Integer.toString(row.summary().trades()));
                fields.add(Formats.money(row.summary().fees()));
                if (!COLUMNS.contains(rankBy))
                {
                    fields.add(Formats.fraction(rankBy.of(row.summary())));
                }
                fields.add(row.runDir());
                out.append(String.join(",", fields.stream().map(Formats::csv).toList())).append('\n');
            }
            return out.toString();
        }
    }

    /**
     * Checks every combination's settings, runs the backtests on {@code threads} threads, ranks them and writes
     * {@code outDir/sweep.csv}.
     *
     * @throws IllegalArgumentException before anything runs when a grid key or value is not valid
     */
    public static Result run(final BacktestBase base, final Grid grid, final Metric rankBy, final Path outDir,
        final int threads, final ParallelBacktests.Listener listener)
    {
        final List<EngineSettings> settings = grid.settings(base.settings());
        final List<Combination> combinations = grid.combinations();
        final List<ParallelBacktests.Job> jobs = new ArrayList<>(combinations.size());
        for (final Combination c : combinations)
        {
            jobs.add(base.job(settings.get(c.index()), outDir.resolve(c.name())));
        }
        final List<ParallelBacktests.Outcome> outcomes = ParallelBacktests.run(jobs, threads, listener);
        final Result result = rank(grid, rankBy, combinations, outcomes);
        try
        {
            Files.createDirectories(outDir);
            Files.writeString(outDir.resolve(CSV), result.csv(), StandardCharsets.UTF_8);
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException("cannot write " + outDir.resolve(CSV) + ": " + e.getMessage(), e);
        }
        return result;
    }

    /** Ranks outcomes given in grid order: best first by the metric, ties and undefined values in grid order. */
    static Result rank(final Grid grid, final Metric rankBy, final List<Combination> combinations,
        final List<ParallelBacktests.Outcome> outcomes)
    {
        final List<Integer> order = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++)
        {
            order.add(i);
        }
        final Comparator<Integer> byMetric = (a, b) -> rankBy.bestFirst().compare(outcomes.get(a).summary(),
            outcomes.get(b).summary());
        order.sort(byMetric.thenComparing(i -> combinations.get(i).index()));
        final List<Row> rows = new ArrayList<>(order.size());
        for (final int i : order)
        {
            final Combination c = combinations.get(i);
            rows.add(new Row(rows.size() + 1, c, outcomes.get(i).summary(), outcomes.get(i).faults(), c.name()));
        }
        return new Result(grid, rankBy, List.copyOf(rows));
    }
}
