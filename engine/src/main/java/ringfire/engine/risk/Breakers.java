package ringfire.engine.risk;

import ringfire.codecs.FixedMath;
import ringfire.codecs.sbe.StateReason;
import ringfire.codecs.sbe.TradingState;

import java.math.RoundingMode;

/**
 * Trading state machine and circuit breakers; single-threaded, allocation-free. The state is RUNNING, PAUSED or
 * HALTED; two soft blocks sit beside it and only stop new entries (exits are never blocked by anything here):
 * <ul>
 * <li>drawdown pause: set while drawdown >= {@code risk.drawdownPause}, lifted by {@link #evaluate} as soon as it
 * is below again (reasons DRAWDOWN_SOFT / RECOVERED);</li>
 * <li>daily loss: set when −dayPnl >= {@code risk.dailyLossLimit} x start-of-day equity, lifted only by
 * {@link #onDayRoll} (reasons DAILY_LOSS / DAY_ROLL).</li>
 * </ul>
 * Drawdown >= {@code risk.drawdownHalt} moves the state to HALTED (DRAWDOWN_HARD). The halt is level-triggered:
 * {@link #resume} always sets RUNNING, but if the drawdown is still at or above the halt level the next
 * {@link #evaluate} halts again; once the drawdown is back below it, HALTED stays until an operator resumes.
 * Every change is reported to the {@link StateListener} passed in; calls that change nothing report nothing.
 * Call {@link #evaluate} whenever the account changes (fills, marks) and before each pre-trade check.
 */
public final class Breakers
{
    private RiskSettings settings;
    private TradingState state = TradingState.RUNNING;
    private boolean drawdownPaused;
    private boolean dailyLossBlocked;
    private boolean debugBlock;

    public Breakers(final RiskSettings settings)
    {
        this.settings = settings;
    }

    /** Uses {@code next} from now on (a run-time setting change, see {@link RiskLimits}). */
    void settings(final RiskSettings next)
    {
        settings = next;
    }

    public TradingState state()
    {
        return state;
    }

    public boolean drawdownPaused()
    {
        return drawdownPaused;
    }

    public boolean dailyLossBlocked()
    {
        return dailyLossBlocked;
    }

    /** Debug switch (operator): blocks entries with DEBUG_BLOCK. Not a journaled state change. */
    public boolean debugBlock()
    {
        return debugBlock;
    }

    public void debugBlock(final boolean on)
    {
        debugBlock = on;
    }

    /** Operator pause; returns whether the state changed. */
    public boolean pause(final StateListener listener)
    {
        return change(TradingState.PAUSED, StateReason.OPERATOR, listener);
    }

    /** Operator resume: sets RUNNING (see the class note on a halt still in force). */
    public boolean resume(final StateListener listener)
    {
        return change(TradingState.RUNNING, StateReason.OPERATOR, listener);
    }

    public boolean halt(final StateListener listener)
    {
        return change(TradingState.HALTED, StateReason.OPERATOR, listener);
    }

    /** Applies the breakers to the account: drawdown pause set/lift, drawdown halt, daily-loss block, in that order. */
    public void evaluate(final AccountView account, final StateListener listener)
    {
        final long drawdown = account.drawdown();
        final boolean pauseLevel = drawdown >= settings.drawdownPause();
        if (pauseLevel != drawdownPaused)
        {
            drawdownPaused = pauseLevel;
            listener.onStateChange(state, state, pauseLevel ? StateReason.DRAWDOWN_SOFT : StateReason.RECOVERED);
        }
        if (drawdown >= settings.drawdownHalt())
        {
            change(TradingState.HALTED, StateReason.DRAWDOWN_HARD, listener);
        }
        if (!dailyLossBlocked && dailyLossReached(account))
        {
            dailyLossBlocked = true;
            listener.onStateChange(state, state, StateReason.DAILY_LOSS);
        }
    }

    /** New trading day: lifts the daily-loss block (reported as DAY_ROLL only if it was set). */
    public void onDayRoll(final StateListener listener)
    {
        if (dailyLossBlocked)
        {
            dailyLossBlocked = false;
            listener.onStateChange(state, state, StateReason.DAY_ROLL);
        }
    }

    /** Whether today's loss is at or beyond the limit, exactly (see {@link #dailyLossLimit}). */
    public boolean dailyLossReached(final AccountView account)
    {
        return -account.dayPnl() >= dailyLossLimit(account);
    }

    /**
     * {@code risk.dailyLossLimit} x start-of-day equity in Money, rounded up: a whole-unit loss reaches the
     * rounded-up limit exactly when it reaches the exact one. 0 when start-of-day equity is not positive.
     */
    public long dailyLossLimit(final AccountView account)
    {
        final long start = account.startOfDayEquity();
        return start <= 0 ? 0 : FixedMath.mulRatio(start, settings.dailyLossLimit(), RoundingMode.CEILING);
    }

    private boolean change(final TradingState to, final StateReason reason, final StateListener listener)
    {
        if (to == state)
        {
            return false;
        }
        final TradingState from = state;
        state = to;
        listener.onStateChange(from, to, reason);
        return true;
    }
}
