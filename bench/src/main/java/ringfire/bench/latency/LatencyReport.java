package ringfire.bench.latency;

import org.HdrHistogram.Histogram;
import ringfire.engine.pipeline.PipelineConfig;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The output of {@code bench latency}: self-contained (machine, JDK, GC, load average, configuration, every
 * variant's percentiles, the ratios to the same-run baselines and the verdicts on the goals), printed as it goes
 * and kept in {@code summary.txt}, with each histogram in an {@code .hgrm} file (HdrHistogram's percentile
 * distribution, values in microseconds).
 */
final class LatencyReport
{
    static final double[] PERCENTILES = {50, 90, 99, 99.9, 99.99};
    static final String DEFAULT = name(PipelineConfig.defaults());
    static final double GOAL_P50_US = 10;
    static final double GOAL_P99_US = 50;
    static final double GOAL_FLOOR_RATIO = 3;
    static final double GOAL_ABQ_RATIO = 5;

    private final LatencyOptions options;
    private final PrintStream log;
    private final StringBuilder text = new StringBuilder();

    LatencyReport(final LatencyOptions options, final PrintStream log)
    {
        this.options = options;
        this.log = log;
    }

    static String name(final PipelineConfig config)
    {
        return "ring-" + (config.mode() == PipelineConfig.Mode.SINGLE ? "single" : "parallel") + "-"
            + Variant.waitName(config.waitStrategy());
    }

    /** The 1-minute load average, or -1 where the system does not tell. */
    static double loadAverage()
    {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private void line(final String s)
    {
        log.println(s);
        text.append(s).append('\n');
    }

    private void line(final String format, final Object... args)
    {
        line(String.format(Locale.ROOT, format, args));
    }

    void header()
    {
        line("ringfire bench latency%s: %,d msg/s open loop, %s s measured after %s s warmup per variant, %d variants",
            options.quick() ? " --quick (smoke run: numbers not meant to be read)" : "", options.rate(),
            trim(options.durationSeconds()), trim(options.warmupSeconds()), options.variants().size());
        line("date:    %s", Instant.now());
        line("machine: %d cores (availableProcessors), %s, %s %s %s", Runtime.getRuntime().availableProcessors(),
            cpuModel(), System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("os.arch"));
        line("jdk:     %s %s (%s), max heap %,d MB", System.getProperty("java.vendor.version", System.getProperty(
            "java.vendor")), Runtime.version(), System.getProperty("java.vm.name"),
            Runtime.getRuntime().maxMemory() >> 20);
        line("gc:      %s", ManagementFactory.getGarbageCollectorMXBeans().stream()
            .map(GarbageCollectorMXBean::getName).collect(Collectors.joining(", ")));
        line("load:    %.2f (1-minute load average at start)", loadAverage());
        line("engine:  default settings (config/paper.yaml) with sma-cross fast 1 / slow 2; lead-in of 15 bars opens "
            + "a long on BTCUSDT and ETHUSDT; trades alternate between them at 9,990-10,010 (nothing triggers); "
            + "Chronicle journal in a temp dir; ring size %d; engine default threading %s", LatencyBench.RING_SIZE,
            DEFAULT);
        line("path:    feed (Netty WebSocket server, own thread) -> loopback TCP -> gateway client (Netty, own thread):"
            + " decode, encode onto the hand-off -> pipeline -> measured after the execution stage");
        line("columns: frame->decision = since the gateway read the frame; intended->decision = since the feed was "
            + "due to send it (start + i/rate: coordinated omission corrected, nothing synthesised); feed send lag = "
            + "how late the feed itself sent. Microseconds.");
    }

    void variant(final LatencyBench.Result r)
    {
        line("");
        line("== %s: %s", r.variant().name(), r.variant().describe());
        if (r.skipped() != null)
        {
            line("   skipped: %s", r.skipped());
            return;
        }
        line("   load %.2f -> %.2f; gc %d collections, %d ms; %,d messages (%,d measured), pipeline faults %d, "
            + "fills %d, exits %d%s", r.loadBefore(), r.loadAfter(), r.gcCount(), r.gcMillis(), r.messages(),
            r.fromFrame().getTotalCount(), r.faults(), r.fills(),
            r.exits(), r.variant().kind() == Variant.Kind.BARE || r.fills() == 2 && r.exits() == 0 ? ""
                : "  (expected 2 fills, 0 exits: steady state not as designed)");
        if (r.faults() > 0)
        {
            line("   pipeline faults: %d; %s", r.faults(), r.firstFault() != null ? "first: " + r.firstFault()
                : "inside the engine's stage handler (its log names the cause)");
        }
        line(percentiles("frame->decision", r.fromFrame()));
        line(percentiles("intended->decision", r.fromIntended()));
        line(percentiles("feed send lag", r.sendLag()));
    }

    static String percentiles(final String label, final Histogram h)
    {
        final StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "   %-19s", label));
        for (final double p : PERCENTILES)
        {
            sb.append(String.format(Locale.ROOT, " p%s %10s", trim(p), us(h.getValueAtPercentile(p))));
        }
        return sb.append(String.format(Locale.ROOT, " max %10s us", us(h.getMaxValue()))).toString();
    }

    void summary(final List<LatencyBench.Result> results)
    {
        line("");
        line("summary, frame->decision (intended->decision p99 in the last column), us:");
        line("   %-24s %10s %10s %10s %10s %10s %10s %12s", "variant", "p50", "p90", "p99", "p99.9", "p99.99", "max",
            "intended p99");
        for (final LatencyBench.Result r : results)
        {
            if (r.skipped() != null)
            {
                line("   %-24s skipped", r.variant().name());
                continue;
            }
            final Histogram h = r.fromFrame();
            line("   %-24s %10s %10s %10s %10s %10s %10s %12s", r.variant().name(), us(h.getValueAtPercentile(50)),
                us(h.getValueAtPercentile(90)), us(h.getValueAtPercentile(99)), us(h.getValueAtPercentile(99.9)),
                us(h.getValueAtPercentile(99.99)), us(h.getMaxValue()),
                us(r.fromIntended().getValueAtPercentile(99)));
        }
        line("");
        line("ratios of p99 frame->decision, same run:");
        for (final LatencyBench.Result r : results)
        {
            final Variant v = r.variant();
            if (r.skipped() == null && (v.kind() == Variant.Kind.RING || v.kind() == Variant.Kind.RING_PER_STAGE))
            {
                final LatencyBench.Result floor = find(results, "bare-" + Variant.waitName(v.waitStrategy()));
                if (floor != null)
                {
                    line("   %-24s / %-24s = %7.2fx%s", v.name(), floor.variant().name(), ratio(r, floor),
                        v.name().equals(DEFAULT) ? verdict(ratio(r, floor) <= GOAL_FLOOR_RATIO, "goal <= 3x") : "");
                }
            }
        }
        final LatencyBench.Result abq = find(results, "abq-single");
        for (final LatencyBench.Result r : results)
        {
            if (abq != null && r.skipped() == null && r.variant().kind() == Variant.Kind.RING
                && r.variant().mode() == PipelineConfig.Mode.SINGLE)
            {
                line("   %-24s / %-24s = %7.2fx%s", "abq-single", r.variant().name(), ratio(abq, r),
                    r.variant().name().equals(DEFAULT) ? verdict(ratio(abq, r) >= GOAL_ABQ_RATIO, "goal >= 5x") : "");
            }
        }
        final LatencyBench.Result abqPer = find(results, "abq-per-stage");
        for (final LatencyBench.Result r : results)
        {
            if (abqPer != null && r.skipped() == null && r.variant().kind() == Variant.Kind.RING_PER_STAGE)
            {
                line("   %-24s / %-24s = %7.2fx%s", "abq-per-stage", r.variant().name(), ratio(abqPer, r), "");
            }
        }
        goals(results);
    }

    private void goals(final List<LatencyBench.Result> results)
    {
        line("");
        final LatencyBench.Result def = find(results, DEFAULT);
        if (def == null)
        {
            line("goals: not judged (the engine default %s was not measured)", DEFAULT);
        }
        else
        {
            final double p50 = def.fromFrame().getValueAtPercentile(50) / 1_000.0;
            final double p99 = def.fromFrame().getValueAtPercentile(99) / 1_000.0;
            line("goals, engine default %s at %,d msg/s%s:", DEFAULT, options.rate(),
                options.rate() == 10_000 ? "" : " (the goals are stated for 10,000 msg/s)");
            line("   p50 frame->decision     %9s us goal < %s us%s", us(def.fromFrame().getValueAtPercentile(50)),
                trim(GOAL_P50_US), verdict(p50 < GOAL_P50_US, p50 / GOAL_P50_US));
            line("   p99 frame->decision     %9s us goal < %s us%s", us(def.fromFrame().getValueAtPercentile(99)),
                trim(GOAL_P99_US), verdict(p99 < GOAL_P99_US, p99 / GOAL_P99_US));
            final LatencyBench.Result floor = find(results, "bare-" + Variant.waitName(PipelineConfig.defaults().waitStrategy()));
            if (floor != null)
            {
                final double x = ratio(def, floor);
                line("   p99 / bare hop p99      %9.2fx goal <= 3x%s", x, verdict(x <= GOAL_FLOOR_RATIO,
                    x / GOAL_FLOOR_RATIO));
            }
            final LatencyBench.Result abq = find(results, "abq-single");
            if (abq != null)
            {
                final double x = ratio(abq, def);
                line("   abq-single p99 / p99    %9.2fx goal >= 5x%s (same threading, queue instead of ring)", x,
                    verdict(x >= GOAL_ABQ_RATIO, GOAL_ABQ_RATIO / x));
            }
            final LatencyBench.Result abqPer = find(results, "abq-per-stage");
            if (abqPer != null)
            {
                final double x = ratio(abqPer, def);
                line("   abq-per-stage p99 / p99 %9.2fx goal >= 5x%s (queues between every stage)", x,
                    verdict(x >= GOAL_ABQ_RATIO, GOAL_ABQ_RATIO / x));
            }
        }
        LatencyBench.Result best = null;
        for (final LatencyBench.Result r : results)
        {
            if (r.skipped() == null && (r.variant().kind() == Variant.Kind.RING
                || r.variant().kind() == Variant.Kind.RING_PER_STAGE) && (best == null
                || r.fromFrame().getValueAtPercentile(99) < best.fromFrame().getValueAtPercentile(99)))
            {
                best = r;
            }
        }
        if (best != null)
        {
            line("lowest p99 frame->decision of the ring threadings: %s (%s us; intended->decision p99 %s us)",
                best.variant().name(), us(best.fromFrame().getValueAtPercentile(99)),
                us(best.fromIntended().getValueAtPercentile(99)));
        }
    }

    private static String verdict(final boolean met, final String goal)
    {
        return "  (" + goal + ": " + (met ? "met" : "missed") + ")";
    }

    private static String verdict(final boolean met, final double factor)
    {
        return met ? "  met" : String.format(Locale.ROOT, "  MISSED by %.1fx", factor);
    }

    private static double ratio(final LatencyBench.Result a, final LatencyBench.Result b)
    {
        return (double)a.fromFrame().getValueAtPercentile(99) / Math.max(1, b.fromFrame().getValueAtPercentile(99));
    }

    private static LatencyBench.Result find(final List<LatencyBench.Result> results, final String name)
    {
        for (final LatencyBench.Result r : results)
        {
            if (r.variant().name().equals(name) && r.skipped() == null)
            {
                return r;
            }
        }
        return null;
    }

    /** Writes each histogram as {@code VARIANT.{frame,intended,send-lag}.hgrm} and the report as summary.txt. */
    List<Path> write(final List<LatencyBench.Result> results, final Path dir)
    {
        final List<Path> files = new ArrayList<>();
        try
        {
            for (final LatencyBench.Result r : results)
            {
                if (r.skipped() != null)
                {
                    continue;
                }
                files.add(hgrm(dir.resolve(r.variant().name() + ".frame.hgrm"), r.fromFrame()));
                files.add(hgrm(dir.resolve(r.variant().name() + ".intended.hgrm"), r.fromIntended()));
                files.add(hgrm(dir.resolve(r.variant().name() + ".send-lag.hgrm"), r.sendLag()));
            }
            final Path summary = dir.resolve("summary.txt");
            Files.writeString(summary, text, StandardCharsets.UTF_8);
            files.add(summary);
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static Path hgrm(final Path file, final Histogram h) throws IOException
    {
        try (PrintStream ps = new PrintStream(Files.newOutputStream(file), false, StandardCharsets.UTF_8))
        {
            h.outputPercentileDistribution(ps, 5, 1_000.0);
        }
        return file;
    }

    static String us(final long ns)
    {
        return String.format(Locale.ROOT, "%,.1f", ns / 1_000.0);
    }

    private static String trim(final double d)
    {
        return d == Math.rint(d) ? Long.toString((long)d) : Double.toString(d);
    }

    /** Collections so far and their total time in ms, over every collector. */
    static long[] gc()
    {
        long count = 0;
        long ms = 0;
        for (final GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans())
        {
            count += Math.max(0, b.getCollectionCount());
            ms += Math.max(0, b.getCollectionTime());
        }
        return new long[] {count, ms};
    }

    private static String cpuModel()
    {
        try
        {
            for (final String l : Files.readAllLines(Path.of("/proc/cpuinfo")))
            {
                if (l.startsWith("model name"))
                {
                    return l.substring(l.indexOf(':') + 1).strip();
                }
            }
        }
        catch (final IOException | RuntimeException e)
        {
            // not Linux
        }
        return System.getProperty("os.arch") + " CPU (model unknown)";
    }
}
