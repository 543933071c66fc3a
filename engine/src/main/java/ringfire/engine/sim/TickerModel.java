package ringfire.engine.sim;

/**
 * The {@code tickers.S} topic of one subscription: a snapshot first, then deltas holding only the fields that
 * changed. Last, mark and index price are the path's price; best bid/ask are one tick below/above it with the
 * sizes of {@link BookModel}; the funding rate is a constant 0.0001 and the next funding time the next 00:00, 08:00
 * or 16:00 UTC.
 */
final class TickerModel
{
    static final String FUNDING_RATE = "0.0001";
    private static final long FUNDING_PERIOD_MS = 8 * 3_600_000L;
    private static final String[] DIRECTIONS = {"PlusTick", "ZeroPlusTick", "MinusTick", "ZeroMinusTick"};

    private boolean sent;
    private long price;
    private byte direction;
    private long bidSize;
    private long askSize;
    private long nextFunding;

    void reset()
    {
        sent = false;
    }

    void append(final StringBuilder sb, final BarTape tape, final int i, final long crossSequence)
    {
        final SimInstrument in = tape.instrument();
        final int ps = in.priceScale();
        final int qs = in.qtyScale();
        final long p = tape.price(i);
        final long tick = in.tickSize();
        final byte dir = tape.tickDirection(i);
        final long bid = BookModel.size(in, p - tick, i, true);
        final long ask = BookModel.size(in, p + tick, i, true);
        final long funding = (tape.tsMs(i) / FUNDING_PERIOD_MS + 1) * FUNDING_PERIOD_MS;
        final boolean full = !sent;
        sb.append("{\"topic\":\"tickers.").append(in.name()).append("\",\"type\":\"")
            .append(full ? "snapshot" : "delta").append("\",\"data\":{\"symbol\":\"").append(in.name()).append('"');
        if (full || dir != direction)
        {
            SimJson.field(sb, "tickDirection", DIRECTIONS[dir]);
        }
        if (full || p != price)
        {
            SimJson.field(sb, "lastPrice", p, ps);
            SimJson.field(sb, "markPrice", p, ps);
            SimJson.field(sb, "indexPrice", p, ps);
        }
        if (full || funding != nextFunding)
        {
            SimJson.field(sb, "nextFundingTime", Long.toString(funding));
        }
        if (full)
        {
            SimJson.field(sb, "fundingRate", FUNDING_RATE);
        }
        if (full || p != price)
        {
            SimJson.field(sb, "bid1Price", p - tick, ps);
        }
        if (full || bid != bidSize)
        {
            SimJson.field(sb, "bid1Size", bid, qs);
        }
        if (full || p != price)
        {
            SimJson.field(sb, "ask1Price", p + tick, ps);
        }
        if (full || ask != askSize)
        {
            SimJson.field(sb, "ask1Size", ask, qs);
        }
        sb.append("},\"cs\":").append(crossSequence).append(",\"ts\":").append(tape.tsMs(i)).append('}');
        sent = true;
        price = p;
        direction = dir;
        bidSize = bid;
        askSize = ask;
        nextFunding = funding;
    }
}
