package ringfire.engine.sim;

import java.util.ArrayDeque;

/**
 * A connection's feed generated from bars: one {@link SymbolStream} per subscribed symbol. Messages go out point by
 * point in market-time order across symbols (ties: the symbol listed first in the market). A symbol's stream starts
 * at its resume point when its first topic is subscribed; a topic subscribed later joins at the stream's current
 * point (tickers and orderbook with a snapshot). As points are sent the resume point moves on, so the next
 * connection continues the market where this one stopped; without resume points every connection starts at the
 * first bar.
 */
final class BarFeed implements MarketFeed
{
    private final SimMarket market;
    private final int[] resumePoints;
    private final SymbolStream[] streams;
    private final ArrayDeque<OutFrame> queue = new ArrayDeque<>();
    private final StringBuilder sb = new StringBuilder(4096);

    /** @param resumePoints shared per-symbol resume points, or null to start every connection at the first bar */
    BarFeed(final SimMarket market, final int[] resumePoints)
    {
        this.market = market;
        this.resumePoints = resumePoints;
        this.streams = new SymbolStream[market.tapes().size()];
    }

    @Override
    public String subscribe(final String topic)
    {
        final String[] parts = topic.split("\\.", -1);
        final int symbol = parts.length >= 2 ? market.indexOf(parts[parts.length - 1]) : -1;
        if (symbol < 0 || parts.length > 3)
        {
            return "Invalid symbol :[" + topic + "]";
        }
        if (streams[symbol] == null)
        {
            final int start = resumePoints == null ? 0 : resumePoints[symbol];
            streams[symbol] = new SymbolStream(market.tapes().get(symbol), start);
        }
        return streams[symbol].subscribe(parts[0], parts.length == 3 ? parts[1] : "", topic);
    }

    @Override
    public boolean unsubscribe(final String topic)
    {
        final String[] parts = topic.split("\\.", -1);
        final int symbol = parts.length >= 2 ? market.indexOf(parts[parts.length - 1]) : -1;
        return symbol >= 0 && streams[symbol] != null && streams[symbol].unsubscribe(parts[0]);
    }

    @Override
    public OutFrame next()
    {
        while (queue.isEmpty())
        {
            SymbolStream due = null;
            int dueIndex = -1;
            for (int s = 0; s < streams.length; s++)
            {
                final SymbolStream stream = streams[s];
                if (stream != null && stream.active() && (due == null || stream.nextTsMs() < due.nextTsMs()))
                {
                    due = stream;
                    dueIndex = s;
                }
            }
            if (due == null)
            {
                return null;
            }
            due.emit(queue, sb);
            if (resumePoints != null)
            {
                resumePoints[dueIndex] = Math.max(resumePoints[dueIndex], due.cursor());
            }
        }
        return queue.poll();
    }
}
