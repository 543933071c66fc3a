package ringfire.engine.strategy;

/**
 * A closed bar as a strategy sees it: a reused view, valid during {@link Strategy#onBar} only. Prices are at the
 * instrument's {@link #priceScale()}, volume at its {@link #qtyScale()}, times in epoch nanoseconds.
 */
public final class ClosedBar
{
    private int symbolId;
    private int priceScale;
    private int qtyScale;
    private long openTimeNs;
    private long closeTimeNs;
    private long open;
    private long high;
    private long low;
    private long close;
    private long volume;

    public ClosedBar set(final int symbolId, final int priceScale, final int qtyScale, final long openTimeNs,
        final long closeTimeNs, final long open, final long high, final long low, final long close, final long volume)
    {
        this.symbolId = symbolId;
        this.priceScale = priceScale;
        this.qtyScale = qtyScale;
        this.openTimeNs = openTimeNs;
        this.closeTimeNs = closeTimeNs;
        this.open = open;
        this.high = high;
        this.low = low;
        this.close = close;
        this.volume = volume;
        return this;
    }

    public int symbolId()
    {
        return symbolId;
    }

    public int priceScale()
    {
        return priceScale;
    }

    public int qtyScale()
    {
        return qtyScale;
    }

    public long openTimeNs()
    {
        return openTimeNs;
    }

    /** When the bar became known: its event time. */
    public long closeTimeNs()
    {
        return closeTimeNs;
    }

    public long open()
    {
        return open;
    }

    public long high()
    {
        return high;
    }

    public long low()
    {
        return low;
    }

    public long close()
    {
        return close;
    }

    public long volume()
    {
        return volume;
    }
}
