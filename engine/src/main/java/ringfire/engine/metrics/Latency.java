package ringfire.engine.metrics;

import java.util.List;

/**
 * A latency distribution since the metrics started, in nanoseconds, at the histogram's precision (3 significant
 * digits).
 *
 * @param count       samples
 * @param quantilesNs the value at each of {@link #QUANTILES}, in that order (0 without samples)
 * @param maxNs       the largest sample (0 without samples)
 * @param sumNs       approximate sum: the histogram's mean times the count
 */
public record Latency(long count, List<Long> quantilesNs, long maxNs, double sumNs)
{
    /** The quantiles reported for every latency. */
    public static final List<Double> QUANTILES = List.of(0.5, 0.9, 0.99, 0.999, 0.9999);

    public Latency
    {
        quantilesNs = List.copyOf(quantilesNs);
        if (quantilesNs.size() != QUANTILES.size())
        {
            throw new IllegalArgumentException("expected " + QUANTILES.size() + " quantiles, got " + quantilesNs.size());
        }
    }
}
