package ringfire.engine.gateway.bybit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * The topics a client subscribes and the requests that carry them. Per symbol, in this order:
 * {@code publicTrade.S}, {@code tickers.S}, {@code orderbook.D.S}, {@code kline.I.S}; topics are packed in symbol
 * order into subscribe requests of at most {@code argsPerRequest} args. Each request carries a fresh numeric
 * {@code req_id} and stays pending until its ack arrives. Used on the event loop only.
 */
final class Subscriptions
{
    /** One subscribe request's topics and the symbol index of each topic. */
    record Batch(List<String> topics, int[] symbolIndexes)
    {
    }

    /** A request sent and not yet acknowledged; {@code symbolIndex} is set for a single-symbol resubscribe. */
    record Pending(String reqId, String op, Batch batch, int symbolIndex)
    {
    }

    /** {@link Pending#symbolIndex()} of requests that are not a single-symbol resubscribe. */
    static final int NO_SYMBOL = -1;

    private final List<String> symbols;
    private final int orderbookDepth;
    private final List<Batch> batches;
    private final ArrayDeque<Pending> pending = new ArrayDeque<>();
    private long nextReqId = 1;

    Subscriptions(final BybitWsConfig config)
    {
        this.symbols = config.symbols();
        this.orderbookDepth = config.orderbookDepth();
        this.batches = batches(topics(symbols, orderbookDepth, config.klineInterval()), config.argsPerRequest());
    }

    static List<String> topics(final List<String> symbols, final int depth, final String klineInterval)
    {
        final List<String> topics = new ArrayList<>(symbols.size() * 4);
        for (final String s : symbols)
        {
            topics.add("publicTrade." + s);
            topics.add("tickers." + s);
            topics.add(orderbookTopic(depth, s));
            topics.add("kline." + klineInterval + "." + s);
        }
        return topics;
    }

    static String orderbookTopic(final int depth, final String symbol)
    {
        return "orderbook." + depth + "." + symbol;
    }

    /** Length of the serialized args array, {@code ["a","b"]}: what Bybit's 21,000-character cap counts. */
    static int argsChars(final List<String> topics)
    {
        int n = 2 + Math.max(0, topics.size() - 1);
        for (final String t : topics)
        {
            n += t.length() + 2;
        }
        return n;
    }

    private static List<Batch> batches(final List<String> topics, final int argsPerRequest)
    {
        final List<Batch> out = new ArrayList<>();
        for (int from = 0; from < topics.size(); from += argsPerRequest)
        {
            final int to = Math.min(topics.size(), from + argsPerRequest);
            final int[] indexes = new int[to - from];
            for (int i = from; i < to; i++)
            {
                indexes[i - from] = i / 4;
            }
            out.add(new Batch(List.copyOf(topics.subList(from, to)), indexes));
        }
        return out;
    }

    List<Batch> batches()
    {
        return batches;
    }

    /** The subscribe requests for a new connection; forgets acks pending on the previous one. */
    List<String> subscribeAll()
    {
        pending.clear();
        final List<String> requests = new ArrayList<>(batches.size());
        for (final Batch batch : batches)
        {
            requests.add(send("subscribe", batch, NO_SYMBOL));
        }
        return requests;
    }

    /** Unsubscribe then subscribe the symbol's orderbook topic: Bybit answers the subscribe with a fresh snapshot. */
    List<String> resubscribeBook(final int symbolIndex)
    {
        final Batch book = new Batch(List.of(orderbookTopic(orderbookDepth, symbols.get(symbolIndex))),
            new int[] {symbolIndex});
        return List.of(send("unsubscribe", book, symbolIndex), send("subscribe", book, symbolIndex));
    }

    /** Removes and returns the request an ack answers: by {@code req_id}, else the oldest of that op; or null. */
    Pending acknowledge(final String op, final String reqId)
    {
        Pending oldest = null;
        for (final Iterator<Pending> it = pending.iterator(); it.hasNext(); )
        {
            final Pending p = it.next();
            if (reqId != null && reqId.equals(p.reqId()))
            {
                it.remove();
                return p;
            }
            if (oldest == null && p.op().equals(op))
            {
                oldest = p;
            }
        }
        if (oldest != null && (reqId == null || reqId.isEmpty()))
        {
            pending.remove(oldest);
            return oldest;
        }
        return null;
    }

    /** Subscribe requests of the full set still waiting for their ack. */
    boolean subscribeAllPending()
    {
        for (final Pending p : pending)
        {
            if (p.op().equals("subscribe") && p.symbolIndex() == NO_SYMBOL)
            {
                return true;
            }
        }
        return false;
    }

    /**
     * Symbols a failed subscribe concerns: those of the request whose topics the error message names (Bybit's
     * message quotes the bad topics), else every symbol of the request.
     */
    int[] failedSymbols(final Pending p, final String retMsg)
    {
        final int[] all = p.batch().symbolIndexes();
        final int[] named = new int[all.length];
        int n = 0;
        for (int i = 0; i < all.length; i++)
        {
            final int index = all[i];
            if ((n == 0 || named[n - 1] != index) && retMsg != null && names(retMsg, p.batch().topics().get(i)))
            {
                named[n++] = index;
            }
        }
        if (n == 0)
        {
            return Arrays.stream(all).distinct().toArray();
        }
        return Arrays.copyOf(named, n);
    }

    private String send(final String op, final Batch batch, final int symbolIndex)
    {
        final String reqId = Long.toString(nextReqId++);
        pending.add(new Pending(reqId, op, batch, symbolIndex));
        return request(op, reqId, batch.topics());
    }

    static String request(final String op, final String reqId, final List<String> topics)
    {
        final StringBuilder sb = new StringBuilder(32 + 24 * topics.size());
        sb.append("{\"req_id\":\"").append(reqId).append("\",\"op\":\"").append(op).append("\",\"args\":[");
        for (int i = 0; i < topics.size(); i++)
        {
            sb.append(i == 0 ? "\"" : ",\"").append(topics.get(i)).append('"');
        }
        return sb.append("]}").toString();
    }

    /** True when {@code text} holds {@code topic} as a whole word (not as the start of a longer symbol). */
    static boolean names(final String text, final String topic)
    {
        for (int at = text.indexOf(topic); at >= 0; at = text.indexOf(topic, at + 1))
        {
            final int end = at + topic.length();
            if (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))
            {
                return true;
            }
        }
        return false;
    }
}
