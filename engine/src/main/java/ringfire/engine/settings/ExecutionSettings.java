package ringfire.engine.settings;

/**
 * Execution switches (section {@code execution.}): which sides may be entered, whether the pre-trade risk checks
 * and breakers apply (off: every entry is sized at 100 % of equity × leverage, to study a strategy's raw
 * signals), whether positions get exit plans (off: only the strategy's own exits close positions), and whether
 * the stages decide at all (off: a recording session, which journals inputs only).
 */
public record ExecutionSettings(Sides sides, boolean riskChecks, boolean exitPlans, boolean trading)
{
    public enum Sides
    {
        BOTH, LONG, SHORT
    }

    public static ExecutionSettings defaults()
    {
        return new ExecutionSettings(Sides.BOTH, true, true, true);
    }

    public static ExecutionSettings read(final SettingsReader r)
    {
        return new ExecutionSettings(r.choice("execution.sides", Sides.BOTH, Sides.class),
            r.flag("execution.riskChecks", true), r.flag("execution.exitPlans", true), r.flag("execution.trading", true));
    }

    public void write(final SettingsWriter w)
    {
        w.choice("execution.sides", sides).flag("execution.riskChecks", riskChecks).flag("execution.exitPlans", exitPlans)
            .flag("execution.trading", trading);
    }

    public boolean allowsLong()
    {
        return sides != Sides.SHORT;
    }

    public boolean allowsShort()
    {
        return sides != Sides.LONG;
    }
}
