package ringfire.ops.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import ringfire.engine.backtest.Backtest;
import ringfire.engine.backtest.BacktestSpec;
import ringfire.engine.backtest.Progress;
import ringfire.engine.settings.EngineSettings;
import ringfire.engine.strategy.Strategies;
import ringfire.engine.strategy.StrategyFactory;
import ringfire.journal.importer.KlineInterval;
import ringfire.ops.config.ConfigFile;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** The main job: replay history through the engine's own pipeline and report what it decided. */
@Command(name = "backtest", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Backtest a strategy: history goes through the same pipeline the daemon runs (risk, exit plans, "
        + "strategy, paper broker) into a replayable journal, then trades.csv, equity.csv, summary.json and "
        + "report.html are written. With no arguments: the default strategy over the bundled BTCUSDT 1m data."},
    footer = {"", "./ringfire backtest --list-strategies shows the strategies and their parameters."})
final class BacktestCommand implements Callable<Integer>
{
    @Option(names = "--data", paramLabel = "FILE", arity = "1..*", description = "kline CSV or Bybit kline JSON files (default: the bundled data of --symbol)")
    private List<Path> data = new ArrayList<>();

    @Option(names = "--journal", paramLabel = "DIR", description = "take the bars from a journal (e.g. from import klines) instead")
    private Path journal;

    @Option(names = "--symbol", paramLabel = "S", defaultValue = "BTCUSDT", description = "instrument (default ${DEFAULT-VALUE})")
    private String symbol;

    @Option(names = "--interval", paramLabel = "I", defaultValue = "1m", description = "bar interval (default ${DEFAULT-VALUE})")
    private String interval;

    @Option(names = "--strategy", paramLabel = "NAME", description = "strategy (default: the configuration's)")
    private String strategy;

    @Option(names = "--param", paramLabel = "K=V", description = "strategy parameter; repeatable")
    private List<String> params = new ArrayList<>();

    @Option(names = "--capital", paramLabel = "USDT", description = "starting balance (default 10000)")
    private String capital;

    @Option(names = "--fees", paramLabel = "taker=R,maker=R", description = "fee rates (default taker=0.00055,maker=0.0002)")
    private String fees;

    @Option(names = "--slippage", paramLabel = "R", description = "slippage against market fills (default 0.0005)")
    private String slippage;

    @Option(names = "--leverage", paramLabel = "N", description = "leverage of new positions (default 1)")
    private Integer leverage;

    @Option(names = "--side", paramLabel = "SIDE", description = "entries allowed: long, short or both (default both)")
    private String side;

    @Option(names = "--no-exits", description = "no exit plans (stop, take-profit, TTL, trailing, pullback): only the strategy's own exits")
    private boolean noExits;

    @Option(names = "--no-risk", description = "no pre-trade limits or breakers; every entry uses 100 %% of equity at the leverage")
    private boolean noRisk;

    @Option(names = "--config", paramLabel = "FILE", description = "configuration (default: config/paper.yaml)")
    private Path config;

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
        final int intervalSeconds = KlineInterval.parseSeconds(interval);
        final EngineSettings settings = settings();
        final List<Path> files = dataFiles(intervalSeconds);
        final String name = settings.strategy().name();
        final Path outDir = out != null ? out
            : Path.of("runs", name + "-" + symbol + "-" + KlineInterval.label(intervalSeconds));
        final BacktestSpec backtest = new BacktestSpec(settings, symbol, intervalSeconds, files, journal, outDir);
        final StrategyFactory factory = settings.strategy().factory();
        stdout.println("backtest " + Strategies.instanceName(factory, settings.strategy().params(), symbol) + ": "
            + name + " " + settings.strategy().params() + " on " + symbol + " " + KlineInterval.label(intervalSeconds)
            + " -> " + outDir);
        stdout.flush();
        final Backtest.Result result = Backtest.run(backtest, progress(stderr));
        if (result.faults() > 0)
        {
            stderr.println("backtest: " + result.faults() + " faults while running (see the log); results are suspect");
        }
        final ringfire.engine.report.Summary summary = ringfire.engine.report.BacktestReport.write(
            backtest.journalDir(), outDir, new ringfire.engine.report.ReportInfo(name, symbol,
                KlineInterval.label(intervalSeconds)));
        stdout.print(summary.table());
        stdout.println("wrote " + outDir.resolve("trades.csv") + ", equity.csv, summary.json, report.html; journal "
            + backtest.journalDir() + " (./ringfire replay " + backtest.journalDir() + ")");
        stdout.flush();
        return result.faults() > 0 ? RingfireCli.EXIT_INTERNAL : 0;
    }

    private EngineSettings settings()
    {
        final Path file = config != null ? config : Home.defaultConfig();
        EngineSettings s = config == null && !Files.exists(file) ? EngineSettings.defaults()
            : ConfigFile.load(file).settings();
        if (strategy != null)
        {
            s = s.with("strategy.name", strategy);
        }
        for (final String p : params)
        {
            final int eq = p.indexOf('=');
            if (eq <= 0)
            {
                throw new BadInputException("--param '" + p + "': expected key=value");
            }
            final String key = "strategy.params." + p.substring(0, eq).strip();
            if (!s.toMap().containsKey(key))
            {
                throw new BadInputException("--param " + p.substring(0, eq) + ": strategy " + s.strategy().name()
                    + " has no such parameter (it has: " + String.join(", ", s.strategy().params().keySet()) + ")");
            }
            s = s.with(key, p.substring(eq + 1).strip());
        }
        if (capital != null)
        {
            s = s.with("account.startingBalance", capital);
        }
        if (fees != null)
        {
            for (final String part : fees.split(","))
            {
                final String[] kv = part.split("=", 2);
                final String k = kv[0].strip().toLowerCase(Locale.ROOT);
                if (kv.length != 2 || !(k.equals("taker") || k.equals("maker")))
                {
                    throw new BadInputException("--fees '" + fees + "': expected taker=R,maker=R");
                }
                s = s.with("paper." + k + "Fee", kv[1].strip());
            }
        }
        if (slippage != null)
        {
            s = s.with("paper.slippage", slippage);
        }
        if (leverage != null)
        {
            if (leverage > s.account().maxLeverage())
            {
                s = s.with("account.maxLeverage", Integer.toString(leverage));
            }
            s = s.with("risk.leverage", Integer.toString(leverage));
        }
        if (side != null)
        {
            s = s.with("execution.sides", side.equalsIgnoreCase("both") ? "both" : side);
        }
        if (noExits)
        {
            s = s.with("execution.exitPlans", "false");
        }
        if (noRisk)
        {
            s = s.with("execution.riskChecks", "false");
        }
        s.instrument(symbol);
        return s;
    }

    private List<Path> dataFiles(final int intervalSeconds)
    {
        if (journal != null)
        {
            if (!data.isEmpty())
            {
                throw new BadInputException("give --data or --journal, not both");
            }
            return List.of();
        }
        if (!data.isEmpty())
        {
            return data;
        }
        final Path bundled = Home.bundledData(symbol);
        if (intervalSeconds != 60 || !Files.exists(bundled))
        {
            throw new BadInputException("no bundled " + KlineInterval.label(intervalSeconds) + " data for " + symbol
                + " (bundled: BTCUSDT and ETHUSDT 1m); give --data FILE or --journal DIR");
        }
        return List.of(bundled);
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
