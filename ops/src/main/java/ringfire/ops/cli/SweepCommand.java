package ringfire.ops.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import ringfire.engine.research.BacktestBase;
import ringfire.engine.research.Formats;
import ringfire.engine.research.Grid;
import ringfire.engine.research.Metric;
import ringfire.engine.research.Sweep;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** A parameter sweep: one backtest per grid combination, in parallel, ranked into sweep.csv. */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Parameter sweep: one backtest per grid combination, in parallel, ranked into sweep.csv.",
        "One backtest per combination of the --grid values (cartesian product), run in "
        + "parallel, each into OUT/<combination>/ (journal and report), ranked by a metric into OUT/sweep.csv."},
    footer = {"", "Grid keys without a dot are strategy parameters (fast=8,12,16); with a dot, settings keys "
        + "(risk.leverage=1,2; paper.slippage=0.0005,0.001).",
        "Metrics: total_return, cagr, sharpe, sortino, calmar, max_drawdown (lower is better), win_rate, "
            + "profit_factor, expectancy; an undefined value ranks last, ties in grid order.",
        "Example: ./ringfire sweep --strategy ema-cross --grid fast=8,12,16 --grid slow=26,40"})
final class SweepCommand implements Callable<Integer>
{
    @Mixin
    private BacktestOptions backtest = new BacktestOptions();

    @Option(names = "--grid", paramLabel = "K=V1,V2,...", description = "a grid axis; repeatable (at least one)")
    private List<String> grid = new ArrayList<>();

    @Option(names = "--rank-by", paramLabel = "METRIC", defaultValue = "sharpe", description = "metric to rank by (default ${DEFAULT-VALUE})")
    private String rankBy;

    @Option(names = "--threads", paramLabel = "N", description = "backtests at once (default: one per processor)")
    private String threads;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10", description = "rows to print (default ${DEFAULT-VALUE}); sweep.csv has all")
    private String top;

    @Option(names = "--out", paramLabel = "DIR", description = "output directory (default runs/sweep-<strategy>-<symbol>-<interval>)")
    private Path out;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call()
    {
        final PrintWriter stdout = spec.commandLine().getOut();
        final PrintWriter stderr = spec.commandLine().getErr();
        final Grid g = Grid.parse(grid);
        final Metric metric = Metric.parse(rankBy);
        final int threadCount = BacktestOptions.threads(threads);
        final int topRows = BacktestOptions.positiveInt("--top", top, Integer.MAX_VALUE);
        final BacktestBase base = backtest.base();
        final Path outDir = out != null ? out : BacktestOptions.defaultOut("sweep", base);
        stdout.println("sweep " + base.settings().strategy().name() + " on " + base.symbol() + " " + base.intervalLabel()
            + ": " + g.size() + " combinations (" + String.join(" x ", g.keys()) + "), ranked by " + metric.key() + ", "
            + Math.min(threadCount, g.size()) + " at a time -> " + outDir);
        stdout.flush();
        final Sweep.Result result = Sweep.run(base, g, metric, outDir, threadCount,
            BacktestOptions.progress(stderr, "backtests"));
        stdout.print(table(result, topRows));
        stdout.println("wrote " + outDir.resolve(Sweep.CSV) + " (" + result.rows().size() + " runs; each run's journal "
            + "and report in " + outDir + "/<run_dir>/)");
        stdout.flush();
        if (result.faults() > 0)
        {
            stderr.println("sweep: " + result.faults() + " faults while running (see the log); results are suspect");
            return RingfireCli.EXIT_INTERNAL;
        }
        return 0;
    }

    private static String table(final Sweep.Result result, final int topRows)
    {
        final List<Metric> shown = new ArrayList<>(List.of(Metric.TOTAL_RETURN, Metric.SHARPE, Metric.MAX_DRAWDOWN));
        if (!shown.contains(result.rankBy()))
        {
            shown.add(result.rankBy());
        }
        final List<String[]> rows = new ArrayList<>();
        final List<String> header = new ArrayList<>();
        header.add("rank");
        header.addAll(result.grid().keys());
        shown.forEach(m -> header.add(m.key()));
        header.add("trades");
        rows.add(header.toArray(String[]::new));
        for (final Sweep.Row row : result.rows().subList(0, Math.min(topRows, result.rows().size())))
        {
            final List<String> cells = new ArrayList<>();
            cells.add(Integer.toString(row.rank()));
            cells.addAll(row.combination().values().values());
            for (final Metric m : shown)
            {
                cells.add(m.display(m.of(row.summary())));
            }
            cells.add(Integer.toString(row.summary().trades()));
            rows.add(cells.toArray(String[]::new));
        }
        return Formats.table(rows);
    }
}
