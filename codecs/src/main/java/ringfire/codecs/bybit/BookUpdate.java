package ringfire.codecs.bybit;

import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;

/**
 * The {@code data} object of one {@code orderbook} message: bid and ask levels as {@code [price, size]} string
 * pairs, the update id {@code u} (required) and the cross sequence {@code seq}. Prices must be positive, sizes
 * non-negative; size 0 deletes a level in a delta.
 */
final class BookUpdate
{
    /** The deepest public stream, orderbook.1000, sends up to 1,000 levels a side. */
    static final int MAX_LEVELS = 1_000;

    final long[] bidPrice = new long[MAX_LEVELS];
    final long[] bidQty = new long[MAX_LEVELS];
    final long[] askPrice = new long[MAX_LEVELS];
    final long[] askQty = new long[MAX_LEVELS];
    int bidCount;
    int askCount;
    long updateId;
    long crossSeq;
    boolean hasUpdateId;

    void decode(final JsonCursor c, final Topic topic, final int priceScale, final int qtyScale) throws IOException
    {
        bidCount = 0;
        askCount = 0;
        updateId = 0;
        crossSeq = 0;
        hasUpdateId = false;
        c.expect(JsonToken.START_OBJECT);
        for (String field = c.nextField(); field != null; field = c.nextField())
        {
            switch (field)
            {
                case "b" -> bidCount = levels(c, bidPrice, bidQty, priceScale, qtyScale);
                case "a" -> askCount = levels(c, askPrice, askQty, priceScale, qtyScale);
                case "u" -> { updateId = c.longValue(); hasUpdateId = true; }
                case "seq" -> crossSeq = c.longValue();
                case "s" -> { if (!topic.symbolEquals(c.string())) { throw c.fail(DecodeKind.BAD_VALUE); } }
                default -> c.skipValue();
            }
        }
        if (!hasUpdateId)
        {
            throw c.fail(DecodeKind.MISSING_FIELD);
        }
        if (updateId <= 0)
        {
            throw c.fail(DecodeKind.BAD_NUMBER);
        }
    }

    private static int levels(
        final JsonCursor c, final long[] prices, final long[] qtys, final int priceScale, final int qtyScale)
        throws IOException
    {
        c.expect(JsonToken.START_ARRAY);
        int n = 0;
        while (c.next() != JsonToken.END_ARRAY)
        {
            c.expect(JsonToken.START_ARRAY);
            if (n == MAX_LEVELS)
            {
                throw c.fail(DecodeKind.TOO_LARGE);
            }
            c.next();
            prices[n] = TradeBatch.positive(c, c.decimal(priceScale));
            c.next();
            final long qty = c.decimal(qtyScale);
            if (qty < 0)
            {
                throw c.fail(DecodeKind.BAD_NUMBER);
            }
            qtys[n] = qty;
            if (c.next() != JsonToken.END_ARRAY)
            {
                throw c.fail(DecodeKind.BAD_VALUE);
            }
            n++;
        }
        return n;
    }
}
