package ringfire.codecs.bybit;

/**
 * One symbol's ticker after merging: a snapshot sets every field (absent ones to 0, "none"); a delta changes only
 * the fields it carries. Prices and quantities are at the symbol's scales, the funding rate at
 * {@code Scales.RATIO}, times in epoch milliseconds. Preallocated per symbol by the adapter.
 */
public final class TickerState
{
    static final int BID_PRICE = 0;
    static final int BID_QTY = 1;
    static final int ASK_PRICE = 2;
    static final int ASK_QTY = 3;
    static final int LAST_PRICE = 4;
    static final int MARK_PRICE = 5;
    static final int INDEX_PRICE = 6;
    static final int FUNDING_RATE = 7;
    static final int NEXT_FUNDING_TIME = 8;
    static final int FIELDS = 9;

    private final long[] values = new long[FIELDS];
    private boolean hasSnapshot;
    private long crossSeq;
    private long timestampMs;

    /** Replaces the whole state (snapshot) or merges the fields present in {@code update} (delta). */
    void apply(final TickerUpdate update, final boolean snapshot, final long crossSeq, final long timestampMs)
    {
        for (int f = 0; f < FIELDS; f++)
        {
            if (update.has(f))
            {
                values[f] = update.value(f);
            }
            else if (snapshot)
            {
                values[f] = 0;
            }
        }
        hasSnapshot |= snapshot;
        this.crossSeq = crossSeq;
        this.timestampMs = timestampMs;
    }

    void clear()
    {
        java.util.Arrays.fill(values, 0);
        hasSnapshot = false;
        crossSeq = 0;
        timestampMs = 0;
    }

    public boolean hasSnapshot()
    {
        return hasSnapshot;
    }

    public long bidPrice()
    {
        return values[BID_PRICE];
    }

    public long bidQty()
    {
        return values[BID_QTY];
    }

    public long askPrice()
    {
        return values[ASK_PRICE];
    }

    public long askQty()
    {
        return values[ASK_QTY];
    }

    public long lastPrice()
    {
        return values[LAST_PRICE];
    }

    public long markPrice()
    {
        return values[MARK_PRICE];
    }

    public long indexPrice()
    {
        return values[INDEX_PRICE];
    }

    public long fundingRate()
    {
        return values[FUNDING_RATE];
    }

    public long nextFundingTimeMs()
    {
        return values[NEXT_FUNDING_TIME];
    }

    /** The envelope's {@code cs} of the last message merged. */
    public long crossSeq()
    {
        return crossSeq;
    }

    /** The envelope's {@code ts} of the last message merged. */
    public long timestampMs()
    {
        return timestampMs;
    }
}
