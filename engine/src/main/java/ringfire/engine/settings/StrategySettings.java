package ringfire.engine.settings;

/**
 * Strategy parameters that affect decisions (section {@code strategy.}). With {@code invalidateOnSlowCross} the
 * SMA-cross strategy attaches an invalidation rule to each position: a bar closing back across the slow average
 * (below it for a long, above for a short) exits at the close, reason INVALIDATED.
 */
public record StrategySettings(String name, int fastBars, int slowBars, boolean invalidateOnSlowCross)
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

    public static StrategySettings read(final SettingsReader r)
    {
        return new StrategySettings(r.text("strategy.name", SMA_CROSS),
            r.integer("strategy.fastBars", 5, 1, 1000), r.integer("strategy.slowBars", 20, 2, 1000),
            r.flag("strategy.invalidateOnSlowCross", false));
    }

    public void write(final SettingsWriter w)
    {
        w.text("strategy.name", name).integer("strategy.fastBars", fastBars).integer("strategy.slowBars", slowBars)
            .flag("strategy.invalidateOnSlowCross", invalidateOnSlowCross);
    }
}
