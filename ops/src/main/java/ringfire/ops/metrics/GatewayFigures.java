package ringfire.ops.metrics;

import ringfire.codecs.bybit.DecodeCounters;
import ringfire.codecs.bybit.DecodeKind;
import ringfire.engine.gateway.bybit.BybitWsClient;

import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The market-data gateway's counters at one moment, read from its client and decoder (another thread's plain
 * counters: a recent picture, not an atomic one).
 *
 * @param connections       handshakes completed; reconnects are those after the first
 * @param frames            WebSocket frames received
 * @param heartbeatTimeouts connections declared dead for silence
 * @param handlerFaults     exceptions thrown while handling a frame
 * @param undecoded         messages that produced no event, by {@link DecodeKind}
 */
public record GatewayFigures(long connections, long frames, long heartbeatTimeouts, long handlerFaults,
    SortedMap<String, Long> undecoded)
{
    public static GatewayFigures of(final BybitWsClient client, final DecodeCounters decoding)
    {
        final SortedMap<String, Long> undecoded = new TreeMap<>();
        for (final DecodeKind kind : DecodeKind.values())
        {
            undecoded.put(kind.name(), decoding.count(kind));
        }
        return new GatewayFigures(client.connections(), client.framesReceived(), client.heartbeatTimeouts(),
            client.frameHandlerFaults(), undecoded);
    }

    public long reconnects()
    {
        return Math.max(0, connections - 1);
    }
}
