package ringfire.engine.research;

import com.fasterxml.jackson.core.JsonGenerator;
import ringfire.engine.report.Summary;
import ringfire.engine.settings.EngineSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Walk-forward analysis. The data's period is split into {@link Windows}; for each window every combination of the
 * grid is backtested on the train bars (all windows' train runs in parallel), the best by the metric is chosen (ties
 * and undefined values go to the first in grid order), and that one is backtested on the test bars. The test runs
 * go one after the other, each starting with the previous test run's final equity as its capital, so their equity
 * curves join into one out-of-sample curve ({@link Stitched}).
 *
 * <p>A backtest of a time slice gets exactly the bars that open in it, written as a temporary kline CSV
 * (exact decimals) under {@code out/.slices/} and removed at the end; the strategy starts cold in every slice
 * (its indicators warm up on the slice's first bars, as at the start of any backtest). Layout of {@code out/}:
 * {@code wNN/train/<combination>/} and {@code wNN/test/} (journal and report each), {@code walkforward.csv},
 * {@code walkforward.json}.
 */
public final class WalkForward
{
    public static final String CSV = "walkforward.csv";
    public static final String JSON = "walkforward.json";
    static final String SLICES = ".slices";

    private WalkForward()
    {
    }

    /**
     * One window's outcome.
     *
     * @param inSample    the chosen combination's train backtest
     * @param outOfSample its test backtest
     * @param testDir     the test run's directory, relative to the output directory
     */
    public record WindowResult(Windows.Window window, Combination chosen, Summary inSample, Summary outOfSample,
        String testDir)
    {
    }

    /**
     * The whole analysis.
     *
     * @param planned the windows the data allows; {@code windows} has fewer only when the account was wiped out
     */
    public record Result(BacktestBase base, Grid grid, Metric metric, long trainMs, long testMs, int planned,
        List<WindowResult> windows, Stitched stitched, long faults)
    {
        /** Mean over the windows of a metric of the chosen combinations' train runs; null when none is defined. */
        public Double inSampleAverage(final Function<Summary, Double> metric)
        {
            return average(windows.stream().map(w -> metric.apply(w.inSample())));
        }

        /** Mean over the windows of a metric of the test runs; null when none is defined. */
        public Double outOfSampleAverage(final Function<Summary, Double> metric)
        {
            return average(windows.stream().map(w -> metric.apply(w.outOfSample())));
        }

        private static Double average(final Stream<Double> values)
        {
            final double[] defined = values.filter(v -> v != null && Double.isFinite(v)).mapToDouble(v -> v).toArray();
            if (defined.length == 0)
            {
                return null;
            }
            double sum = 0;
            for (final double v : defined)
            {
                sum += v;
            }
            return sum / defined.length;
        }

        /** walkforward.csv: one row per window. */
        public String csv()
        {
            final StringBuilder out = new StringBuilder();
            boolean header = true;
            for (final WindowResult w : windows)
            {
                final Map<String, String> row = csvRow(w);
                if (header)
                {
                    out.append(String.join(",", row.keySet().stream().map(Formats::csv).toList())).append('\n');
                    header = false;
                }
                out.append(String.join(",", row.values().stream().map(Formats::csv).toList())).append('\n');
            }
            return out.toString();
        }

        private Map<String, String> csvRow(final WindowResult w)
        {
            final Map<String, String> row = new LinkedHashMap<>();
            row.put("window", Integer.toString(w.window().number()));
            row.put("train_start", Formats.iso(w.window().trainFromMs()));
            row.put("train_end", Formats.iso(w.window().trainToMs()));
            row.put("test_start", Formats.iso(w.window().testFromMs()));
            row.put("test_end", Formats.iso(w.window().testToMs()));
            w.chosen().values().forEach(row::put);
            row.put("in_sample_" + metric.key(), Formats.fraction(metric.of(w.inSample())));
            row.put("out_of_sample_" + metric.key(), Formats.fraction(metric.of(w.outOfSample())));
            row.put("in_sample_total_return", Formats.fraction(w.inSample().totalReturn()));
            row.put("out_of_sample_total_return", Formats.fraction(w.outOfSample().totalReturn()));
            row.put("out_of_sample_max_drawdown", Formats.fraction(w.outOfSample().maxDrawdown()));
            row.put("out_of_sample_trades", Integer.toString(w.outOfSample().trades()));
            row.put("test_starting_capital", Formats.money(w.outOfSample().startingCapital()));
            row.put("test_final_equity", Formats.money(w.outOfSample().finalEquity()));
            row.put("run_dir", w.testDir());
            return row;
        }

        /** walkforward.json. */
        public String json()
        {
            return new JsonOut().object(null, j ->
            {
                j.writeStringField("strategy", base.settings().strategy().name());
                j.writeStringField("symbol", base.symbol());
                j.writeStringField("interval", base.intervalLabel());
                j.writeStringField("metric", metric.key());
                j.writeStringField("train", Durations.label(trainMs));
                j.writeStringField("test", Durations.label(testMs));
                j.writeObjectFieldStart("grid");
                for (final Grid.Axis axis : grid.axes())
                {
                    j.writeArrayFieldStart(axis.key());
                    for (final String v : axis.values())
                    {
                        j.writeString(v);
                    }
                    j.writeEndArray();
                }
                j.writeEndObject();
                j.writeNumberField("combinations", grid.size());
                j.writeNumberField("windows_planned", planned);
                j.writeArrayFieldStart("windows");
                for (final WindowResult w : windows)
                {
                    window(j, w);
                }
                j.writeEndArray();
                j.writeObjectFieldStart("out_of_sample");
                JsonOut.fraction(j, "total_return", stitched.totalReturn());
                JsonOut.fraction(j, "compounded_return", stitched.compoundedReturn());
                JsonOut.fraction(j, "max_drawdown", stitched.maxDrawdown());
                JsonOut.fraction(j, "sharpe", stitched.sharpe());
                JsonOut.fraction(j, "sortino", stitched.sortino());
                j.writeNumberField("days", stitched.days());
                j.writeNumberField("trades", windows.stream().mapToInt(w -> w.outOfSample().trades()).sum());
                JsonOut.money(j, "starting_capital", stitched.startingCapital());
                JsonOut.money(j, "final_equity", stitched.finalEquity());
                j.writeEndObject();
                averages(j, "in_sample_average", true);
                averages(j, "out_of_sample_average", false);
            }).text();
        }

        private void window(final JsonGenerator j, final WindowResult w) throws IOException
        {
            j.writeStartObject();
            j.writeNumberField("window", w.window().number());
            j.writeStringField("train_start", Formats.iso(w.window().trainFromMs()));
            j.writeStringField("train_end", Formats.iso(w.window().trainToMs()));
            j.writeStringField("test_start", Formats.iso(w.window().testFromMs()));
            j.writeStringField("test_end", Formats.iso(w.window().testToMs()));
            j.writeObjectFieldStart("params");
            for (final Map.Entry<String, String> e : w.chosen().values().entrySet())
            {
                j.writeStringField(e.getKey(), e.getValue());
            }
            j.writeEndObject();
            j.writeObjectFieldStart("in_sample");
            metrics(j, w.inSample());
            j.writeEndObject();
            j.writeObjectFieldStart("out_of_sample");
            metrics(j, w.outOfSample());
            JsonOut.money(j, "starting_capital", w.outOfSample().startingCapital());
            JsonOut.money(j, "final_equity", w.outOfSample().finalEquity());
            j.writeEndObject();
            j.writeStringField("run_dir", w.testDir());
            j.writeEndObject();
        }

        private void metrics(final JsonGenerator j, final Summary s) throws IOException
        {
            JsonOut.fraction(j, "metric", metric.of(s));
            JsonOut.fraction(j, "total_return", s.totalReturn());
            JsonOut.fraction(j, "sharpe", s.sharpe());
            JsonOut.fraction(j, "max_drawdown", s.maxDrawdown());
            j.writeNumberField("trades", s.trades());
        }

        private void averages(final JsonGenerator j, final String key, final boolean inSample) throws IOException
        {
            final Function<Function<Summary, Double>, Double> avg = inSample ? this::inSampleAverage
                : this::outOfSampleAverage;
            j.writeObjectFieldStart(key);
            JsonOut.fraction(j, "metric", avg.apply(metric::of));
            JsonOut.fraction(j, "total_return", avg.apply(Summary::totalReturn));
            JsonOut.fraction(j, "sharpe", avg.apply(Summary::sharpe));
            JsonOut.fraction(j, "max_drawdown", avg.apply(Summary::maxDrawdown));
            j.writeEndObject();
        }
    }

    /**
     * Runs the analysis into {@code outDir} and writes walkforward.csv and walkforward.json there.
     *
     * @throws IllegalArgumentException before any backtest runs when a grid key or value is not valid, the data is
     *                                  shorter than train + test, or a train or test period has no bars
     */
    public static Result run(final BacktestBase base, final Grid grid, final Metric metric, final long trainMs,
        final long testMs, final Path outDir, final int threads, final ParallelBacktests.Listener listener)
    {
        final List<EngineSettings> settings = grid.settings(base.settings());
        final List<Combination> combinations = grid.combinations();
        final BarData data = BarData.load(base.settings().instrument(base.symbol()), base.intervalSeconds(),
            base.dataFiles(), base.dataJournal());
        final List<Windows.Window> windows = Windows.split(data.firstOpenMs(), data.endMs(), trainMs, testMs,
            data.intervalMs());
        final Path slices = outDir.resolve(SLICES);
        try
        {
            final List<Path> trainFiles = new ArrayList<>();
            final List<Path> testFiles = new ArrayList<>();
            for (final Windows.Window w : windows)
            {
                trainFiles.add(slice(data, slices.resolve(dirName(w, windows) + "-train.csv"), w.trainFromMs(),
                    w.trainToMs(), w, "train"));
                testFiles.add(slice(data, slices.resolve(dirName(w, windows) + "-test.csv"), w.testFromMs(),
                    w.testToMs(), w, "test"));
            }
            final List<ParallelBacktests.Job> trainJobs = new ArrayList<>();
            for (final Windows.Window w : windows)
            {
                for (final Combination c : combinations)
                {
                    trainJobs.add(base.job(settings.get(c.index()), trainFiles.get(w.number() - 1),
                        outDir.resolve(dirName(w, windows)).resolve("train").resolve(c.name())));
                }
            }
            final List<ParallelBacktests.Outcome> trained = ParallelBacktests.run(trainJobs, threads, listener);
            long faults = trained.stream().mapToLong(ParallelBacktests.Outcome::faults).sum();
            final List<WindowResult> results = new ArrayList<>();
            final List<EquitySeries> curves = new ArrayList<>();
            long capital = base.settings().account().startingBalance();
            for (final Windows.Window w : windows)
            {
                final int first = (w.number() - 1) * combinations.size();
                final Combination chosen = best(metric, combinations, trained.subList(first, first + combinations.size()));
                final Summary inSample = trained.get(first + chosen.index()).summary();
                final EngineSettings s = settings.get(chosen.index())
                    .with("account.startingBalance", Formats.money(capital));
                final String testDir = dirName(w, windows) + "/test";
                final ParallelBacktests.Outcome tested = ParallelBacktests.runOne(
                    base.job(s, testFiles.get(w.number() - 1), outDir.resolve(testDir)));
                faults += tested.faults();
                results.add(new WindowResult(w, chosen, inSample, tested.summary(), testDir));
                curves.add(EquitySeries.read(outDir.resolve(testDir).resolve("equity.csv")));
                capital = tested.summary().finalEquity();
                if (capital <= 0)
                {
                    break;
                }
            }
            final double[] returns = results.stream().mapToDouble(r -> r.outOfSample().totalReturn()).toArray();
            final Stitched stitched = Stitched.of(base.settings().account().startingBalance(), curves, returns,
                data.intervalMs() * 1_000_000L);
            final Result result = new Result(base, grid, metric, trainMs, testMs, windows.size(), List.copyOf(results),
                stitched, faults);
            Files.writeString(outDir.resolve(CSV), result.csv(), StandardCharsets.UTF_8);
            Files.writeString(outDir.resolve(JSON), result.json(), StandardCharsets.UTF_8);
            return result;
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException("cannot write into " + outDir + ": " + e.getMessage(), e);
        }
        finally
        {
            deleteQuietly(slices);
        }
    }

    /** The best outcome by the metric; ties and undefined values go to the first in grid order. */
    static Combination best(final Metric metric, final List<Combination> combinations,
        final List<ParallelBacktests.Outcome> outcomes)
    {
        int best = 0;
        for (int i = 1; i < outcomes.size(); i++)
        {
            if (metric.bestFirst().compare(outcomes.get(i).summary(), outcomes.get(best).summary()) < 0)
            {
                best = i;
            }
        }
        return combinations.get(best);
    }

    private static Path slice(final BarData data, final Path file, final long fromMs, final long toMs,
        final Windows.Window w, final String period)
    {
        if (data.writeCsv(file, fromMs, toMs) == 0)
        {
            throw new IllegalArgumentException("window " + w.number() + ": no bars in the " + period + " period "
                + Formats.iso(fromMs) + " .. " + Formats.iso(toMs) + " (a gap in the data)");
        }
        return file;
    }

    /** {@code w01}, {@code w02}...: at least two digits, zero-padded to the number of windows. */
    static String dirName(final Windows.Window w, final List<Windows.Window> all)
    {
        final int width = Math.max(2, Integer.toString(all.size()).length());
        return String.format(Locale.ROOT, "w%0" + width + "d", w.number());
    }

    private static void deleteQuietly(final Path dir)
    {
        if (!Files.exists(dir))
        {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir))
        {
            for (final Path p : walk.sorted(Comparator.reverseOrder()).toList())
            {
                Files.deleteIfExists(p);
            }
        }
        catch (final IOException | UncheckedIOException ignored)
        {
            // temporary slices only; a leftover does no harm
        }
    }
}
