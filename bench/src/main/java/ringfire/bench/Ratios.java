package ringfire.bench;

import org.openjdk.jmh.results.RunResult;

import java.io.PrintStream;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The headline numbers of a JMH run: each measured benchmark against its baseline from the same run (same JVM
 * fork settings, same machine state), as ratios of the mean ns/op. The absolute scores stay in the results file.
 */
final class Ratios
{
    /**
     * A benchmark and its same-run baseline: another method of the class, or (with {@code param}) the same method
     * with that parameter set to {@code baseline} instead of {@code value}; how to read the ratio, and the goal.
     */
    record Pair(String benchmarkClass, String method, String param, String value, String baseline, boolean speed,
        String goal)
    {
    }

    static final Pair[] PAIRS = {
        new Pair("BybitDecodeBenchmark", "decode", "parser", "adapter", "tokenWalk", false, "<= 1.5x the token walk"),
        new Pair("JournalAppendBenchmark", "journalWriter", null, null, "rawWritingDocument", true,
            ">= 0.8x the raw appender"),
        new Pair("JournalAppendBenchmark", "journalWriter", null, null, "rawWriteBytes", true,
            ">= 0.8x the raw appender"),
        new Pair("PipelineHopBenchmark", "publishAndAwait", "wiring", "ringfire", "bare", false, null),
        new Pair("DecimalsBenchmark", "scaledFromBytes", null, null, "baselineStringBigDecimal", false, null),
    };

    private Ratios()
    {
    }

    static void print(final Collection<RunResult> runs, final PrintStream out)
    {
        // "Class.method|param=value,..." -> mean ns/op
        final Map<String, Double> scores = new TreeMap<>();
        for (final RunResult run : runs)
        {
            scores.put(key(run), run.getPrimaryResult().getScore());
        }
        boolean any = false;
        for (final Map.Entry<String, Double> e : scores.entrySet())
        {
            for (final Pair p : PAIRS)
            {
                final String prefix = p.benchmarkClass() + "." + p.method() + "|";
                if (!e.getKey().startsWith(prefix))
                {
                    continue;
                }
                final String params = e.getKey().substring(prefix.length());
                final Double base;
                if (p.param() == null)
                {
                    base = scores.get(p.benchmarkClass() + "." + p.baseline() + "|" + params);
                }
                else
                {
                    final String mine = p.param() + "=" + p.value();
                    if (!("," + params + ",").contains("," + mine + ","))
                    {
                        continue;
                    }
                    base = scores.get(prefix + ("," + params + ",").replace("," + mine + ",",
                        "," + p.param() + "=" + p.baseline() + ",").replaceAll("^,|,$", ""));
                }
                if (base == null)
                {
                    continue;
                }
                any = true;
                final double time = e.getValue();
                out.println(line(p, params.replace(p.param() == null ? "\0" : p.param() + "=" + p.value(), "")
                    .replace(",,", ",").replaceAll("^,|,$", ""), time, base));
            }
        }
        if (!any)
        {
            out.println("  (no benchmark ran together with its baseline)");
        }
    }

    static String line(final Pair p, final String params, final double time, final double base)
    {
        final String what = p.benchmarkClass() + "." + p.method() + (params.isEmpty() ? "" : " [" + params + "]");
        if (p.speed())
        {
            return String.format(Locale.ROOT, "  %-52s %9.1f ns vs %-18s %9.1f ns: speed %.2fx of the baseline%s", what,
                time, p.baseline(), base, base / time, p.goal() == null ? "" : " (goal " + p.goal() + ")");
        }
        return String.format(Locale.ROOT, "  %-52s %9.1f ns vs %-18s %9.1f ns: time %.2fx the baseline%s", what, time,
            p.baseline(), base, time / base, p.goal() == null ? "" : " (goal " + p.goal() + ")");
    }

    private static String key(final RunResult run)
    {
        final String benchmark = run.getParams().getBenchmark();
        final String[] parts = benchmark.split("\\.");
        final StringBuilder key = new StringBuilder(parts[parts.length - 2]).append('.').append(parts[parts.length - 1])
            .append('|');
        boolean first = true;
        for (final Object k : run.getParams().getParamsKeys())
        {
            key.append(first ? "" : ",").append(k).append('=').append(run.getParams().getParam(String.valueOf(k)));
            first = false;
        }
        return key.toString();
    }
}
