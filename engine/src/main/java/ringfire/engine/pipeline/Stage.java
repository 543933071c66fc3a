package ringfire.engine.pipeline;

/**
 * One stage of the pipeline (risk, exit-plan, strategy, execution). Called on the pipeline thread for every
 * event, in sequence order; a stage writes its outcomes into {@link EngineEvent#decisions()}. Business outcomes
 * are decisions with reason codes; an exception is a fault: counted, logged once per cause, and the event's
 * remaining stages are skipped.
 */
public interface Stage
{
    void onEvent(EngineEvent event);

    /** Short name used in logs and fault reports. */
    String name();
}
