package ringfire.engine.metrics;

/**
 * End-to-end latencies, measured from the monotonic time the gateway received the network frame that carried the
 * input ({@code EngineEvent.receivedNs()}); inputs without one (replay, admin, timers) are not measured.
 */
public enum EndToEnd
{
    /** Frame received → the pipeline starts on the event (decode, ring hand-off and queueing). */
    FRAME_TO_PIPELINE("frame_to_pipeline"),
    /** Frame received → the pipeline is done with the event, decisions or not. */
    FRAME_TO_PROCESSED("frame_to_processed"),
    /** Frame received → its decisions are journaled and handed to the egress (events with decisions only). */
    FRAME_TO_DECISION("frame_to_decision");

    private final String label;

    EndToEnd(final String label)
    {
        this.label = label;
    }

    public String label()
    {
        return label;
    }
}
