package ringfire.engine.research;

/**
 * Percentiles by the nearest-rank method: the p-th percentile of n sorted values is the value of rank ⌈p/100 × n⌉
 * (1-based), i.e. the smallest value with at least p % of the values at or below it. Always one of the values; no
 * interpolation. Computed in integer arithmetic, so it is exact and the same everywhere.
 */
public final class Percentiles
{
    private Percentiles()
    {
    }

    /**
     * @param sorted  values in ascending order, at least one
     * @param percent 1..100
     */
    public static double nearestRank(final double[] sorted, final int percent)
    {
        if (sorted.length == 0)
        {
            throw new IllegalArgumentException("no values");
        }
        if (percent < 1 || percent > 100)
        {
            throw new IllegalArgumentException("percentile must be 1..100: " + percent);
        }
        final long rank = ((long)percent * sorted.length + 99) / 100;
        return sorted[(int)Math.max(1, rank) - 1];
    }
}
