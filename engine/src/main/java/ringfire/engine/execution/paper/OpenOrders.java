package ringfire.engine.execution.paper;

import ringfire.codecs.sbe.Side;

/**
 * Fixed-capacity pool of open orders, kept in submission order. Removal only marks a slot dead;
 * {@link #compact()} closes the gaps, so indices stay valid while a matching pass iterates. Allocation-free.
 */
final class OpenOrders
{
    private final long[] clientOrderIds;
    private final int[] symbolIds;
    private final Side[] sides;
    private final PaperOrderType[] types;
    private final long[] prices;
    private final long[] qtys;
    private final boolean[] reduceOnly;
    private final long[] eligibleFrom;
    private final long[] createdNs;
    private final boolean[] live;
    private int count;
    private int dead;

    OpenOrders(final int capacity)
    {
        if (capacity < 1)
        {
            throw new IllegalArgumentException("order pool capacity must be positive: " + capacity);
        }
        clientOrderIds = new long[capacity];
        symbolIds = new int[capacity];
        sides = new Side[capacity];
        types = new PaperOrderType[capacity];
        prices = new long[capacity];
        qtys = new long[capacity];
        reduceOnly = new boolean[capacity];
        eligibleFrom = new long[capacity];
        createdNs = new long[capacity];
        live = new boolean[capacity];
    }

    /** Slots in use, live or dead; iterate {@code 0..size()-1} and skip {@link #isLive} false. */
    int size()
    {
        return count;
    }

    boolean isFull()
    {
        return count == clientOrderIds.length;
    }

    int liveCount()
    {
        return count - dead;
    }

    /** Index of the live order with this id, or -1. */
    int indexOf(final long clientOrderId)
    {
        for (int i = 0; i < count; i++)
        {
            if (live[i] && clientOrderIds[i] == clientOrderId)
            {
                return i;
            }
        }
        return -1;
    }

    void add(final long clientOrderId, final int symbolId, final Side side, final PaperOrderType type,
        final long price, final long qty, final boolean isReduceOnly, final long eligibleFromEvent,
        final long timeNs)
    {
        final int i = count++;
        clientOrderIds[i] = clientOrderId;
        symbolIds[i] = symbolId;
        sides[i] = side;
        types[i] = type;
        prices[i] = price;
        qtys[i] = qty;
        reduceOnly[i] = isReduceOnly;
        eligibleFrom[i] = eligibleFromEvent;
        createdNs[i] = timeNs;
        live[i] = true;
    }

    void remove(final int i)
    {
        if (live[i])
        {
            live[i] = false;
            dead++;
        }
    }

    /** Drops dead slots, keeping submission order. Must not run while a caller iterates indices. */
    void compact()
    {
        if (dead == 0)
        {
            return;
        }
        int to = 0;
        for (int from = 0; from < count; from++)
        {
            if (live[from])
            {
                if (to != from)
                {
                    clientOrderIds[to] = clientOrderIds[from];
                    symbolIds[to] = symbolIds[from];
                    sides[to] = sides[from];
                    types[to] = types[from];
                    prices[to] = prices[from];
                    qtys[to] = qtys[from];
                    reduceOnly[to] = reduceOnly[from];
                    eligibleFrom[to] = eligibleFrom[from];
                    createdNs[to] = createdNs[from];
                    live[to] = true;
                }
                to++;
            }
        }
        for (int i = to; i < count; i++)
        {
            live[i] = false;
            sides[i] = null;
            types[i] = null;
        }
        count = to;
        dead = 0;
    }

    boolean isLive(final int i)
    {
        return live[i];
    }

    long clientOrderId(final int i)
    {
        return clientOrderIds[i];
    }

    int symbolId(final int i)
    {
        return symbolIds[i];
    }

    Side side(final int i)
    {
        return sides[i];
    }

    PaperOrderType type(final int i)
    {
        return types[i];
    }

    long price(final int i)
    {
        return prices[i];
    }

    long qty(final int i)
    {
        return qtys[i];
    }

    boolean reduceOnly(final int i)
    {
        return reduceOnly[i];
    }

    long eligibleFrom(final int i)
    {
        return eligibleFrom[i];
    }

    /** Event time (epoch ns) at which the order was submitted. */
    long createdNs(final int i)
    {
        return createdNs[i];
    }
}
