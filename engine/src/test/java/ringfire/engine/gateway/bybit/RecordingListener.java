package ringfire.engine.gateway.bybit;

import ringfire.codecs.sbe.GatewayState;
import ringfire.engine.gateway.GatewayListener;

import java.util.ArrayList;
import java.util.List;

/** Records gateway statuses as "STATE/symbolIndex/detail". */
public final class RecordingListener implements GatewayListener
{
    public record Status(GatewayState state, int symbolIndex, long detail)
    {
        @Override
        public String toString()
        {
            return state + "/" + symbolIndex + "/" + detail;
        }
    }

    private final List<Status> statuses = new ArrayList<>();

    @Override
    public synchronized void onStatus(final GatewayState state, final int symbolIndex, final long detail)
    {
        statuses.add(new Status(state, symbolIndex, detail));
    }

    public synchronized List<Status> statuses()
    {
        return List.copyOf(statuses);
    }

    public synchronized List<Status> of(final GatewayState state)
    {
        return statuses.stream().filter(s -> s.state() == state).toList();
    }

    public synchronized boolean has(final GatewayState state, final int symbolIndex, final long detail)
    {
        return statuses.contains(new Status(state, symbolIndex, detail));
    }

    /** States in order, e.g. [CONNECTED, DISCONNECTED, CONNECTED, RESUBSCRIBED]. */
    public synchronized List<GatewayState> states()
    {
        return statuses.stream().map(Status::state).toList();
    }
}
