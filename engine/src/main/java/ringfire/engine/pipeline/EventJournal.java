package ringfire.engine.pipeline;

/**
 * The journal stage: appends each input before any decision about it can leave the process, and the decisions
 * once the stages have made them. Implementations: Chronicle Queue for sessions, a recorder for replay.
 */
public interface EventJournal
{
    /** Appends the event's input frame. Called on the journal thread. */
    void onInput(EngineEvent event);

    /** Appends the event's decisions, in order. Called on the stage thread after the input is journaled. */
    void onDecisions(EngineEvent event);

    /** Releases thread-bound resources of the calling thread; called once per pipeline thread at shutdown. */
    default void onThreadStop()
    {
    }
}
