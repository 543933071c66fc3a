package ringfire.engine.report;

/** Running peak-to-trough drawdown of an equity series, as a positive fraction of the peak. */
final class Drawdown
{
    private double peak;
    private double max;
    private double current;

    /** @param start the equity before the first value (the starting capital): the first peak */
    Drawdown(final double start)
    {
        this.peak = start;
    }

    /** Adds the next equity; returns the drawdown at it (0 at a new peak). */
    double add(final double equity)
    {
        if (equity > peak)
        {
            peak = equity;
        }
        current = peak > 0 ? (peak - equity) / peak : 0;
        if (current > max)
        {
            max = current;
        }
        return current;
    }

    double max()
    {
        return max;
    }

    double current()
    {
        return current;
    }
}
