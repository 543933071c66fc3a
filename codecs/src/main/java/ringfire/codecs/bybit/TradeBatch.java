package ringfire.codecs.bybit;

import com.fasterxml.jackson.core.JsonToken;
import ringfire.codecs.sbe.Side;
import ringfire.codecs.sbe.TradeEncoder;

import java.io.IOException;

/**
 * The {@code data} array of one {@code publicTrade} or {@code allLiquidation} message, parsed whole into
 * preallocated arrays before any of it is emitted. Both share the fields {@code T s S v p}; trades add the trade
 * id {@code i} (required), the cross sequence {@code seq} and the block-trade flag {@code BT}.
 */
final class TradeBatch
{
    /** Bybit puts at most 1,024 trades in one message. */
    static final int MAX_TRADES = 1_024;
    /** The event schema's ExternalId holds 40 characters. */
    static final int MAX_ID_LENGTH = TradeEncoder.tradeIdLength();

    private static final int TIME = 1;
    private static final int SIDE = 2;
    private static final int PRICE = 4;
    private static final int QTY = 8;
    private static final int ID = 16;
    private static final int LIQUIDATION_FIELDS = TIME | SIDE | PRICE | QTY;
    private static final int TRADE_FIELDS = LIQUIDATION_FIELDS | ID;

    final long[] timeMs = new long[MAX_TRADES];
    final Side[] side = new Side[MAX_TRADES];
    final long[] price = new long[MAX_TRADES];
    final long[] qty = new long[MAX_TRADES];
    final long[] crossSeq = new long[MAX_TRADES];
    final boolean[] blockTrade = new boolean[MAX_TRADES];
    final char[] ids = new char[MAX_TRADES * MAX_ID_LENGTH];
    final int[] idLength = new int[MAX_TRADES];
    int count;

    /** Reads the data array the cursor is on; {@code trades} false for liquidations. */
    void decode(final JsonCursor c, final Topic topic, final int priceScale, final int qtyScale, final boolean trades)
        throws IOException
    {
        count = 0;
        c.expect(JsonToken.START_ARRAY);
        while (c.next() != JsonToken.END_ARRAY)
        {
            c.expect(JsonToken.START_OBJECT);
            if (count == MAX_TRADES)
            {
                throw c.fail(DecodeKind.TOO_LARGE);
            }
            decodeOne(c, topic, priceScale, qtyScale, trades ? TRADE_FIELDS : LIQUIDATION_FIELDS);
            count++;
        }
    }

    private void decodeOne(
        final JsonCursor c, final Topic topic, final int priceScale, final int qtyScale, final int required)
        throws IOException
    {
        final int i = count;
        crossSeq[i] = 0;
        blockTrade[i] = false;
        idLength[i] = 0;
        int seen = 0;
        for (String field = c.nextField(); field != null; field = c.nextField())
        {
            switch (field)
            {
                case "T" -> { timeMs[i] = c.longValue(); seen |= TIME; }
                case "S" -> { side[i] = c.side(); seen |= SIDE; }
                case "p" -> { price[i] = positive(c, c.decimal(priceScale)); seen |= PRICE; }
                case "v" -> { qty[i] = positive(c, c.decimal(qtyScale)); seen |= QTY; }
                case "i" -> { copyId(c, i); seen |= ID; }
                case "s" -> { if (!topic.symbolEquals(c.string())) { throw c.fail(DecodeKind.BAD_VALUE); } }
                case "seq" -> crossSeq[i] = c.longValue();
                case "BT" -> blockTrade[i] = c.booleanValue();
                default -> c.skipValue();
            }
        }
        if ((seen & required) != required)
        {
            throw c.fail(DecodeKind.MISSING_FIELD);
        }
    }

    private void copyId(final JsonCursor c, final int i) throws IOException
    {
        final TextSlice text = c.string();
        final int length = text.length();
        if (length == 0 || length > MAX_ID_LENGTH)
        {
            throw c.fail(length == 0 ? DecodeKind.BAD_VALUE : DecodeKind.TOO_LARGE);
        }
        final int base = i * MAX_ID_LENGTH;
        for (int k = 0; k < length; k++)
        {
            ids[base + k] = text.charAt(k);
        }
        idLength[i] = length;
    }

    static long positive(final JsonCursor c, final long value)
    {
        if (value <= 0)
        {
            throw c.fail(DecodeKind.BAD_NUMBER);
        }
        return value;
    }
}
