package ringfire.codecs.bybit;

import com.fasterxml.jackson.core.JsonToken;
import ringfire.codecs.Scales;

import java.io.IOException;

/**
 * The {@code data} object of one {@code tickers} message: the fields the Ticker event carries, each with a
 * presence bit so a delta merges only what it holds. Other ticker fields (24h statistics, open interest,
 * pre-listing fields...) are skipped. An empty string, Bybit's "not set", reads as 0.
 */
final class TickerUpdate
{
    private final long[] values = new long[TickerState.FIELDS];
    private int present;

    void decode(final JsonCursor c, final Topic topic, final int priceScale, final int qtyScale) throws IOException
    {
        present = 0;
        c.expect(JsonToken.START_OBJECT);
        for (String field = c.nextField(); field != null; field = c.nextField())
        {
            switch (field)
            {
                case "bid1Price" -> set(TickerState.BID_PRICE, c.decimalOrZero(priceScale));
                case "bid1Size" -> set(TickerState.BID_QTY, c.decimalOrZero(qtyScale));
                case "ask1Price" -> set(TickerState.ASK_PRICE, c.decimalOrZero(priceScale));
                case "ask1Size" -> set(TickerState.ASK_QTY, c.decimalOrZero(qtyScale));
                case "lastPrice" -> set(TickerState.LAST_PRICE, c.decimalOrZero(priceScale));
                case "markPrice" -> set(TickerState.MARK_PRICE, c.decimalOrZero(priceScale));
                case "indexPrice" -> set(TickerState.INDEX_PRICE, c.decimalOrZero(priceScale));
                case "fundingRate" -> set(TickerState.FUNDING_RATE, c.decimalOrZero(Scales.RATIO));
                case "nextFundingTime" -> set(TickerState.NEXT_FUNDING_TIME, c.decimalOrZero(0));
                case "symbol" -> { if (!topic.symbolEquals(c.string())) { throw c.fail(DecodeKind.BAD_VALUE); } }
                default -> c.skipValue();
            }
        }
    }

    boolean has(final int field)
    {
        return (present & (1 << field)) != 0;
    }

    long value(final int field)
    {
        return values[field];
    }

    private void set(final int field, final long value)
    {
        values[field] = value;
        present |= 1 << field;
    }
}
