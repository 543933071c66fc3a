package ringfire.ops.metrics;

import java.util.List;
import java.util.Map;

/**
 * One metric as the Prometheus text format sees it: a name, its type, a help line and its samples. A counter's or
 * gauge's samples carry the family's name; a summary's carry the name (with a {@code quantile} label),
 * {@code name_sum} and {@code name_count}.
 */
public record MetricFamily(String name, Type type, String help, List<Sample> samples)
{
    /** The metric types used here, as written on the {@code # TYPE} line. */
    public enum Type
    {
        COUNTER("counter"), GAUGE("gauge"), SUMMARY("summary");

        private final String text;

        Type(final String text)
        {
            this.text = text;
        }

        public String text()
        {
            return text;
        }
    }

    /**
     * One sample.
     *
     * @param name   the family's name, or for a summary also {@code name_sum} / {@code name_count}
     * @param labels label names to values, in the order they are written
     * @param value  a Long, a BigDecimal or a Double
     */
    public record Sample(String name, Map<String, String> labels, Number value)
    {
    }

    public MetricFamily
    {
        samples = List.copyOf(samples);
    }
}
