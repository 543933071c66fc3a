package ringfire.codecs.bybit;

import java.util.Arrays;

/**
 * One symbol's order book, the best {@link #depth()} levels a side, kept from {@code orderbook} snapshots and
 * deltas in preallocated sorted arrays (bids high to low, asks low to high); no update allocates.
 *
 * <p>Update ids: a snapshot always resets the book and its id. A delta must carry the previous id + 1; anything
 * else is a gap, after which the book is stale and drops deltas until the next snapshot (see the package docs).
 * With a depth below the stream's, a deleted level leaves the book short until Bybit re-sends the next one: the
 * levels the book holds stay exact, the deeper ones it dropped are not recovered.
 */
public final class LocalBook
{
    public static final int DEFAULT_DEPTH = 50;
    /** The expected update id reported for a delta that arrives before any snapshot. */
    public static final long NO_UPDATE_ID = 0;

    static final int AWAITING_SNAPSHOT = 0;
    static final int LIVE = 1;
    static final int STALE = 2;

    static final int DELTA_APPLY = 0;
    static final int DELTA_GAP = 1;
    static final int DELTA_DROP = 2;

    private final int depth;
    private final long[] bidPrices;
    private final long[] bidQtys;
    private final long[] askPrices;
    private final long[] askQtys;
    private int bidCount;
    private int askCount;
    private int state = AWAITING_SNAPSHOT;
    private long updateId = NO_UPDATE_ID;
    private long crossSeq;
    private long timeMs;

    public LocalBook(final int depth)
    {
        if (depth < 1 || depth > BookUpdate.MAX_LEVELS)
        {
            throw new IllegalArgumentException("book depth must be 1.." + BookUpdate.MAX_LEVELS + ": " + depth);
        }
        this.depth = depth;
        bidPrices = new long[depth];
        bidQtys = new long[depth];
        askPrices = new long[depth];
        askQtys = new long[depth];
    }

    /** Empties the book and waits for a snapshot (after a reconnect, for instance). */
    public void clear()
    {
        bidCount = 0;
        askCount = 0;
        state = AWAITING_SNAPSHOT;
        updateId = NO_UPDATE_ID;
        crossSeq = 0;
        timeMs = 0;
    }

    /** Replaces the book with the snapshot's levels. */
    void applySnapshot(final BookUpdate update, final long timeMs)
    {
        bidCount = 0;
        askCount = 0;
        state = LIVE;
        applyLevels(update, timeMs);
    }

    /** What to do with a delta: apply it, report a new gap (the book turns stale), or drop it (already stale). */
    int checkDelta(final long deltaUpdateId)
    {
        if (state == LIVE && deltaUpdateId == updateId + 1)
        {
            return DELTA_APPLY;
        }
        if (state == STALE)
        {
            return DELTA_DROP;
        }
        state = STALE;
        return DELTA_GAP;
    }

    void applyDelta(final BookUpdate update, final long timeMs)
    {
        applyLevels(update, timeMs);
    }

    public int depth()
    {
        return depth;
    }

    /** True between a snapshot and the next gap: the book can be trusted. */
    public boolean isLive()
    {
        return state == LIVE;
    }

    /** The {@code u} the next delta must carry, or {@link #NO_UPDATE_ID} when the book waits for a snapshot. */
    public long expectedUpdateId()
    {
        return state == LIVE ? updateId + 1 : NO_UPDATE_ID;
    }

    /** The {@code u} of the last update applied. */
    public long updateId()
    {
        return updateId;
    }

    /** The {@code seq} of the last update applied. */
    public long crossSeq()
    {
        return crossSeq;
    }

    /** The matching-engine time ({@code cts}, else {@code ts}) of the last update applied. */
    public long timeMs()
    {
        return timeMs;
    }

    public int bidCount()
    {
        return bidCount;
    }

    public int askCount()
    {
        return askCount;
    }

    public long bidPrice(final int level)
    {
        return bidPrices[checkLevel(level, bidCount)];
    }

    public long bidQty(final int level)
    {
        return bidQtys[checkLevel(level, bidCount)];
    }

    public long askPrice(final int level)
    {
        return askPrices[checkLevel(level, askCount)];
    }

    public long askQty(final int level)
    {
        return askQtys[checkLevel(level, askCount)];
    }

    /** The best bid, or 0 ("none") when there is no bid. */
    public long bestBidPrice()
    {
        return bidCount > 0 ? bidPrices[0] : 0;
    }

    public long bestBidQty()
    {
        return bidCount > 0 ? bidQtys[0] : 0;
    }

    /** The best ask, or 0 ("none") when there is no ask. */
    public long bestAskPrice()
    {
        return askCount > 0 ? askPrices[0] : 0;
    }

    public long bestAskQty()
    {
        return askCount > 0 ? askQtys[0] : 0;
    }

    @Override
    public String toString()
    {
        return "LocalBook{u=" + updateId + ", live=" + isLive()
            + ", bids=" + Arrays.toString(Arrays.copyOf(bidPrices, bidCount))
            + ", asks=" + Arrays.toString(Arrays.copyOf(askPrices, askCount)) + '}';
    }

    private void applyLevels(final BookUpdate update, final long timeMs)
    {
        for (int i = 0; i < update.bidCount; i++)
        {
            bidCount = upsert(bidPrices, bidQtys, bidCount, update.bidPrice[i], update.bidQty[i], true);
        }
        for (int i = 0; i < update.askCount; i++)
        {
            askCount = upsert(askPrices, askQtys, askCount, update.askPrice[i], update.askQty[i], false);
        }
        updateId = update.updateId;
        crossSeq = update.crossSeq;
        this.timeMs = timeMs;
    }

    /** Sets, inserts or (qty 0) deletes one level; levels beyond the depth fall off. Returns the new count. */
    private int upsert(
        final long[] prices, final long[] qtys, final int count, final long price, final long qty,
        final boolean descending)
    {
        int lo = 0;
        int hi = count - 1;
        while (lo <= hi)
        {
            final int mid = (lo + hi) >>> 1;
            final long p = prices[mid];
            if (p == price)
            {
                if (qty == 0)
                {
                    System.arraycopy(prices, mid + 1, prices, mid, count - mid - 1);
                    System.arraycopy(qtys, mid + 1, qtys, mid, count - mid - 1);
                    return count - 1;
                }
                qtys[mid] = qty;
                return count;
            }
            if (descending ? p > price : p < price)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        if (qty == 0 || lo >= depth)
        {
            return count;
        }
        final int moved = Math.min(count, depth - 1) - lo;
        System.arraycopy(prices, lo, prices, lo + 1, moved);
        System.arraycopy(qtys, lo, qtys, lo + 1, moved);
        prices[lo] = price;
        qtys[lo] = qty;
        return Math.min(count + 1, depth);
    }

    private static int checkLevel(final int level, final int count)
    {
        if (level < 0 || level >= count)
        {
            throw new IndexOutOfBoundsException("level " + level + " of " + count);
        }
        return level;
    }
}
