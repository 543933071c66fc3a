package ringfire.engine.exit;

/** Outcome of {@link ExitPlan#open}: a business code, not an exception. */
public enum OpenResult
{
    /** The plan is active. */
    OPENED,
    /** The signal gave no stop and no ATR is available to compute one. */
    NO_STOP,
    /** The stop is not strictly on the losing side of the entry, or not a positive price. */
    BAD_STOP,
    /** The take-profit is not strictly on the winning side of the entry. */
    BAD_TAKE_PROFIT
}
