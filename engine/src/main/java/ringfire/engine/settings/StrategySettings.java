package ringfire.engine.settings;

/** Strategy parameters that affect decisions. */
public record StrategySettings(String name, int fastBars, int slowBars)
{
    public static final String SMA_CROSS = "sma-cross";

    public StrategySettings
    {
        if (!SMA_CROSS.equals(name))
        {
            throw new IllegalArgumentException("strategy.name: unknown strategy '" + name + "' (known: " + SMA_CROSS + ")");
        }
        if (fastBars < 1 || fastBars > 1000)
        {
            throw new IllegalArgumentException("strategy.fastBars: expected 1..1000, was " + fastBars);
        }
        if (slowBars <= fastBars || slowBars > 1000)
        {
            throw new IllegalArgumentException("strategy.slowBars: expected " + (fastBars + 1) + "..1000 (more than "
                + "strategy.fastBars), was " + slowBars);
        }
    }
}
