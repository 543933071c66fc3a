package ringfire.bench.replay;

import ringfire.journal.importer.BarColumns;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.BaseStrategy;
import org.ta4j.core.Rule;
import org.ta4j.core.TradingRecord;
import org.ta4j.core.backtest.BarSeriesManager;
import org.ta4j.core.backtest.TradeOnNextOpenModel;
import org.ta4j.core.indicators.ATRIndicator;
import org.ta4j.core.indicators.adx.ADXIndicator;
import org.ta4j.core.indicators.averages.EMAIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.num.DecimalNum;
import org.ta4j.core.num.DecimalNumFactory;
import org.ta4j.core.rules.CrossedDownIndicatorRule;
import org.ta4j.core.rules.CrossedUpIndicatorRule;
import ringfire.bench.BenchData;
import ringfire.bench.InputFrames;
import ringfire.codecs.Decimals;
import ringfire.codecs.EventView;
import ringfire.codecs.sbe.ExitTriggeredDecoder;
import ringfire.codecs.sbe.FillDecoder;
import ringfire.codecs.sbe.Side;
import ringfire.engine.backtest.Backtest;
import ringfire.engine.backtest.BacktestSpec;
import ringfire.engine.backtest.Progress;
import ringfire.engine.market.InstrumentSpec;
import ringfire.engine.pipeline.Egress;
import ringfire.engine.pipeline.EngineEvent;
import ringfire.engine.pipeline.EventJournal;
import ringfire.engine.pipeline.Faults;
import ringfire.engine.pipeline.Pipeline;
import ringfire.engine.pipeline.PipelineConfig;
import ringfire.engine.pipeline.Stage;
import ringfire.engine.pipeline.Stages;
import ringfire.engine.replay.ReplayResult;
import ringfire.engine.replay.Replayer;
import ringfire.engine.session.Session;
import ringfire.engine.session.SessionConfig;
import ringfire.engine.settings.EngineSettings;
import ringfire.journal.Journal;
import ringfire.journal.JournalOptions;
import ringfire.journal.JournalReader;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Events per second of journal replay through the full pipeline ({@link Replayer}: read the journal, put every
 * input on the ring, run risk → exit-plan → strategy → execution, compare the decisions with the recorded ones),
 * for
 * <ol>
 * <li>ticks: a recorded session of synthetic BTCUSDT and ETHUSDT public trades with a long open in each, so every
 * trade is marked, risk-checked and tested against an exit plan (the plans never trigger);</li>
 * <li>bars: the bundled BTCUSDT 1m month backtested ({@link Backtest}) with {@code ema-cross} and with
 * {@code sma-cross}, default settings, and with {@code ema-cross} under the ParityTest settings (no risk checks,
 * exit plans, fees or slippage, longs only);</li>
 * </ol>
 * and, in the same run on the same bars, ta4j's own {@link BarSeriesManager} running the same ema-cross strategy
 * (EMA 12/26 cross up enters, cross down exits, trade on next open, DecimalNum at the precision of Ringfire's ta4j
 * series), including building its bar series, the way ParityTest runs it; and the same again with its rules also
 * reading ATR(14) and ADX(14) every bar, the indicators Ringfire's ta4j strategies update per bar for their
 * market-regime label, so that the comparison can separate indicator work from the engine.
 *
 * <p>Same-run references for the tick replay: the journal read alone (the reader thread's floor), and the same
 * inputs read and put on the same ring with every stage a no-op (read + ring). The second is not a strict floor:
 * with no-op stages the pipeline thread drains the ring at once and waits again after nearly every event, so the
 * reader pays the wait strategy's wake-up far more often than when real stages keep the pipeline thread busy and
 * it takes events in batches; the full replay can come out faster than it.
 *
 * <p>Scenarios run round-robin, so that a burst of other load on the machine hits all of them alike; in each round
 * a scenario repeats until {@code minRoundSeconds} have passed (short ones, like ta4j, get several passes), and the
 * first {@code warmups} rounds are not counted. Each figure is the median over the measured rounds, with the range.
 * Every replay must reproduce the recorded decisions without faults, else the harness fails.
 */
public final class ReplayBench
{
    /** What to run. */
    public record Options(int trades, int bars, int warmups, int runs, double minRoundSeconds,
        PipelineConfig.Wait waitStrategy, Path workDir, boolean keep)
    {
        public static Options full()
        {
            return new Options(2_000_000, Integer.MAX_VALUE, 3, 5, 1.0, PipelineConfig.Wait.BLOCKING, null, false);
        }

        public static Options quick()
        {
            return new Options(100_000, 10_080, 1, 1, 0, PipelineConfig.Wait.BLOCKING, null, false);
        }

        /** The pipeline replays run on: by default as {@code ringfire replay}'s (single thread, BLOCKING, 4,096). */
        PipelineConfig pipeline()
        {
            return new PipelineConfig(PipelineConfig.Mode.SINGLE, waitStrategy, PipelineConfig.DEFAULT_RING_SIZE);
        }
    }

    /** One scenario's measured rounds: seconds per pass (a round's time over its passes). */
    public record Scenario(String name, String unit, long events, long units, double[] seconds, String note)
    {
        /** Units (events or bars) per second of each measured round. */
        public double[] rates()
        {
            return Arrays.stream(seconds).map(s -> units / s).toArray();
        }

        public double medianRate()
        {
            return median(rates());
        }
    }

    public record Report(List<Scenario> scenarios, String environment, String started, Options options)
    {
        public Scenario get(final String name)
        {
            return scenarios.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
        }
    }

    static final String TICKS = "ticks (trades, 2 open positions)";
    static final String TICKS_RING = "ticks: read + ring, no-op stages";
    static final String TICKS_READ = "ticks: journal read only";
    static final String EMA = "bars ema-cross (default settings)";
    static final String SMA = "bars sma-cross (default settings)";
    static final String EMA_PARITY = "bars ema-cross (ParityTest settings)";
    static final String TA4J = "ta4j BarSeriesManager ema-cross";
    static final String TA4J_REGIME = "ta4j BarSeriesManager ema-cross + ATR/ADX";

    /** Precision of Ringfire's ta4j series (Ta4jSeries.MATH_CONTEXT), which ParityTest also gives ta4j. */
    static final MathContext MATH_CONTEXT = new MathContext(20, RoundingMode.HALF_EVEN);
    static final EventJournal NO_JOURNAL = new EventJournal()
    {
        @Override
        public void onInput(final EngineEvent event)
        {
        }

        @Override
        public void onDecisions(final EngineEvent event)
        {
        }
    };

    private final Options options;
    private final PrintStream log;

    public ReplayBench(final Options options, final PrintStream log)
    {
        this.options = options;
        this.log = log;
    }

    public Report run()
    {
        final String started = Instant.now().toString();
        final String environment = environment();
        final Path work;
        try
        {
            // Always a fresh directory of our own (inside --dir when given): only that one is deleted afterwards.
            work = options.workDir() != null
                ? Files.createTempDirectory(Files.createDirectories(options.workDir()), "ringfire-bench-replay-")
                : Files.createTempDirectory("ringfire-bench-replay-");
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException(e);
        }
        try
        {
            return measure(work, started, environment);
        }
        finally
        {
            if (!options.keep())
            {
                delete(work);
            }
        }
    }

    private Report measure(final Path work, final String started, final String environment)
    {
        final InstrumentSpec btc = BenchData.btc();
        log.printf("replay bench: %s%n", environment);
        log.printf("journals in %s%s%n", work, options.keep() ? " (kept)" : " (deleted at the end)");
        log.printf("replays on %s; %d warmup + %d measured rounds, each scenario repeated for at least %.1f s "
                + "a round%n",
            options.pipeline(), options.warmups(), options.runs(), options.minRoundSeconds());

        log.printf("recording a tick session of %,d trades...%n", options.trades());
        final Path ticks = work.resolve("ticks");
        TickSession.record(ticks, options.trades());

        final Path data = barData(work, btc);
        final BarColumns bars = BenchData.read(data, btc, Integer.MAX_VALUE);
        log.printf("backtesting %,d bars of %s (ema-cross, sma-cross, ema-cross parity)...%n", bars.size,
            data.getFileName());
        final EngineSettings defaults = EngineSettings.defaults();
        final Path ema = backtest(work.resolve("ema"), defaults.with("strategy.name", "ema-cross"), data);
        final Path sma = backtest(work.resolve("sma"), defaults.with("strategy.name", "sma-cross"), data);
        final Path parity = backtest(work.resolve("ema-parity"), defaults.with("strategy.name", "ema-cross")
            .with("execution.exitPlans", "false").with("execution.riskChecks", "false")
            .with("execution.sides", "LONG").with("paper.takerFee", "0").with("paper.makerFee", "0")
            .with("paper.slippage", "0"), data);

        final PipelineConfig pipeline = options.pipeline();
        final List<Runner> runners = List.of(
            new Runner(TICKS, "events", () -> replay(ticks, pipeline),
                "tick journal replayed through the full pipeline"),
            new Runner(TICKS_RING, "events", () -> ringOnly(ticks, pipeline),
                "reference: the same inputs read and put on the same ring, stages and journal no-ops"),
            new Runner(TICKS_READ, "events", () -> readOnly(ticks), "floor: the Chronicle tailer alone"),
            new Runner(EMA, "bars", () -> bars(replay(ema, pipeline), bars.size),
                "risk, exit plans, fees; regime tracker per bar"),
            new Runner(SMA, "bars", () -> bars(replay(sma, pipeline), bars.size),
                "allocation-free integer SMAs"),
            new Runner(EMA_PARITY, "bars", () -> bars(replay(parity, pipeline), bars.size),
                "no risk checks, exit plans, fees; longs only"),
            new Runner(TA4J, "bars", () -> ta4j(bars, false), "series build + BarSeriesManager.run, DecimalNum(20)"),
            new Runner(TA4J_REGIME, "bars", () -> ta4j(bars, true),
                "as above, the rules also reading ATR(14) and ADX(14) every bar like Ringfire's regime tracker"));
        final int rounds = options.warmups() + options.runs();
        final double[][] seconds = new double[runners.size()][options.runs()];
        final long[][] counts = new long[runners.size()][];
        for (int round = 0; round < rounds; round++)
        {
            final boolean measured = round >= options.warmups();
            for (int r = 0; r < runners.size(); r++)
            {
                final Runner runner = runners.get(r);
                final long t0 = System.nanoTime();
                long[] c;
                int passes = 0;
                double elapsed;
                do
                {
                    c = runner.body().run();
                    passes++;
                    elapsed = (System.nanoTime() - t0) / 1e9;
                }
                while (elapsed < options.minRoundSeconds());
                final double s = elapsed / passes;
                counts[r] = c;
                if (measured)
                {
                    seconds[r][round - options.warmups()] = s;
                }
                log.printf(Locale.ROOT, "  %s %d/%d %-40s %2d x %8.3f s  %,14.0f %s/s%n",
                    measured ? "run   " : "warmup", measured ? round - options.warmups() + 1 : round + 1,
                    measured ? options.runs() : options.warmups(), runner.name(), passes, s, c[1] / s, runner.unit());
            }
        }
        final List<Scenario> scenarios = new ArrayList<>();
        for (int r = 0; r < runners.size(); r++)
        {
            final Runner runner = runners.get(r);
            scenarios.add(new Scenario(runner.name(), runner.unit(), counts[r][0], counts[r][1], seconds[r],
                runner.note()));
        }
        final Report report = new Report(scenarios, environment + "; load average at end "
            + loadAverage(), started, options);
        print(report);
        return report;
    }

    /** The data file: the bundled month, or its first {@code options.bars} bars written to a CSV in {@code work}. */
    private Path barData(final Path work, final InstrumentSpec btc)
    {
        final Path bundled = BenchData.btcFile();
        if (options.bars() == Integer.MAX_VALUE)
        {
            return bundled;
        }
        final BarColumns bars = BenchData.read(bundled, btc, options.bars());
        final StringBuilder csv = new StringBuilder("open_time_ms,open,high,low,close,volume\n");
        for (int i = 0; i < bars.size; i++)
        {
            csv.append(bars.openTimeMs[i]).append(',').append(Decimals.format(bars.open[i], btc.priceScale()))
                .append(',').append(Decimals.format(bars.high[i], btc.priceScale())).append(',')
                .append(Decimals.format(bars.low[i], btc.priceScale())).append(',')
                .append(Decimals.format(bars.close[i], btc.priceScale())).append(',')
                .append(Decimals.format(bars.volume[i], btc.qtyScale())).append('\n');
        }
        final Path file = work.resolve("BTCUSDT-1m-first-" + bars.size + ".csv");
        try
        {
            Files.writeString(file, csv);
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static Path backtest(final Path out, final EngineSettings settings, final Path data)
    {
        final Backtest.Result result = Backtest.run(new BacktestSpec(settings, "BTCUSDT", BenchData.MINUTE_S,
            List.of(data), null, out), Progress.NONE);
        if (result.faults() != 0)
        {
            throw new IllegalStateException("backtest faults: " + result.faults());
        }
        return out.resolve("journal");
    }

    /** Counts a bar replay's rate in bars (its inputs also hold the symbol table and the end-of-data tick). */
    static long[] bars(final long[] replayed, final int bars)
    {
        return new long[] {replayed[0], bars};
    }

    /** Replays {@code journal}; returns {inputs, inputs}. */
    static long[] replay(final Path journal, final PipelineConfig pipeline)
    {
        final ReplayResult result = new Replayer(pipeline, List.of(),
            (buffer, offset, length) -> "template " + EventView.templateId(buffer, offset)).replay(journal);
        if (!result.ok() || result.faults() != 0)
        {
            throw new IllegalStateException("replay of " + journal + " failed: faults " + result.faults()
                + ", divergence " + result.divergence());
        }
        return new long[] {result.inputs(), result.inputs()};
    }

    /** Reference: the journal's inputs read and published onto the same ring, every stage a no-op. */
    static long[] ringOnly(final Path journal, final PipelineConfig config)
    {
        final Stage noop = new Stage()
        {
            @Override
            public void onEvent(final EngineEvent event)
            {
            }

            @Override
            public String name()
            {
                return "noop";
            }
        };
        final Pipeline pipeline = Pipeline.start(config, NO_JOURNAL, new Stages(noop, noop, noop, noop), Egress.NONE,
            new Faults(), 0);
        final long[] inputs = {0};
        try (Journal j = Journal.openForReading(journal); JournalReader reader = j.reader())
        {
            reader.forEach((buffer, offset, length, index) ->
            {
                if (!EventView.isMetadata(buffer, offset) && !EventView.isDecision(buffer, offset))
                {
                    pipeline.ingress().publishCopy(buffer, offset, length);
                    inputs[0]++;
                }
            });
            pipeline.awaitProcessed();
        }
        finally
        {
            pipeline.close();
        }
        return new long[] {inputs[0], inputs[0]};
    }

    /** The reader's floor: every record read and classified as the replayer does (and its last byte touched),
     * nothing published. */
    static long[] readOnly(final Path journal)
    {
        final long[] inputs = {0, 0};
        try (Journal j = Journal.openForReading(journal); JournalReader reader = j.reader())
        {
            reader.forEach((buffer, offset, length, index) ->
            {
                if (!EventView.isMetadata(buffer, offset) && !EventView.isDecision(buffer, offset))
                {
                    inputs[0]++;
                    inputs[1] += buffer.getByte(offset + length - 1);
                }
            });
        }
        return new long[] {inputs[0], inputs[0]};
    }

    /**
     * ta4j's backtest of ema-cross over {@code bars}: {bars, bars}. With {@code regime}, the rules also read ATR(14)
     * and ADX(14) on every bar, the indicators every Ringfire ta4j strategy updates per bar for its market-regime
     * label (its ATR-percentile sort aside): the same indicator work, without the engine.
     */
    static long[] ta4j(final BarColumns bars, final boolean regime)
    {
        final InstrumentSpec btc = BenchData.btc();
        final BarSeries series = new BaseBarSeriesBuilder().withName("BTCUSDT")
            .withNumFactory(DecimalNumFactory.getInstance(MATH_CONTEXT)).build();
        final Duration minute = Duration.ofSeconds(BenchData.MINUTE_S);
        for (int i = 0; i < bars.size; i++)
        {
            series.barBuilder()
                .timePeriod(minute)
                .endTime(Instant.ofEpochMilli(bars.openTimeMs[i] + BenchData.MINUTE_S * 1_000L))
                .openPrice(num(bars.open[i], btc.priceScale()))
                .highPrice(num(bars.high[i], btc.priceScale()))
                .lowPrice(num(bars.low[i], btc.priceScale()))
                .closePrice(num(bars.close[i], btc.priceScale()))
                .volume(num(bars.volume[i], btc.qtyScale()))
                .add();
        }
        final ClosePriceIndicator close = new ClosePriceIndicator(series);
        final EMAIndicator fast = new EMAIndicator(close, 12);
        final EMAIndicator slow = new EMAIndicator(close, 26);
        Rule up = new CrossedUpIndicatorRule(fast, slow);
        Rule down = new CrossedDownIndicatorRule(fast, slow);
        if (regime)
        {
            final ATRIndicator atr = new ATRIndicator(series, 14);
            final ADXIndicator adx = new ADXIndicator(series, 14);
            final Rule cross = up;
            final Rule crossDown = down;
            final long[] sink = {0};
            up = (index, tradingRecord) ->
            {
                sink[0] += atr.getValue(index).hashCode() + adx.getValue(index).hashCode();
                return cross.isSatisfied(index, tradingRecord);
            };
            down = (index, tradingRecord) ->
            {
                sink[0] += atr.getValue(index).hashCode() + adx.getValue(index).hashCode();
                return crossDown.isSatisfied(index, tradingRecord);
            };
        }
        final TradingRecord record = new BarSeriesManager(series, new TradeOnNextOpenModel())
            .run(new BaseStrategy("ema-cross", up, down));
        if (bars.size > 100 && record.getPositionCount() == 0)
        {
            throw new IllegalStateException("ta4j made no trade on " + bars.size + " bars");
        }
        return new long[] {bars.size, bars.size};
    }

    static DecimalNum num(final long unscaled, final int scale)
    {
        return DecimalNum.valueOf(BigDecimal.valueOf(unscaled, scale), MATH_CONTEXT);
    }

    private void print(final Report report)
    {
        log.println();
        log.printf(Locale.ROOT, "%-40s %16s %16s %16s  %s%n", "scenario", "median /s", "min /s", "max /s", "events");
        for (final Scenario s : report.scenarios())
        {
            final double[] rates = s.rates();
            log.printf(Locale.ROOT, "%-40s %,16.0f %,16.0f %,16.0f  %,d %s%n", s.name(), s.medianRate(),
                Arrays.stream(rates).min().orElse(0), Arrays.stream(rates).max().orElse(0), s.units(), s.unit());
        }
        final double ta4j = report.get(TA4J).medianRate();
        log.println();
        log.printf(Locale.ROOT, "ratio vs ta4j BarSeriesManager (same bars, same run; > 1 = Ringfire faster):%n");
        for (final String name : List.of(EMA, EMA_PARITY, SMA))
        {
            log.printf(Locale.ROOT, "  %-40s %.2fx%n", name, report.get(name).medianRate() / ta4j);
        }
        final double regimeRate = report.get(TA4J_REGIME).medianRate();
        log.printf(Locale.ROOT, "ratio vs ta4j BarSeriesManager doing the same indicator work (EMAs + ATR + ADX):%n");
        for (final String name : List.of(EMA, EMA_PARITY))
        {
            log.printf(Locale.ROOT, "  %-40s %.2fx%n", name, report.get(name).medianRate() / regimeRate);
        }
        final double tickRate = report.get(TICKS).medianRate();
        log.printf(Locale.ROOT, "tick replay: %,.0f events/s (goal >= 3,000,000: %s); %.2fx the read + ring reference, "
                + "%.2fx the read-only floor%n", tickRate, tickRate >= 3_000_000 ? "met" : "missed",
            tickRate / report.get(TICKS_RING).medianRate(), tickRate / report.get(TICKS_READ).medianRate());
    }

    /** The report as JSON (medians, every measured round, the environment). */
    public static String toJson(final Report report)
    {
        final StringBuilder j = new StringBuilder("{\n");
        j.append("  \"started\": \"").append(report.started()).append("\",\n");
        j.append("  \"environment\": \"").append(report.environment().replace("\"", "'")).append("\",\n");
        final Options o = report.options();
        j.append(String.format(Locale.ROOT, "  \"options\": {\"trades\": %d, \"bars\": %d, \"warmups\": %d, "
            + "\"runs\": %d, \"min_round_seconds\": %.3f, \"pipeline\": \"%s\"},%n", o.trades(),
            o.bars() == Integer.MAX_VALUE ? -1 : o.bars(), o.warmups(), o.runs(), o.minRoundSeconds(), o.pipeline()));
        j.append("  \"scenarios\": [\n");
        final double ta4j = report.get(TA4J).medianRate();
        for (int i = 0; i < report.scenarios().size(); i++)
        {
            final Scenario s = report.scenarios().get(i);
            j.append(String.format(Locale.ROOT, "    {\"name\": \"%s\", \"unit\": \"%s\", \"units\": %d, "
                    + "\"inputs\": %d,"
                    + " \"median_per_s\": %.0f, \"vs_ta4j\": %.4f, \"seconds\": [%s], \"note\": \"%s\"}%s%n",
                s.name(), s.unit(), s.units(), s.events(), s.medianRate(),
                s.unit().equals("bars") ? s.medianRate() / ta4j : Double.NaN,
                Arrays.stream(s.seconds()).mapToObj(x -> String.format(Locale.ROOT, "%.6f", x))
                    .collect(Collectors.joining(", ")), s.note(), i + 1 < report.scenarios().size() ? "," : ""));
        }
        return j.append("  ]\n}\n").toString().replace("NaN", "null");
    }

    static String environment()
    {
        final String cpu = cpuModel();
        final String gcs = ManagementFactory.getGarbageCollectorMXBeans().stream()
            .map(GarbageCollectorMXBean::getName).collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "%d cpus (%s), %s %s, max heap %d MB, GC %s, load average at start %s",
            Runtime.getRuntime().availableProcessors(), cpu, System.getProperty("java.vm.name"),
            System.getProperty("java.runtime.version"), Runtime.getRuntime().maxMemory() >> 20, gcs, loadAverage());
    }

    static String loadAverage()
    {
        final double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", load);
    }

    static String cpuModel()
    {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo")))
        {
            return lines.filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).strip())
                .findFirst().orElse("unknown cpu");
        }
        catch (final IOException | UncheckedIOException e)
        {
            return "unknown cpu";
        }
    }

    static double median(final double[] values)
    {
        final double[] v = values.clone();
        Arrays.sort(v);
        final int n = v.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    static void delete(final Path dir)
    {
        if (!Files.exists(dir))
        {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir))
        {
            for (final Path p : walk.sorted(Comparator.reverseOrder()).toList())
            {
                Files.delete(p);
            }
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    interface Body
    {
        /** Runs once; returns {inputs replayed, units counted for the rate}. */
        long[] run();
    }

    record Runner(String name, String unit, Body body, String note)
    {
    }

    /**
     * The tick session: BTCUSDT and ETHUSDT each get 15 one-minute bars that make sma-cross (fast 1, slow 2) buy at
     * 10,000 (the lead-in of the engine's scenario tests), then {@code trades} public trades alternate between
     * them, 5 ms apart, at prices between 9,990 and 10,010: the first trade of each symbol fills its entry, every
     * later one is marked against an open position and tested against its exit plan (stop about 9,966, trailing
     * tiers from +8 %: nothing triggers).
     */
    static final class TickSession
    {
        static final long START_MS = Instant.parse("2025-06-01T00:00:00Z").toEpochMilli();

        static void record(final Path dir, final int trades)
        {
            final EngineSettings settings = EngineSettings.defaults().with("strategy.params.fast", "1")
                .with("strategy.params.slow", "2");
            final InstrumentSpec btc = settings.instrument("BTCUSDT");
            final InstrumentSpec eth = settings.instrument("ETHUSDT");
            final InstrumentSpec[] symbols = {btc, eth};
            final PipelineConfig pipeline = new PipelineConfig(PipelineConfig.Mode.SINGLE, PipelineConfig.Wait.BLOCKING,
                PipelineConfig.DEFAULT_RING_SIZE);
            try (Session session = Session.start(dir, JournalOptions.defaults(), pipeline,
                new SessionConfig(settings, START_MS * 1_000_000L), Egress.NONE))
            {
                final InputFrames inputs = new InputFrames(session.ingress());
                long openMs = START_MS;
                for (int i = 0; i < 15; i++, openMs += 60_000)
                {
                    for (final InstrumentSpec s : symbols)
                    {
                        final long q = s.qtyStep();
                        final long openNs = openMs * 1_000_000L;
                        if (i < 13)
                        {
                            inputs.bar(s.id(), 60, openNs, 990_000, 990_500, 989_500, 990_000, q, 0);
                        }
                        else if (i == 13)
                        {
                            inputs.bar(s.id(), 60, openNs, 990_000, 990_000, 989_000, 989_000, q, 0);
                        }
                        else
                        {
                            inputs.bar(s.id(), 60, openNs, 989_000, 1_000_000, 989_000, 1_000_000, q, 0);
                        }
                    }
                }
                final StringBuilder id = new StringBuilder(16);
                final long firstNs = openMs * 1_000_000L + 1_000_000L;
                for (int i = 0; i < trades; i++)
                {
                    final InstrumentSpec s = symbols[i & 1];
                    final long price = 1_000_000 + (i * 7_919L) % 2_001 - 1_000;
                    id.setLength(0);
                    id.append('t').append(i);
                    inputs.trade(s.id(), (i & 2) == 0 ? Side.BUY : Side.SELL, price, s.qtyStep(),
                        firstNs + i * 5_000_000L, id);
                }
                session.awaitProcessed();
                if (session.faults().total() != 0)
                {
                    throw new IllegalStateException("faults while recording the tick session: "
                        + session.faults().total());
                }
            }
            checkPositionsStayOpen(dir, trades);
        }

        /** The session must have filled both entries and made no exit, else it does not measure what it says. */
        private static void checkPositionsStayOpen(final Path dir, final int trades)
        {
            final long[] fills = {0};
            final long[] exits = {0};
            try (Journal journal = Journal.openForReading(dir); JournalReader reader = journal.reader())
            {
                reader.forEach((buffer, offset, length, index) ->
                {
                    final int template = EventView.templateId(buffer, offset);
                    if (template == FillDecoder.TEMPLATE_ID)
                    {
                        fills[0]++;
                    }
                    else if (template == ExitTriggeredDecoder.TEMPLATE_ID)
                    {
                        exits[0]++;
                    }
                });
            }
            if (trades >= 2 && (fills[0] != 2 || exits[0] != 0))
            {
                throw new IllegalStateException("tick session: expected 2 entry fills and no exit, got " + fills[0]
                    + " fills and " + exits[0] + " exits");
            }
        }
    }
}
