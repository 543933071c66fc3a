package ringfire.engine.metrics;

import java.util.List;

/**
 * A latency distribution in nanoseconds, at the histogram's precision (2 significant digits: within 1 %).
 *
 * @param count       samples since start
 * @param sumNs       approximate sum since start: the histogram's mean times the count
 * @param maxNs       the largest sample since start (0 without samples)
 * @param windowCount samples in the sliding window (about the last minute) the quantiles are taken over
 * @param quantilesNs the value at each of {@link #QUANTILES} in the window, in that order (0 when it is empty)
 */
public record Latency(long count, double sumNs, long maxNs, long windowCount, List<Long> quantilesNs)
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
