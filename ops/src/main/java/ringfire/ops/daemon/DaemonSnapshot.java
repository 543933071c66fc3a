package ringfire.ops.daemon;

import org.agrona.DirectBuffer;
import ringfire.codecs.sbe.EventHeaderDecoder;
import ringfire.codecs.sbe.GatewayState;
import ringfire.codecs.sbe.MessageHeaderDecoder;
import ringfire.codecs.sbe.TradingStateChangeDecoder;
import ringfire.engine.gateway.GatewayListener;
import ringfire.engine.pipeline.Egress;

/**
 * What the daemon's threads publish for the admin port: the pipeline thread (as the {@link Egress}) publishes a
 * snapshot after each journaled decision, the gateway thread publishes the feed state. Each is one volatile
 * immutable value, so readers on other threads never see the stages' own state.
 */
final class DaemonSnapshot implements Egress
{
    /**
     * @param decisions        decisions journaled and released since the daemon started
     * @param lastSequence     sequence of the last decision, -1 before the first
     * @param lastEventTimeNs  its event time, epoch nanoseconds, 0 before the first
     * @param tradingState     the last TradingStateChange's new state, null before the first
     */
    record Decisions(long decisions, long lastSequence, long lastEventTimeNs, String tradingState)
    {
        static final Decisions NONE = new Decisions(0, -1, 0, null);
    }

    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final EventHeaderDecoder event = new EventHeaderDecoder();
    private final TradingStateChangeDecoder stateChange = new TradingStateChangeDecoder();
    private volatile Decisions decisions = Decisions.NONE;
    private volatile String feed = "CONNECTING";

    @Override
    public void onDecision(final DirectBuffer buffer, final int offset, final int length)
    {
        header.wrap(buffer, offset);
        final int body = offset + MessageHeaderDecoder.ENCODED_LENGTH;
        event.wrap(buffer, body);
        final Decisions last = decisions;
        String state = last.tradingState();
        if (header.templateId() == TradingStateChangeDecoder.TEMPLATE_ID)
        {
            stateChange.wrap(buffer, body, header.blockLength(), header.version());
            state = stateChange.toState().name();
        }
        decisions = new Decisions(last.decisions() + 1, event.sequence(), event.eventTimeNs(), state);
    }

    /** A gateway listener that records the feed state, then passes it on. */
    GatewayListener feedListener(final GatewayListener next)
    {
        return (state, symbolIndex, detail) ->
        {
            if (state == GatewayState.CONNECTED || state == GatewayState.DISCONNECTED)
            {
                feed = state.name();
            }
            next.onStatus(state, symbolIndex, detail);
        };
    }

    void feed(final String state)
    {
        feed = state;
    }

    Decisions decisions()
    {
        return decisions;
    }

    String feed()
    {
        return feed;
    }
}
