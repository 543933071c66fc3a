package ringfire.ops.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import ringfire.codecs.Decimals;
import ringfire.codecs.Scales;
import ringfire.engine.report.BacktestReport;
import ringfire.engine.research.BacktestBase;
import ringfire.engine.research.Formats;
import ringfire.engine.research.MonteCarlo;
import ringfire.engine.research.ParallelBacktests;
import ringfire.engine.research.TradeFile;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** Monte Carlo over a backtest's trades: shuffled and bootstrapped trade orders, percentiles of return and drawdown. */
@Command(name = "montecarlo", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Monte Carlo over a backtest's trades: shuffle and bootstrap percentiles of return and drawdown.",
        "Takes the trades of a backtest (run with the backtest options, or read from --trades "
        + "FILE, a trades.csv): --runs shuffles (random order of the same trades) and --runs bootstraps (as many "
        + "trades drawn with replacement), each compounded from the starting capital (equity = capital + cumulative "
        + "P&L). Prints and writes OUT/montecarlo.json: the 5th, 50th and 95th percentiles (nearest rank) of the "
        + "final return and the max drawdown for both methods. The same --seed gives the same output."},
    footer = {"", "Starting capital with --trades: --capital, else starting_capital of the summary.json next to the "
        + "file, else the configuration's account.startingBalance.",
        "Example: ./ringfire montecarlo --trades runs/sma-cross-BTCUSDT-1m/trades.csv --runs 10000 --seed 7"})
final class MonteCarloCommand implements Callable<Integer>
{
    static final String JSON = "montecarlo.json";

    @Mixin
    private BacktestOptions backtest = new BacktestOptions();

    @Option(names = "--trades", paramLabel = "FILE", description = "take the trades from this trades.csv instead of running a backtest")
    private Path trades;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "1000", description = "runs per method (default ${DEFAULT-VALUE})")
    private String runs;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "random seed (default ${DEFAULT-VALUE})")
    private String seed;

    @Option(names = "--out", paramLabel = "DIR", description = "output directory (default: the trades file's directory; "
        + "with a backtest runs/montecarlo-<strategy>-<symbol>-<interval>, the backtest in OUT/backtest/)")
    private Path out;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call()
    {
        final PrintWriter stdout = spec.commandLine().getOut();
        final int runCount = BacktestOptions.positiveInt("--runs", runs, MonteCarlo.MAX_RUNS);
        final long seedValue;
        try
        {
            seedValue = Long.parseLong(seed.strip());
        }
        catch (final NumberFormatException e)
        {
            throw new BadInputException("--seed '" + seed + "': expected a whole number");
        }
        final long[] pnl;
        final long capital;
        final Path outDir;
        final String source;
        if (trades != null)
        {
            if (backtest.selectsBacktest())
            {
                throw new BadInputException("give --trades FILE or backtest options (--data, --journal, --strategy, "
                    + "--param), not both");
            }
            pnl = TradeFile.readPnl(trades);
            capital = capital(trades);
            outDir = out != null ? out : trades.toAbsolutePath().getParent();
            source = trades.toString();
        }
        else
        {
            final BacktestBase base = backtest.base();
            outDir = out != null ? out : BacktestOptions.defaultOut("montecarlo", base);
            final Path runDir = outDir.resolve("backtest");
            stdout.println("backtest " + base.settings().strategy().name() + " " + base.settings().strategy().params()
                + " on " + base.symbol() + " " + base.intervalLabel() + " -> " + runDir);
            stdout.flush();
            final ParallelBacktests.Outcome outcome = ParallelBacktests.runOne(base.job(base.settings(), runDir));
            if (outcome.faults() > 0)
            {
                throw new IllegalStateException("the backtest had " + outcome.faults() + " faults (see the log)");
            }
            pnl = TradeFile.readPnl(runDir.resolve(BacktestReport.TRADES_CSV));
            capital = outcome.summary().startingCapital();
            source = runDir.resolve(BacktestReport.TRADES_CSV).toString();
        }
        if (pnl.length == 0)
        {
            throw new BadInputException(source + ": no trades to resample");
        }
        final MonteCarlo.Result result = MonteCarlo.run(pnl, capital, runCount, seedValue);
        try
        {
            Files.createDirectories(outDir);
            Files.writeString(outDir.resolve(JSON), result.json(), StandardCharsets.UTF_8);
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException("cannot write " + outDir.resolve(JSON) + ": " + e.getMessage(), e);
        }
        stdout.println("montecarlo: " + pnl.length + " trades from " + source + ", starting capital "
            + Formats.usdt(capital) + ", " + runCount + " runs per method, seed " + seedValue);
        stdout.println("original order: final return " + Formats.percent(result.original().finalReturn())
            + ", max drawdown " + Formats.percent(result.original().maxDrawdown()));
        stdout.print(table(result));
        stdout.println("percentiles: nearest rank; wrote " + outDir.resolve(JSON));
        stdout.flush();
        return 0;
    }

    /** --capital, else the summary.json next to the trades file, else the configuration's starting balance. */
    private long capital(final Path tradesFile)
    {
        if (!backtest.capitalGiven())
        {
            final Path parent = tradesFile.toAbsolutePath().getParent();
            final Path summary = parent == null ? null : parent.resolve(BacktestReport.SUMMARY_JSON);
            if (summary != null && Files.isRegularFile(summary))
            {
                try
                {
                    final JsonNode node = new ObjectMapper()
                        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(summary.toFile()).get("starting_capital");
                    final long money = node == null || !node.isNumber() ? Decimals.INVALID
                        : Decimals.parse(node.decimalValue().toPlainString(), Scales.MONEY);
                    if (money > 0)
                    {
                        return money;
                    }
                }
                catch (final IOException e)
                {
                    // not a summary we can read: fall back to the configuration
                }
            }
        }
        return backtest.settings().account().startingBalance();
    }

    private static String table(final MonteCarlo.Result r)
    {
        final List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"method", "metric", "p5", "p50", "p95", "loss probability"});
        for (final String method : List.of("shuffle", "bootstrap"))
        {
            final MonteCarlo.Distribution d = method.equals("shuffle") ? r.shuffle() : r.bootstrap();
            rows.add(new String[] {method, "final return", Formats.percent(d.finalReturn(5)),
                Formats.percent(d.finalReturn(50)), Formats.percent(d.finalReturn(95)),
                Formats.percent(d.lossProbability())});
            rows.add(new String[] {method, "max drawdown", Formats.percent(d.maxDrawdown(5)),
                Formats.percent(d.maxDrawdown(50)), Formats.percent(d.maxDrawdown(95)), ""});
        }
        return Formats.table(rows);
    }
}
