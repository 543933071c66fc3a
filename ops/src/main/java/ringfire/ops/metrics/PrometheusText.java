package ringfire.ops.metrics;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Renders metric families in the Prometheus text exposition format, version 0.0.4: per family a {@code # HELP}
 * and a {@code # TYPE} line, then its samples, one per line, {@code name{label="value",...} value}. Label values
 * and help text are escaped; names are checked.
 */
public final class PrometheusText
{
    /** The Content-Type of the format. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private static final Pattern METRIC_NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

    private PrometheusText()
    {
    }

    public static String render(final List<MetricFamily> families)
    {
        final StringBuilder out = new StringBuilder(families.size() * 256);
        for (final MetricFamily family : families)
        {
            checkName(family.name(), METRIC_NAME, "metric");
            out.append("# HELP ").append(family.name()).append(' ').append(escapeHelp(family.help())).append('\n');
            out.append("# TYPE ").append(family.name()).append(' ').append(family.type().text()).append('\n');
            for (final MetricFamily.Sample sample : family.samples())
            {
                if (!belongs(family, sample.name()))
                {
                    throw new IllegalArgumentException("sample " + sample.name() + " does not belong to "
                        + family.type().text() + " " + family.name());
                }
                out.append(sample.name());
                if (!sample.labels().isEmpty())
                {
                    out.append('{');
                    boolean first = true;
                    for (final Map.Entry<String, String> label : sample.labels().entrySet())
                    {
                        checkName(label.getKey(), LABEL_NAME, "label");
                        if (!first)
                        {
                            out.append(',');
                        }
                        out.append(label.getKey()).append("=\"").append(escapeLabel(label.getValue())).append('"');
                        first = false;
                    }
                    out.append('}');
                }
                out.append(' ').append(value(sample.value())).append('\n');
            }
        }
        return out.toString();
    }

    private static boolean belongs(final MetricFamily family, final String sample)
    {
        return sample.equals(family.name()) || family.type() == MetricFamily.Type.SUMMARY
            && (sample.equals(family.name() + "_sum") || sample.equals(family.name() + "_count"));
    }

    private static void checkName(final String name, final Pattern pattern, final String what)
    {
        if (name == null || !pattern.matcher(name).matches() || (what.equals("label") && name.startsWith("__")))
        {
            throw new IllegalArgumentException("invalid Prometheus " + what + " name: " + name);
        }
    }

    /** A value as the format writes it: integers plainly, decimals plainly, NaN and infinities by name. */
    static String value(final Number value)
    {
        if (value instanceof BigDecimal d)
        {
            return d.toPlainString();
        }
        if (value instanceof Double || value instanceof Float)
        {
            final double d = value.doubleValue();
            if (Double.isNaN(d))
            {
                return "NaN";
            }
            if (Double.isInfinite(d))
            {
                return d > 0 ? "+Inf" : "-Inf";
            }
            return Double.toString(d);
        }
        return Long.toString(value.longValue());
    }

    static String escapeLabel(final String value)
    {
        final StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++)
        {
            final char c = value.charAt(i);
            switch (c)
            {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String escapeHelp(final String help)
    {
        return help.replace("\\", "\\\\").replace("\n", "\\n");
    }
}
