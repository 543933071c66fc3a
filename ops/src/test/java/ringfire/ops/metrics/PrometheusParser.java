package ringfire.ops.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A strict reader of the Prometheus text format 0.0.4 for tests: it fails on a sample without a preceding
 * {@code # TYPE} of its family, an invalid metric or label name, a bad escape, a duplicate series, a family whose
 * samples are not together, or a value that is not a float.
 */
public final class PrometheusParser
{
    private static final Pattern METRIC_NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");
    private static final Set<String> TYPES = Set.of("counter", "gauge", "summary", "histogram", "untyped");

    /** One sample: the family it belongs to, its own name, labels in order and value. */
    public record Sample(String family, String name, Map<String, String> labels, double value)
    {
        /** Labels without {@code quantile}, sorted: the series a summary's quantiles belong to. */
        public Map<String, String> seriesLabels()
        {
            final Map<String, String> out = new TreeMap<>(labels);
            out.remove("quantile");
            return out;
        }
    }

    /** What a text holds: types and help by family, samples in order. */
    public record Parsed(Map<String, String> types, Map<String, String> help, List<Sample> samples)
    {
        public double value(final String name, final Map<String, String> labels)
        {
            return samples.stream().filter(s -> s.name().equals(name) && s.labels().equals(labels)).findFirst()
                .orElseThrow(() -> new AssertionError("no sample " + name + labels)).value();
        }

        public List<Sample> of(final String family)
        {
            return samples.stream().filter(s -> s.family().equals(family)).toList();
        }
    }

    private PrometheusParser()
    {
    }

    public static Parsed parse(final String text)
    {
        if (!text.isEmpty() && !text.endsWith("\n"))
        {
            throw new AssertionError("the text does not end with a line feed");
        }
        final Map<String, String> types = new LinkedHashMap<>();
        final Map<String, String> help = new HashMap<>();
        final List<Sample> samples = new ArrayList<>();
        final Set<String> series = new HashSet<>();
        final Set<String> closed = new HashSet<>();
        String current = null;
        int lineNo = 0;
        for (final String line : text.split("\n", -1))
        {
            lineNo++;
            if (line.isEmpty())
            {
                continue;
            }
            final String where = "line " + lineNo + ": " + line;
            if (line.startsWith("# HELP ") || line.startsWith("# TYPE "))
            {
                final String[] parts = line.substring(7).split(" ", 2);
                check(METRIC_NAME.matcher(parts[0]).matches(), "invalid metric name", where);
                if (line.startsWith("# HELP "))
                {
                    check(help.put(parts[0], parts.length > 1 ? unescapeHelp(parts[1], where) : "") == null,
                        "second HELP", where);
                }
                else
                {
                    check(parts.length == 2 && TYPES.contains(parts[1]), "unknown type", where);
                    check(!types.containsKey(parts[0]), "second TYPE", where);
                    check(samples.stream().noneMatch(s -> s.family().equals(parts[0])), "TYPE after samples", where);
                    types.put(parts[0], parts[1]);
                }
                continue;
            }
            if (line.startsWith("#"))
            {
                continue;
            }
            final Sample sample = sample(line, types, where);
            check(!closed.contains(sample.family()), "samples of a family are not together", where);
            if (current != null && !current.equals(sample.family()))
            {
                closed.add(current);
            }
            current = sample.family();
            check(series.add(sample.name() + new TreeMap<>(sample.labels())), "duplicate series", where);
            samples.add(sample);
        }
        return new Parsed(types, help, samples);
    }

    /**
     * For every summary: each series has a count, its quantiles do not decrease with the quantile, and the largest
     * is at most the series' value in the family's {@code _max_seconds} gauge when there is one.
     */
    public static void checkSummaries(final Parsed parsed)
    {
        for (final Map.Entry<String, String> family : parsed.types().entrySet())
        {
            if (!family.getValue().equals("summary"))
            {
                continue;
            }
            final String name = family.getKey();
            final String maxFamily = name.endsWith("_seconds")
                ? name.substring(0, name.length() - "_seconds".length()) + "_max_seconds" : null;
            final Map<Map<String, String>, TreeMap<Double, Double>> quantiles = new HashMap<>();
            for (final Sample s : parsed.of(name))
            {
                if (s.name().equals(name))
                {
                    check(s.labels().containsKey("quantile"), "summary sample without quantile", s.toString());
                    quantiles.computeIfAbsent(s.seriesLabels(), k -> new TreeMap<>())
                        .put(Double.parseDouble(s.labels().get("quantile")), s.value());
                }
            }
            check(!quantiles.isEmpty(), "summary without quantiles", name);
            for (final Map.Entry<Map<String, String>, TreeMap<Double, Double>> series : quantiles.entrySet())
            {
                double previous = Double.NEGATIVE_INFINITY;
                for (final double v : series.getValue().values())
                {
                    check(v >= previous, "quantiles decrease", name + series);
                    previous = v;
                }
                check(parsed.value(name + "_count", series.getKey()) >= 0, "no count", name + series.getKey());
                if (maxFamily != null && parsed.types().containsKey(maxFamily))
                {
                    check(parsed.value(maxFamily, series.getKey()) >= previous, "max below a quantile",
                        name + series);
                }
            }
        }
    }

    private static Sample sample(final String line, final Map<String, String> types, final String where)
    {
        int i = 0;
        while (i < line.length() && line.charAt(i) != '{' && line.charAt(i) != ' ')
        {
            i++;
        }
        final String name = line.substring(0, i);
        check(METRIC_NAME.matcher(name).matches(), "invalid metric name", where);
        final String family = familyOf(name, types);
        check(family != null, "sample without a preceding TYPE of its family", where);
        final Map<String, String> labels = new LinkedHashMap<>();
        if (i < line.length() && line.charAt(i) == '{')
        {
            i++;
            while (line.charAt(i) != '}')
            {
                final int eq = line.indexOf('=', i);
                check(eq > 0, "label without =", where);
                final String label = line.substring(i, eq);
                check(LABEL_NAME.matcher(label).matches(), "invalid label name '" + label + "'", where);
                check(line.charAt(eq + 1) == '"', "label value not quoted", where);
                final StringBuilder value = new StringBuilder();
                int j = eq + 2;
                for (; line.charAt(j) != '"'; j++)
                {
                    char c = line.charAt(j);
                    if (c == '\\')
                    {
                        c = switch (line.charAt(++j))
                        {
                            case '\\' -> '\\';
                            case '"' -> '"';
                            case 'n' -> '\n';
                            default -> throw new AssertionError("bad escape in label value: " + where);
                        };
                    }
                    value.append(c);
                }
                check(labels.put(label, value.toString()) == null, "label given twice", where);
                i = j + 1;
                if (line.charAt(i) == ',')
                {
                    i++;
                }
            }
            i++;
        }
        check(i < line.length() && line.charAt(i) == ' ', "no space before the value", where);
        final String valueText = line.substring(i + 1);
        final double value = switch (valueText)
        {
            case "NaN" -> Double.NaN;
            case "+Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(valueText);
        };
        return new Sample(family, name, labels, value);
    }

    private static String familyOf(final String name, final Map<String, String> types)
    {
        if (types.containsKey(name))
        {
            return name;
        }
        for (final String suffix : new String[] {"_sum", "_count", "_bucket"})
        {
            if (name.endsWith(suffix))
            {
                final String base = name.substring(0, name.length() - suffix.length());
                final String type = types.get(base);
                if ("summary".equals(type) && !suffix.equals("_bucket") || "histogram".equals(type))
                {
                    return base;
                }
            }
        }
        return null;
    }

    private static String unescapeHelp(final String text, final String where)
    {
        final StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++)
        {
            char c = text.charAt(i);
            if (c == '\\')
            {
                c = switch (text.charAt(++i))
                {
                    case '\\' -> '\\';
                    case 'n' -> '\n';
                    default -> throw new AssertionError("bad escape in HELP: " + where);
                };
            }
            out.append(c);
        }
        return out.toString();
    }

    private static void check(final boolean ok, final String what, final String where)
    {
        if (!ok)
        {
            throw new AssertionError(what + " (" + where + ")");
        }
    }
}
