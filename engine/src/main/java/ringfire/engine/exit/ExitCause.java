package ringfire.engine.exit;

/**
 * Why a position (or part of it) is closed. The first seven are decided by an {@link ExitPlan}; the last four are
 * raised elsewhere (strategy, operator, risk halt, exchange liquidation). Mapped to the SBE {@code ExitReason} by
 * the exit-plan stage.
 */
public enum ExitCause
{
    STOP_LOSS,
    TAKE_PROFIT,
    TTL,
    TRAILING_STOP,
    PULLBACK,
    PARTIAL,
    INVALIDATED,
    STRATEGY,
    OPERATOR,
    HALT,
    LIQUIDATION
}
