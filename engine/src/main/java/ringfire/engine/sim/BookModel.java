package ringfire.engine.sim;

/**
 * The {@code orderbook.D.S} topic of one subscription. The book is a ladder around the path's price: bids at price
 * minus 1..L ticks, asks at price plus 1..L ticks, L = min(depth, 50). A level's size depends on its price
 * (5 + (price / tick mod 17) qty steps); the best bid and ask get 0-3 more steps, varying by point, so every update
 * changes something. The first message is a snapshot; then each point sends a delta holding the levels that changed
 * (size "0", written so, deletes a level), bids best first, asks best first. Depth 1 sends snapshots only, as Bybit does.
 */
final class BookModel
{
    static final int MAX_LEVELS = 50;

    private final int depth;
    private final int levels;
    private boolean sent;
    private long lastCenter;
    private int lastPoint;

    BookModel(final int depth)
    {
        this.depth = depth;
        this.levels = Math.min(depth, MAX_LEVELS);
    }

    int depth()
    {
        return depth;
    }

    static long size(final SimInstrument in, final long levelPrice, final int point, final boolean best)
    {
        final long base = in.qtyStep() * (5 + Math.floorMod(Math.floorDiv(levelPrice, in.tickSize()), 17));
        return best ? base + in.qtyStep() * (point % 4) : base;
    }

    /** Appends the message for point {@code i} with update id {@code u}; returns true for a delta. */
    boolean append(final StringBuilder sb, final BarTape tape, final int i, final long u, final long seq)
    {
        final SimInstrument in = tape.instrument();
        final boolean snapshot = !sent || depth == 1;
        final long center = tape.price(i);
        sb.append("{\"topic\":\"orderbook.").append(depth).append('.').append(in.name()).append("\",\"type\":\"")
            .append(snapshot ? "snapshot" : "delta").append("\",\"ts\":").append(tape.tsMs(i))
            .append(",\"data\":{\"s\":\"").append(in.name()).append("\",\"b\":[");
        side(sb, in, -1, snapshot, center, i);
        sb.append("],\"a\":[");
        side(sb, in, 1, snapshot, center, i);
        sb.append("],\"u\":").append(u).append(",\"seq\":").append(seq).append("},\"cts\":").append(tape.tsMs(i))
            .append('}');
        sent = true;
        lastCenter = center;
        lastPoint = i;
        return !snapshot;
    }

    void reset()
    {
        sent = false;
    }

    /** One side; {@code sign} -1 for bids (prices below, descending), +1 for asks (above, ascending). */
    private void side(final StringBuilder sb, final SimInstrument in, final int sign, final boolean snapshot,
        final long center, final int point)
    {
        final long tick = in.tickSize();
        int written = 0;
        int jOld = snapshot ? levels + 1 : 1;
        int jNew = 1;
        while (true)
        {
            final long xOld = level(lastCenter, sign, jOld, tick);
            final long xNew = level(center, sign, jNew, tick);
            if (xOld <= 0 && xNew <= 0)
            {
                return;
            }
            final long x;
            if (xNew > 0 && (xOld <= 0 || sign * xNew <= sign * xOld))
            {
                x = xNew;
            }
            else
            {
                x = xOld;
            }
            final long oldSize = xOld == x ? size(in, x, lastPoint, jOld == 1) : 0;
            final long newSize = xNew == x ? size(in, x, point, jNew == 1) : 0;
            if (xOld == x)
            {
                jOld++;
            }
            if (xNew == x)
            {
                jNew++;
            }
            if (snapshot || oldSize != newSize)
            {
                sb.append(written++ == 0 ? "[" : ",[");
                SimJson.decimal(sb, x, in.priceScale()).append(',');
                if (newSize == 0)
                {
                    sb.append("\"0\"]");
                }
                else
                {
                    SimJson.decimal(sb, newSize, in.qtyScale()).append(']');
                }
            }
        }
    }

    /** Price of level j (1 = best) on a side, or 0 past the ladder or at a non-positive price. */
    private long level(final long center, final int sign, final int j, final long tick)
    {
        if (j > levels)
        {
            return 0;
        }
        final long x = center + sign * j * tick;
        return x > 0 ? x : 0;
    }
}
