package ringfire.ops.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import ringfire.engine.backtest.Backtest;
import ringfire.engine.backtest.BacktestSpec;
import ringfire.engine.backtest.Progress;
import ringfire.engine.report.BacktestReport;
import ringfire.engine.report.ReportInfo;
import ringfire.engine.report.Summary;
import ringfire.engine.settings.EngineSettings;
import ringfire.engine.strategy.Strategies;
import ringfire.engine.strategy.StrategyFactory;
import ringfire.journal.importer.KlineInterval;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

/** The main job: replay history through the engine's own pipeline and report what it decided. */
@Command(name = "backtest", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Backtest a strategy: history goes through the same pipeline the daemon runs (risk, exit plans, "
        + "strategy, paper broker) into a replayable journal, then trades.csv, equity.csv, summary.json and "
        + "report.html are written. With no arguments: the default strategy over the bundled BTCUSDT 1m data."},
    footer = {"", "./ringfire backtest --list-strategies shows the strategies and their parameters."})
final class BacktestCommand implements Callable<Integer>
{
    @Mixin
    private BacktestOptions options;

    @Option(names = "--out", paramLabel = "DIR", description = "output directory (default runs/<strategy>-<symbol>-<interval>)")
    private Path out;

    @Option(names = "--list-strategies", description = "list the strategies and their parameters, then exit")
    private boolean listStrategies;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call()
    {
        final PrintWriter stdout = spec.commandLine().getOut();
        final PrintWriter stderr = spec.commandLine().getErr();
        if (listStrategies)
        {
            for (final StrategyFactory f : Strategies.all())
            {
                stdout.println(f.describe());
            }
            stdout.flush();
            return 0;
        }
        final int intervalSeconds = options.intervalSeconds();
        final EngineSettings settings = options.settings();
        final List<Path> files = options.dataFiles(intervalSeconds);
        final String symbol = options.symbol;
        final String name = settings.strategy().name();
        final String interval = KlineInterval.label(intervalSeconds);
        final Path outDir = out != null ? out : Path.of("runs", name + "-" + symbol + "-" + interval);
        final BacktestSpec backtest = new BacktestSpec(settings, symbol, intervalSeconds, files, options.journal, outDir);
        stdout.println("backtest " + Strategies.instanceName(settings.strategy().factory(), settings.strategy().params(),
            symbol) + ": " + name + " " + settings.strategy().params() + " on " + symbol + " " + interval + " -> " + outDir);
        stdout.flush();
        final Backtest.Result result = Backtest.run(backtest, progress(stderr));
        if (result.faults() > 0)
        {
            stderr.println("backtest: " + result.faults() + " faults while running (see the log); results are suspect");
        }
        final Summary summary = BacktestReport.write(backtest.journalDir(), outDir, new ReportInfo(name, symbol, interval));
        stdout.print(summary.table());
        stdout.println("wrote " + outDir.resolve("trades.csv") + ", equity.csv, summary.json, report.html; journal "
            + backtest.journalDir() + " (./ringfire replay " + backtest.journalDir() + ")");
        stdout.flush();
        return result.faults() > 0 ? RingfireCli.EXIT_INTERNAL : 0;
    }

    private static Progress progress(final PrintWriter err)
    {
        if (System.console() == null)
        {
            return Progress.NONE;
        }
        return (bars, timeNs) ->
        {
            if (bars % 10_000 == 0)
            {
                err.print("\r  " + bars + " bars, at " + Instant.ofEpochSecond(0, timeNs));
                err.flush();
            }
        };
    }
}
