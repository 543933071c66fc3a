package ringfire.engine.sim;

/** One bar at its instrument's scales: open time in epoch ms, prices at the price scale, volume at the qty scale. */
public record SimBar(long openTimeMs, long open, long high, long low, long close, long volume)
{
    public SimBar
    {
        if (low <= 0 || high < Math.max(open, close) || low > Math.min(open, close) || volume < 0)
        {
            throw new IllegalArgumentException("inconsistent bar at " + openTimeMs + ": open " + open + ", high "
                + high + ", low " + low + ", close " + close + ", volume " + volume);
        }
    }
}
