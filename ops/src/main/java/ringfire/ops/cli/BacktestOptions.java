package ringfire.ops.cli;

import picocli.CommandLine.Option;
import ringfire.engine.research.BacktestBase;
import ringfire.engine.research.ParallelBacktests;
import ringfire.engine.settings.EngineSettings;
import ringfire.journal.importer.KlineInterval;
import ringfire.ops.config.ConfigFile;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The data and strategy options of {@code backtest}, shared as a picocli mixin by the research commands (sweep,
 * walkforward, montecarlo): the same names, defaults and validation, mapped onto {@link EngineSettings} overrides
 * the same way. (A copy of {@link BacktestCommand}'s logic; BacktestCommand could take this mixin too.)
 */
final class BacktestOptions
{
    @Option(names = "--data", paramLabel = "FILE", arity = "1..*", description = "kline CSV or Bybit kline JSON files (default: the bundled data of --symbol)")
    List<Path> data = new ArrayList<>();

    @Option(names = "--journal", paramLabel = "DIR", description = "take the bars from a journal (e.g. from import klines) instead")
    Path journal;

    @Option(names = "--symbol", paramLabel = "S", defaultValue = "BTCUSDT", description = "instrument (default ${DEFAULT-VALUE})")
    String symbol;

    @Option(names = "--interval", paramLabel = "I", defaultValue = "1m", description = "bar interval (default ${DEFAULT-VALUE})")
    String interval;

    @Option(names = "--strategy", paramLabel = "NAME", description = "strategy (default: the configuration's)")
    String strategy;

    @Option(names = "--param", paramLabel = "K=V", description = "strategy parameter; repeatable")
    List<String> params = new ArrayList<>();

    @Option(names = "--capital", paramLabel = "USDT", description = "starting balance (default 10000)")
    String capital;

    @Option(names = "--fees", paramLabel = "taker=R,maker=R", description = "fee rates (default taker=0.00055,maker=0.0002)")
    String fees;

    @Option(names = "--slippage", paramLabel = "R", description = "slippage against market fills (default 0.0005)")
    String slippage;

    @Option(names = "--leverage", paramLabel = "N", description = "leverage of new positions (default 1)")
    String leverage;

    @Option(names = "--side", paramLabel = "SIDE", description = "entries allowed: long, short or both (default both)")
    String side;

    @Option(names = "--no-exits", description = "no exit plans (stop, take-profit, TTL, trailing, pullback): only the strategy's own exits")
    boolean noExits;

    @Option(names = "--no-risk", description = "no pre-trade limits or breakers; every entry uses 100 %% of equity at the leverage")
    boolean noRisk;

    @Option(names = "--config", paramLabel = "FILE", description = "configuration (default: config/paper.yaml)")
    Path config;

    int intervalSeconds()
    {
        return KlineInterval.parseSeconds(interval);
    }

    /** True when an option that picks the data or the strategy was given. */
    boolean selectsBacktest()
    {
        return !data.isEmpty() || journal != null || strategy != null || !params.isEmpty();
    }

    boolean capitalGiven()
    {
        return capital != null;
    }

    /** The settings: the configuration with the options applied (as {@code backtest} applies them). */
    EngineSettings settings()
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
            final int n = positiveInt("--leverage", leverage, Integer.MAX_VALUE);
            if (n > s.account().maxLeverage())
            {
                s = s.with("account.maxLeverage", Integer.toString(n));
            }
            s = s.with("risk.leverage", Integer.toString(n));
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

    /** The data files: --data, else none with --journal, else the bundled data of the symbol. */
    List<Path> dataFiles(final int intervalSeconds)
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

    /** Settings, symbol, interval and data together, validated. */
    BacktestBase base()
    {
        final int seconds = intervalSeconds();
        final EngineSettings settings = settings();
        final List<Path> files = dataFiles(seconds);
        return new BacktestBase(settings, symbol, seconds, files, journal);
    }

    /** {@code runs/<kind>-<strategy>-<symbol>-<interval>}. */
    static Path defaultOut(final String kind, final BacktestBase base)
    {
        return Path.of("runs", kind + "-" + base.settings().strategy().name() + "-" + base.symbol() + "-"
            + base.intervalLabel());
    }

    /** A whole number 1..max given as text to {@code option}; a one-line error otherwise. */
    static int positiveInt(final String option, final String text, final int max)
    {
        try
        {
            final int n = Integer.parseInt(text.strip());
            if (n >= 1 && n <= max)
            {
                return n;
            }
        }
        catch (final NumberFormatException ignored)
        {
            // reported below
        }
        throw new BadInputException(option + " '" + text + "': expected a whole number 1.." + max);
    }

    /** Threads for parallel backtests: --threads, else one per available processor. */
    static int threads(final String text)
    {
        return text == null ? Runtime.getRuntime().availableProcessors() : positiveInt("--threads", text, 1024);
    }

    /** Progress on stderr ("\r k/N runs") when it is a terminal; nothing otherwise (tests, pipes). */
    static ParallelBacktests.Listener progress(final PrintWriter err, final String what)
    {
        if (System.console() == null)
        {
            return ParallelBacktests.Listener.NONE;
        }
        return (outcome, done, total) ->
        {
            err.print("\r  " + what + " " + done + "/" + total + (done == total ? "\n" : ""));
            err.flush();
        };
    }
}
