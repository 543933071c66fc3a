package ringfire.engine.session;

import ringfire.engine.pipeline.EngineEvent;

/**
 * Sees the trading core on the pipeline thread after the decision stages have handled an event (after the
 * execution stage, before the event's decisions are journaled and released). It reads and decides nothing:
 * it must not change the core, add decisions or touch the event, so a session with an observer journals exactly
 * what one without it journals. It should not allocate on events it does nothing with. An exception it throws
 * is counted as a fault of stage {@code view}; the event's decisions are kept.
 */
@FunctionalInterface
public interface TradingObserver
{
    void afterEvent(EngineEvent event, TradingCore core);
}
