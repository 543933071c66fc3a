package ringfire.engine.risk;

import ringfire.codecs.sbe.StateReason;
import ringfire.codecs.sbe.TradingState;

/**
 * Receives every change {@link Breakers} makes, in the order made, so the caller can journal it as a
 * TradingStateChange decision. A state change has {@code from != to}. A soft block (not a TradingState) is
 * reported with {@code from == to} (the current state) and its reason: DRAWDOWN_SOFT sets the drawdown pause,
 * RECOVERED lifts it, DAILY_LOSS sets the daily-loss block, DAY_ROLL lifts it.
 */
@FunctionalInterface
public interface StateListener
{
    void onStateChange(TradingState from, TradingState to, StateReason reason);
}
