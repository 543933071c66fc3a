package ringfire.ops.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import ringfire.engine.research.BacktestBase;
import ringfire.engine.research.Durations;
import ringfire.engine.research.Formats;
import ringfire.engine.research.Grid;
import ringfire.engine.research.Metric;
import ringfire.engine.research.Stitched;
import ringfire.engine.research.WalkForward;
import ringfire.engine.report.Summary;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

/** Walk-forward analysis: optimize on each train window, test the choice on the following window, stitch the tests. */
@Command(name = "walkforward", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Walk-forward analysis: optimize on each train window, test on the next, stitch the tests.",
        "The data is split into windows of --train followed by --test, rolled forward "
        + "by --test. In each window every --grid combination is backtested on the train bars, the best by --metric "
        + "(ties: first in grid order) is backtested on the test bars. The test runs are chained (each starts with "
        + "the previous one's final equity) into one out-of-sample result. Writes OUT/walkforward.csv and "
        + "OUT/walkforward.json."},
    footer = {"", "Durations: a whole number of days, hours or minutes (14d, 6h, 30m), a multiple of the bar interval.",
        "Each slice's backtest starts cold: indicators warm up on the slice's first bars.",
        "Example: ./ringfire walkforward --train 14d --test 7d --grid fast=4,5,8 --grid slow=20,30"})
final class WalkForwardCommand implements Callable<Integer>
{
    @Mixin
    private BacktestOptions backtest = new BacktestOptions();

    @Option(names = "--train", paramLabel = "DURATION", description = "length of each train (in-sample) period")
    private String train;

    @Option(names = "--test", paramLabel = "DURATION", description = "length of each test (out-of-sample) period, and the step")
    private String test;

    @Option(names = "--grid", paramLabel = "K=V1,V2,...", description = "a grid axis; repeatable (at least one)")
    private List<String> grid = new ArrayList<>();

    @Option(names = "--metric", paramLabel = "METRIC", defaultValue = "sharpe", description = "metric that picks the train winner (default ${DEFAULT-VALUE})")
    private String metric;

    @Option(names = "--threads", paramLabel = "N", description = "train backtests at once (default: one per processor)")
    private String threads;

    @Option(names = "--out", paramLabel = "DIR", description = "output directory (default runs/walkforward-<strategy>-<symbol>-<interval>)")
    private Path out;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call()
    {
        final PrintWriter stdout = spec.commandLine().getOut();
        final PrintWriter stderr = spec.commandLine().getErr();
        if (train == null || test == null)
        {
            throw new BadInputException("give --train DURATION and --test DURATION, e.g. --train 14d --test 7d");
        }
        final long trainMs = Durations.parseMs(train);
        final long testMs = Durations.parseMs(test);
        final Grid g = Grid.parse(grid);
        final Metric m = Metric.parse(metric);
        final int threadCount = BacktestOptions.threads(threads);
        final BacktestBase base = backtest.base();
        final Path outDir = out != null ? out : BacktestOptions.defaultOut("walkforward", base);
        stdout.println("walkforward " + base.settings().strategy().name() + " on " + base.symbol() + " "
            + base.intervalLabel() + ": train " + Durations.label(trainMs) + ", test " + Durations.label(testMs) + ", "
            + g.size() + " combinations (" + String.join(" x ", g.keys()) + "), chosen by " + m.key() + " -> " + outDir);
        stdout.flush();
        final WalkForward.Result result = WalkForward.run(base, g, m, trainMs, testMs, outDir, threadCount,
            BacktestOptions.progress(stderr, "backtests"));
        stdout.print(table(result));
        if (result.windows().size() < result.planned())
        {
            stdout.println("stopped after window " + result.windows().size() + " of " + result.planned()
                + ": the account was wiped out");
        }
        final Stitched st = result.stitched();
        stdout.println("out-of-sample (stitched " + result.windows().size() + " test windows): total return "
            + Formats.percent(st.totalReturn()) + " (compounded window returns " + Formats.percent(st.compoundedReturn())
            + "), max drawdown " + Formats.percent(st.maxDrawdown()) + ", sharpe " + Formats.number(st.sharpe())
            + ", final equity " + Formats.usdt(st.finalEquity()));
        stdout.println("in-sample average:     " + averages(m, result::inSampleAverage));
        stdout.println("out-of-sample average: " + averages(m, result::outOfSampleAverage));
        stdout.println("wrote " + outDir.resolve(WalkForward.CSV) + ", " + WalkForward.JSON + "; runs in " + outDir
            + "/wNN/{train/<combination>,test}/");
        stdout.flush();
        if (result.faults() > 0)
        {
            stderr.println("walkforward: " + result.faults() + " faults while running (see the log); results are suspect");
            return RingfireCli.EXIT_INTERNAL;
        }
        return 0;
    }

    /** total return, max drawdown, sharpe, and the metric when it is another one. */
    private static String averages(final Metric m,
        final Function<Function<Summary, Double>, Double> average)
    {
        return "total return " + Formats.percent(average.apply(Summary::totalReturn)) + ", max drawdown "
            + Formats.percent(average.apply(Summary::maxDrawdown)) + ", sharpe "
            + Formats.number(average.apply(Summary::sharpe))
            + (m == Metric.TOTAL_RETURN || m == Metric.MAX_DRAWDOWN || m == Metric.SHARPE ? ""
                : ", " + m.key() + " " + m.display(average.apply(m::of)));
    }

    private static String table(final WalkForward.Result result)
    {
        final Metric m = result.metric();
        final List<String[]> rows = new ArrayList<>();
        final boolean returnColumn = m != Metric.TOTAL_RETURN;
        rows.add(returnColumn
            ? new String[] {"window", "train", "test", "params", "in-sample " + m.key(), "out-of-sample " + m.key(),
                "out-of-sample return"}
            : new String[] {"window", "train", "test", "params", "in-sample " + m.key(), "out-of-sample " + m.key()});
        for (final WalkForward.WindowResult w : result.windows())
        {
            final String[] row = {
                Integer.toString(w.window().number()),
                Formats.iso(w.window().trainFromMs()) + " .. " + Formats.iso(w.window().trainToMs()),
                Formats.iso(w.window().testFromMs()) + " .. " + Formats.iso(w.window().testToMs()),
                w.chosen().label(),
                m.display(m.of(w.inSample())),
                m.display(m.of(w.outOfSample())),
                Formats.percent(w.outOfSample().totalReturn())};
            rows.add(returnColumn ? row : Arrays.copyOf(row, row.length - 1));
        }
        return Formats.table(rows);
    }
}
