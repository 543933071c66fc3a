package ringfire.bench;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import ringfire.bench.latency.LatencyBench;
import ringfire.bench.latency.LatencyOptions;
import ringfire.bench.replay.ReplayBench;
import ringfire.engine.pipeline.PipelineConfig;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code ./ringfire bench}: the JMH suite with sensible defaults and JSON results, and the replay harness.
 *
 * <pre>
 *   ./ringfire bench jmh [PATTERN...] [--quick] [JMH-OPTION...]
 *   ./ringfire bench replay [--quick] [--trades N] [--bars N] [--warmups N] [--runs N] [--min-round S]
 *                           [--wait W] [--dir DIR] [--keep]
 *   ./ringfire bench latency [--quick] [--rate N] [--duration 60s] [--warmup 5s] [--variants A,B,...] [--out DIR]
 *   ./ringfire bench JMH-ARGS...        (anything else: handed to JMH's own command line unchanged)
 * </pre>
 */
public final class BenchCli
{
    static final int EXIT_OK = 0;
    static final int EXIT_FAILED = 1;
    static final int EXIT_USAGE = 2;

    /** JMH options that take a value: ours are left out when the caller gives them. */
    static final Set<String> DEFAULTED = Set.of("-f", "-wi", "-w", "-i", "-r", "-rf", "-rff");

    static final String USAGE = """
        usage: ./ringfire bench jmh [PATTERN...] [--quick] [JMH-OPTION...]
               ./ringfire bench replay [--quick] [--trades N] [--bars N] [--warmups N] [--runs N]
                                       [--min-round SECONDS] [--wait blocking|sleeping|yielding|busy-spin]
                                       [--dir DIR] [--keep]
               ./ringfire bench latency [--quick] [--rate 10000] [--duration 60s] [--warmup 5s]
                                        [--variants NAME,...] [--out DIR]
               ./ringfire bench JMH-ARGS...   (e.g. -l, -h: JMH's own command line, unchanged)

        jmh     runs the JMH benchmarks matching the PATTERNs (regular expressions; default: all), 1 fork,
                3 x 1 s warmup, 5 x 1 s measurement; --quick: 1 x 200 ms warmup, 1 x 200 ms measurement.
                Results go to bench/results/jmh-<UTC time>.json; JMH options given after the patterns
                (e.g. -prof gc for bytes/op, -p kind=TRADE, -f 3) are passed on and override the defaults.
                Prints the ratios against the same-run baselines at the end.
        replay  events per second of journal replay through the full pipeline (ticks with open positions;
                bundled BTCUSDT 1m bars with ema-cross and sma-cross) and ta4j's BarSeriesManager on the same
                bars, with same-run references for the ticks (journal read alone; journal read + ring with
                no-op stages); results also go to bench/results/replay-<UTC time>.json.
                Default: 2,000,000 trades, the whole month, 3 warmup + 5 measured rounds, each scenario
                repeated for at least 1 s a round, replays on a BLOCKING single-thread pipeline like
                `ringfire replay`; --quick: 100,000 trades, 10,080 bars, 1 + 1 rounds of one pass.
                --dir DIR records the journals in a new directory inside DIR (default: the temp directory);
                --keep leaves them there afterwards.
        latency end-to-end latency, WebSocket frame -> decision: a loopback feed sends public trades at --rate
                msg/s (open loop) to the gateway client and the pipeline (Chronicle journal, default trading
                stages with open positions); per threading variant, HdrHistograms from frame receipt and from
                the intended send time (coordinated omission corrected), p50 ... p99.99 and max, against
                same-run baselines (ArrayBlockingQueue hand-offs; a bare ring hop) with ratios and goal verdicts.
                Variants (default: all): bare-W, ring-single-W, ring-parallel-W (W = blocking, sleeping,
                yielding, busy-spin), ring-per-stage-blocking|sleeping, abq-single, abq-per-stage.
                Writes VARIANT.*.hgrm and summary.txt into --out (default
                bench/results/latency-<UTC time>). --quick: 2,000 msg/s,
                0.05 s warmup + 0.1 s per variant (a smoke run, not numbers).
        """;

    private BenchCli()
    {
    }

    public static void main(final String[] args)
    {
        final int code = run(args, System.out, System.err);
        System.exit(code);
    }

    static int run(final String[] args, final PrintStream out, final PrintStream err)
    {
        if (args.length == 0 || args[0].equals("help") || args[0].equals("--help"))
        {
            out.print(USAGE);
            return EXIT_OK;
        }
        try
        {
            return switch (args[0])
            {
                case "jmh" -> jmh(List.of(args).subList(1, args.length), out, err);
                case "replay" -> replay(List.of(args).subList(1, args.length), out, err);
                case "latency" -> latency(List.of(args).subList(1, args.length), out);
                default ->
                {
                    org.openjdk.jmh.Main.main(args);
                    yield EXIT_OK;
                }
            };
        }
        catch (final IllegalArgumentException e)
        {
            err.println("ringfire bench: " + e.getMessage());
            err.print(USAGE);
            return EXIT_USAGE;
        }
        catch (final Exception e)
        {
            err.println("ringfire bench: " + e);
            return EXIT_FAILED;
        }
    }

    // --- jmh ---------------------------------------------------------------------------------------------------

    static int jmh(final List<String> args, final PrintStream out, final PrintStream err)
        throws RunnerException, CommandLineOptionException
    {
        final Path results = resultsDir().resolve("jmh-" + timestamp() + ".json");
        final List<String> jmhArgs = jmhArgs(args, results);
        final CommandLineOptions options = new CommandLineOptions(jmhArgs.toArray(String[]::new));
        out.println("ringfire bench: jmh " + String.join(" ", jmhArgs));
        final Collection<RunResult> runs = new Runner(options).run();
        out.println();
        out.println("ratios against the same-run baselines:");
        Ratios.print(runs, out);
        out.println("results: " + options.getResult().orElse(results.toString()));
        return EXIT_OK;
    }

    /** The JMH command line for {@code ringfire bench jmh ARGS}: patterns, our defaults, the caller's options. */
    static List<String> jmhArgs(final List<String> args, final Path results)
    {
        boolean quick = false;
        final List<String> patterns = new ArrayList<>();
        final List<String> passed = new ArrayList<>();
        for (final String a : args)
        {
            if (a.equals("--quick"))
            {
                quick = true;
            }
            else if (a.equals("--"))
            {
                continue;
            }
            else if (passed.isEmpty() && !a.startsWith("-"))
            {
                patterns.add(a);
            }
            else
            {
                passed.add(a);
            }
        }
        final List<String> jmh = new ArrayList<>(patterns);
        final String[][] defaults = {
            {"-f", "1"},
            {"-wi", quick ? "1" : "3"},
            {"-w", quick ? "200ms" : "1s"},
            {"-i", quick ? "1" : "5"},
            {"-r", quick ? "200ms" : "1s"},
            {"-rf", "json"},
            {"-rff", results.toString()},
        };
        for (final String[] d : defaults)
        {
            if (!passed.contains(d[0]))
            {
                jmh.add(d[0]);
                jmh.add(d[1]);
            }
        }
        jmh.addAll(passed);
        return jmh;
    }

    // --- replay ------------------------------------------------------------------------------------------------

    static int replay(final List<String> args, final PrintStream out, final PrintStream err) throws IOException
    {
        final ReplayBench.Options options = replayOptions(args);
        final ReplayBench.Report report = new ReplayBench(options, out).run();
        final Path results = resultsDir().resolve("replay-" + timestamp() + ".json");
        Files.writeString(results, ReplayBench.toJson(report));
        out.println("results: " + results);
        return EXIT_OK;
    }

    static ReplayBench.Options replayOptions(final List<String> args)
    {
        ReplayBench.Options o = args.contains("--quick") ? ReplayBench.Options.quick() : ReplayBench.Options.full();
        int trades = o.trades();
        int bars = o.bars();
        int warmups = o.warmups();
        int runs = o.runs();
        double minRound = o.minRoundSeconds();
        PipelineConfig.Wait wait = o.waitStrategy();
        Path dir = null;
        boolean keep = false;
        for (int i = 0; i < args.size(); i++)
        {
            final String a = args.get(i);
            switch (a)
            {
                case "--quick" -> { }
                case "--keep" -> keep = true;
                case "--trades" -> trades = positive(a, value(args, ++i, a), 0);
                case "--bars" -> bars = positive(a, value(args, ++i, a), 30);
                case "--warmups" -> warmups = positive(a, value(args, ++i, a), 0);
                case "--runs" -> runs = positive(a, value(args, ++i, a), 1);
                case "--dir" -> dir = Path.of(value(args, ++i, a));
                case "--min-round" -> minRound = seconds(a, value(args, ++i, a));
                case "--wait" -> wait = waitStrategy(value(args, ++i, a));
                default -> throw new IllegalArgumentException("replay: unknown option '" + a + "'");
            }
        }
        return new ReplayBench.Options(trades, bars, warmups, runs, minRound, wait, dir, keep);
    }

    private static PipelineConfig.Wait waitStrategy(final String text)
    {
        try
        {
            return PipelineConfig.Wait.valueOf(text.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
        catch (final IllegalArgumentException e)
        {
            throw new IllegalArgumentException("--wait expects blocking, sleeping, yielding or busy-spin, was '"
                + text + "'");
        }
    }

    private static double seconds(final String option, final String text)
    {
        try
        {
            final double s = Double.parseDouble(text);
            if (s >= 0 && s <= 600)
            {
                return s;
            }
        }
        catch (final NumberFormatException e)
        {
            // reported below
        }
        throw new IllegalArgumentException(option + " expects seconds between 0 and 600, was '" + text + "'");
    }

    private static String value(final List<String> args, final int i, final String option)
    {
        if (i >= args.size())
        {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i);
    }

    private static int positive(final String option, final String text, final int min)
    {
        try
        {
            final int n = Integer.parseInt(text.replace("_", "").replace(",", ""));
            if (n < min)
            {
                throw new IllegalArgumentException(option + " must be at least " + min + ", was " + text);
            }
            return n;
        }
        catch (final NumberFormatException e)
        {
            throw new IllegalArgumentException(option + " expects a whole number, was '" + text + "'");
        }
    }

    // --- latency -----------------------------------------------------------------------------------------------

    static int latency(final List<String> args, final PrintStream out)
    {
        if (args.contains("--help") || args.contains("-h"))
        {
            out.print(USAGE);
            return EXIT_OK;
        }
        final LatencyOptions options = LatencyOptions.parse(args);
        final Path dir = options.out() != null ? options.out() : resultsDir().resolve("latency-" + timestamp());
        new LatencyBench(options, dir, out).run();
        return EXIT_OK;
    }

    // --- shared ------------------------------------------------------------------------------------------------

    /** {@code $RINGFIRE_HOME/bench/results} (the launcher sets RINGFIRE_HOME), else {@code bench/results} here. */
    static Path resultsDir()
    {
        final String home = System.getenv("RINGFIRE_HOME");
        final Path dir = (home != null ? Path.of(home) : Path.of("")).resolve("bench").resolve("results");
        try
        {
            return Files.createDirectories(dir);
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException(e);
        }
    }

    static String timestamp()
    {
        return ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT));
    }
}
