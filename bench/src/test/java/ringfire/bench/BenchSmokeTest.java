package ringfire.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import ringfire.bench.latency.LatencyBench;
import ringfire.bench.latency.LatencyOptions;
import ringfire.bench.latency.Variant;
import ringfire.bench.replay.ReplayBench;
import ringfire.engine.pipeline.PipelineConfig;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps every harness runnable without measuring anything: each JMH benchmark is invoked a few times directly,
 * after its @Setup, for every @Param value (no JMH fork, no timing), and the replay harness runs once on a tiny
 * input. No assertion here is about speed.
 */
class BenchSmokeTest
{
    private static final int INVOCATIONS = 3;

    @TempDir
    Path tmp;

    @Test
    void everyBenchmarkClassHasARunnableBenchmark() throws Exception
    {
        final List<BenchmarkListEntry> entries = benchmarkList();
        final Set<String> listed = entries.stream().map(BenchmarkListEntry::getUserClassQName)
            .collect(Collectors.toCollection(TreeSet::new));
        assertThat(listed).as("classes JMH knows").containsAll(benchmarkClassesOnDisk());

        final List<String> ran = new ArrayList<>();
        for (final BenchmarkListEntry entry : entries)
        {
            final Class<?> type = Class.forName(entry.getUserClassQName());
            final String methodName = entry.getUsername().substring(entry.getUserClassQName().length() + 1);
            final Method method = benchmarkMethod(type, methodName);
            final Map<String, String[]> params = entry.getParams().orElse(Map.of());
            for (final Map<String, String> combination : combinations(params))
            {
                invoke(type, method, combination);
                ran.add(entry.getUsername() + combination);
            }
        }
        assertThat(ran).hasSizeGreaterThanOrEqualTo(entries.size());
        System.out.println("invoked " + ran.size() + " benchmark x params: " + ran);
    }

    @Test
    void replayHarnessRunsOnATinyInput()
    {
        final ByteArrayOutputStream log = new ByteArrayOutputStream();
        final ReplayBench.Report report = new ReplayBench(
            new ReplayBench.Options(2_000, 300, 0, 1, 0, PipelineConfig.Wait.BLOCKING, tmp.resolve("replay"),
                false),
            new PrintStream(log, true, StandardCharsets.UTF_8)).run();
        assertThat(report.scenarios()).hasSize(8);
        for (final ReplayBench.Scenario s : report.scenarios())
        {
            assertThat(s.units()).as(s.name()).isPositive();
            assertThat(s.seconds()).as(s.name()).hasSize(1);
        }
        assertThat(ReplayBench.toJson(report)).contains("\"scenarios\"");
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("ratio vs ta4j");
        assertThat(tmp.resolve("replay")).isEmptyDirectory();
    }

    @Test
    void jmhCommandLineHasDefaultsTheCallerCanOverride()
    {
        final Path out = Path.of("results.json");
        assertThat(BenchCli.jmhArgs(List.of(), out))
            .containsExactly("-f", "1", "-wi", "3", "-w", "1s", "-i", "5", "-r", "1s", "-rf", "json", "-rff",
                "results.json");
        assertThat(BenchCli.jmhArgs(List.of("Decode", "--quick"), out))
            .containsExactly("Decode", "-f", "1", "-wi", "1", "-w", "200ms", "-i", "1", "-r", "200ms", "-rf", "json",
                "-rff", "results.json");
        assertThat(BenchCli.jmhArgs(List.of("Journal", "Sbe", "-prof", "gc", "-f", "2"), out))
            .containsExactly("Journal", "Sbe", "-wi", "3", "-w", "1s", "-i", "5", "-r", "1s", "-rf", "json",
                "-rff", "results.json", "-prof", "gc", "-f", "2");
    }

    @Test
    void replayOptionsAreParsed()
    {
        assertThat(BenchCli.replayOptions(List.of("--quick"))).isEqualTo(ReplayBench.Options.quick());
        assertThat(BenchCli.replayOptions(List.of())).isEqualTo(ReplayBench.Options.full());
        final ReplayBench.Options o = BenchCli.replayOptions(List.of("--trades", "1_000", "--runs", "2", "--keep"));
        assertThat(o.trades()).isEqualTo(1_000);
        assertThat(o.runs()).isEqualTo(2);
        assertThat(o.keep()).isTrue();
        assertThat(BenchCli.replayOptions(List.of("--wait", "busy-spin")).waitStrategy())
            .isEqualTo(PipelineConfig.Wait.BUSY_SPIN);
        final ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(BenchCli.run(new String[] {"replay", "--nope"}, new PrintStream(new ByteArrayOutputStream()),
            new PrintStream(err))).isEqualTo(BenchCli.EXIT_USAGE);
        assertThat(err.toString()).contains("unknown option '--nope'");
    }

    @Test
    void latencyHarnessRunsEveryVariantQuickly() throws Exception
    {
        final LatencyOptions options = LatencyOptions.parse(List.of("--quick"));
        assertThat(options.variants()).hasSize(13);
        final ByteArrayOutputStream log = new ByteArrayOutputStream();
        final Path out = tmp.resolve("latency");
        final List<Path> files = new LatencyBench(options, out, new PrintStream(log, true, StandardCharsets.UTF_8))
            .run();
        final String text = log.toString(StandardCharsets.UTF_8);
        final long measured = options.messages() - options.warmupMessages();
        int ran = 0;
        for (final Variant v : options.variants())
        {
            assertThat(text).contains("== " + v.name() + ": ");
            if (text.contains("== " + v.name() + ": " + v.describe() + "\n   skipped: "))
            {
                // a spinning configuration the engine refuses on this machine's core count
                assertThat(v.waitStrategy().spins()).as(v.name()).isTrue();
                continue;
            }
            ran++;
            final Hgrm frame = hgrm(out.resolve(v.name() + ".frame.hgrm"));
            final Hgrm intended = hgrm(out.resolve(v.name() + ".intended.hgrm"));
            assertThat(frame.total()).as(v.name()).isEqualTo(measured);
            assertThat(intended.total()).as(v.name()).isEqualTo(measured);
            assertThat(hgrm(out.resolve(v.name() + ".send-lag.hgrm")).total()).as(v.name())
                .isEqualTo(options.messages());
            // a frame is read after it was due, so measured from its due time it is never faster
            assertThat(intended.max()).as(v.name()).isGreaterThanOrEqualTo(frame.max());
        }
        assertThat(ran).isGreaterThanOrEqualTo(11);
        assertThat(text).containsPattern("frame->decision +p50 +[0-9.,]+ p90 +[0-9.,]+ p99 +[0-9.,]+ p99\\.9 +[0-9.,]+ "
            + "p99\\.99 +[0-9.,]+ max +[0-9.,]+ us");
        assertThat(text).containsPattern("intended->decision +p50 ");
        assertThat(text).contains("ring-single-sleeping     / bare-sleeping", "abq-single               / ring-single-sleeping",
            "goals, engine default ring-single-" + ringfire.engine.pipeline.PipelineConfig.defaults().waitStrategy().name()
                .toLowerCase(java.util.Locale.ROOT).replace('_', '-'), "p99 frame->decision", "machine: ", "load: ");
        // one thread per stage races on the stages' shared state (a documented timing experiment), so only the
        // variants the engine can run must reach the designed steady state every time
        for (final String block : text.split("\n== "))
        {
            if (!block.startsWith("ring-per-stage") && !block.startsWith("abq-per-stage"))
            {
                assertThat(block).doesNotContain("steady state not as designed");
            }
        }
        assertThat(files).contains(out.resolve("summary.txt"));
        assertThat(Files.readString(out.resolve("summary.txt"))).contains("ratios of p99 frame->decision");
    }

    @Test
    void latencyOptionsAreValidated()
    {
        final LatencyOptions defaults = LatencyOptions.parse(List.of());
        assertThat(defaults.rate()).isEqualTo(10_000);
        assertThat(defaults.durationSeconds()).isEqualTo(60);
        assertThat(defaults.messages()).isEqualTo(650_000);
        final LatencyOptions o = LatencyOptions.parse(List.of("--rate", "5_000", "--duration", "500ms", "--warmup",
            "0", "--variants", "abq-single,ring-single-busy-spin"));
        assertThat(o.messages()).isEqualTo(2_500);
        assertThat(o.variants()).extracting(Variant::name).containsExactly("abq-single", "ring-single-busy-spin");
        assertThat(usageError("latency", "--rate", "0"))
            .contains("--rate expects messages per second between 1 and 1000000, was '0'");
        assertThat(usageError("latency", "--rate", "fast")).contains("--rate expects messages per second");
        assertThat(usageError("latency", "--duration", "0s"))
            .contains("--duration expects a duration such as 60s, 500ms or 2m, above 0 up to 1 hour, was '0s'");
        assertThat(usageError("latency", "--duration", "-5s")).contains("--duration expects a duration");
        assertThat(usageError("latency", "--duration")).contains("--duration needs a value");
        assertThat(usageError("latency", "--variants", "ring-per-stage-busy-spin")).contains("would spin five threads");
        assertThat(usageError("latency", "--variants", "ring-double-sleeping")).contains("unknown variant");
        assertThat(usageError("latency", "--nope")).contains("latency: unknown option '--nope'");
        final ByteArrayOutputStream help = new ByteArrayOutputStream();
        assertThat(BenchCli.run(new String[] {"latency", "--help"}, new PrintStream(help), new PrintStream(
            new ByteArrayOutputStream()))).isEqualTo(BenchCli.EXIT_OK);
        assertThat(help.toString(StandardCharsets.UTF_8)).contains("./ringfire bench latency [--quick]");
    }

    private static String usageError(final String... args)
    {
        final ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(BenchCli.run(args, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err)))
            .isEqualTo(BenchCli.EXIT_USAGE);
        return err.toString(StandardCharsets.UTF_8).lines().findFirst().orElse("");
    }

    /**
     * Parses an .hgrm file (HdrHistogram's percentile distribution): every data row has a value, a percentile
     * between 0 and 1, a cumulative count and 1/(1-percentile), in order, the last at percentile 1 (where the
     * fourth column is left out); returns the footer's total count, which the last row's count must equal, and max.
     */
    private record Hgrm(long total, double max)
    {
    }

    private static Hgrm hgrm(final Path file) throws java.io.IOException
    {
        assertThat(file).exists();
        final List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0).trim().split("\\s+")).containsExactly("Value", "Percentile", "TotalCount",
            "1/(1-Percentile)");
        double lastPercentile = -1;
        long lastCount = -1;
        Long total = null;
        double max = -1;
        for (final String line : lines.subList(1, lines.size()))
        {
            final String l = line.trim();
            if (l.isEmpty())
            {
                continue;
            }
            if (l.startsWith("#[Max"))
            {
                max = Double.parseDouble(l.substring(l.indexOf('=') + 1, l.indexOf(',')).trim());
                total = Long.parseLong(l.substring(l.indexOf("Total count") + "Total count".length())
                    .replaceAll("[^0-9]", ""));
                continue;
            }
            if (l.startsWith("#"))
            {
                continue;
            }
            final String[] cols = l.split("\\s+");
            final double percentile = Double.parseDouble(cols[1]);
            // the row at percentile 1 has no 1/(1-Percentile) column
            assertThat(cols).as(file + ": " + l).hasSize(percentile == 1.0 ? 3 : 4);
            assertThat(Double.parseDouble(cols[0])).isNotNegative();
            final long count = Long.parseLong(cols[2]);
            assertThat(percentile).isBetween(lastPercentile, 1.0);
            assertThat(count).isGreaterThanOrEqualTo(lastCount);
            lastPercentile = percentile;
            lastCount = count;
        }
        assertThat(lastPercentile).as(file + " ends at percentile 1").isEqualTo(1.0);
        assertThat(total).as(file + " footer").isNotNull().isEqualTo(lastCount);
        assertThat(max).as(file + " max").isNotNegative();
        return new Hgrm(total, max);
    }

    // --- invoking a benchmark the way JMH would, once per parameter combination ------------------------------

    private static void invoke(final Class<?> type, final Method method, final Map<String, String> params)
        throws Exception
    {
        final Map<Class<?>, Object> states = new LinkedHashMap<>();
        final Object target = newState(type, params, states);
        final Object[] args = new Object[method.getParameterCount()];
        for (int i = 0; i < args.length; i++)
        {
            final Class<?> p = method.getParameterTypes()[i];
            args[i] = p == Blackhole.class ? blackhole() : newState(p, params, states);
        }
        try
        {
            for (int i = 0; i < INVOCATIONS; i++)
            {
                method.invoke(target, args);
            }
        }
        catch (final InvocationTargetException e)
        {
            throw new AssertionError(method + " " + params + " failed", e.getCause());
        }
        finally
        {
            final List<Object> reversed = new ArrayList<>(states.values());
            java.util.Collections.reverse(reversed);
            for (final Object state : reversed)
            {
                lifecycle(state, TearDown.class);
            }
        }
    }

    private static Object newState(final Class<?> type, final Map<String, String> params,
        final Map<Class<?>, Object> states) throws Exception
    {
        final Object existing = states.get(type);
        if (existing != null)
        {
            return existing;
        }
        final var constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        final Object state = constructor.newInstance();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass())
        {
            for (final Field f : c.getDeclaredFields())
            {
                if (f.isAnnotationPresent(Param.class) && params.containsKey(f.getName()))
                {
                    f.setAccessible(true);
                    f.set(state, params.get(f.getName()));
                }
            }
        }
        states.put(type, state);
        lifecycle(state, Setup.class);
        return state;
    }

    /** Runs the state's @Setup (Trial, Iteration, Invocation) or @TearDown (Invocation, Iteration, Trial) methods. */
    private static void lifecycle(final Object state, final Class<? extends java.lang.annotation.Annotation> kind)
        throws Exception
    {
        final List<Method> methods = new ArrayList<>();
        for (final Method m : state.getClass().getMethods())
        {
            if (m.isAnnotationPresent(kind))
            {
                methods.add(m);
            }
        }
        final Comparator<Method> byLevel = Comparator.comparing(m -> level(m, kind));
        methods.sort(kind == Setup.class ? byLevel : byLevel.reversed());
        for (final Method m : methods)
        {
            try
            {
                m.invoke(state);
            }
            catch (final InvocationTargetException e)
            {
                throw new AssertionError(state.getClass().getName() + "." + m.getName() + " failed", e.getCause());
            }
        }
    }

    private static Level level(final Method m, final Class<? extends java.lang.annotation.Annotation> kind)
    {
        return kind == Setup.class ? m.getAnnotation(Setup.class).value() : m.getAnnotation(TearDown.class).value();
    }

    private static Blackhole blackhole()
    {
        return new Blackhole(
            "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
    }

    private static Method benchmarkMethod(final Class<?> type, final String name)
    {
        for (final Method m : type.getMethods())
        {
            if (m.getName().equals(name) && m.isAnnotationPresent(org.openjdk.jmh.annotations.Benchmark.class))
            {
                return m;
            }
        }
        throw new AssertionError("no @Benchmark " + name + " in " + type.getName());
    }

    private static List<Map<String, String>> combinations(final Map<String, String[]> params)
    {
        List<Map<String, String>> result = new ArrayList<>();
        result.add(new LinkedHashMap<>());
        for (final Map.Entry<String, String[]> p : params.entrySet())
        {
            final List<Map<String, String>> next = new ArrayList<>();
            for (final Map<String, String> partial : result)
            {
                for (final String value : p.getValue())
                {
                    final Map<String, String> m = new LinkedHashMap<>(partial);
                    m.put(p.getKey(), value);
                    next.add(m);
                }
            }
            result = next;
        }
        return result;
    }

    private static List<BenchmarkListEntry> benchmarkList() throws Exception
    {
        final String resource = BenchmarkList.BENCHMARK_LIST.startsWith("/") ? BenchmarkList.BENCHMARK_LIST
            : "/" + BenchmarkList.BENCHMARK_LIST;
        try (InputStream in = BenchSmokeTest.class.getResourceAsStream(resource))
        {
            assertThat(in).as("JMH's generated " + resource).isNotNull();
            return BenchmarkList.readBenchmarkList(in);
        }
    }

    /** Every concrete top-level {@code *Benchmark} class compiled into ringfire.bench. */
    private static Set<String> benchmarkClassesOnDisk() throws URISyntaxException, java.io.IOException
    {
        final Path dir = Path.of(BenchCli.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .resolve("ringfire/bench");
        final Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.list(dir))
        {
            for (final Path f : files.toList())
            {
                final String file = f.getFileName().toString();
                if (file.endsWith("Benchmark.class"))
                {
                    final String name = "ringfire.bench." + file.substring(0, file.length() - ".class".length());
                    try
                    {
                        if (!Modifier.isAbstract(Class.forName(name).getModifiers()))
                        {
                            names.add(name);
                        }
                    }
                    catch (final ClassNotFoundException e)
                    {
                        throw new AssertionError(e);
                    }
                }
            }
        }
        assertThat(names).isNotEmpty();
        return names;
    }
}
