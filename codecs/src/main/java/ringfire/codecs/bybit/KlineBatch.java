package ringfire.codecs.bybit;

import com.fasterxml.jackson.core.JsonToken;
import ringfire.codecs.Scales;

import java.io.IOException;

/**
 * The {@code data} array of one {@code kline} message: candles with {@code start}, OHLC, {@code volume},
 * {@code turnover} (at {@code Scales.MONEY}) and {@code confirm} required; {@code interval}, when present, must
 * name the topic's interval. Prices must be positive with low ≤ open, close ≤ high.
 */
final class KlineBatch
{
    /** Bybit sends one candle per message in practice; the docs allow several. */
    static final int MAX_BARS = 64;

    private static final int START = 1;
    private static final int OPEN = 2;
    private static final int HIGH = 4;
    private static final int LOW = 8;
    private static final int CLOSE = 16;
    private static final int VOLUME = 32;
    private static final int TURNOVER = 64;
    private static final int CONFIRM = 128;
    private static final int REQUIRED = START | OPEN | HIGH | LOW | CLOSE | VOLUME | TURNOVER | CONFIRM;

    final long[] startMs = new long[MAX_BARS];
    final long[] open = new long[MAX_BARS];
    final long[] high = new long[MAX_BARS];
    final long[] low = new long[MAX_BARS];
    final long[] close = new long[MAX_BARS];
    final long[] volume = new long[MAX_BARS];
    final long[] turnover = new long[MAX_BARS];
    final boolean[] confirmed = new boolean[MAX_BARS];
    int count;

    void decode(final JsonCursor c, final Topic topic, final int priceScale, final int qtyScale) throws IOException
    {
        count = 0;
        c.expect(JsonToken.START_ARRAY);
        while (c.next() != JsonToken.END_ARRAY)
        {
            c.expect(JsonToken.START_OBJECT);
            if (count == MAX_BARS)
            {
                throw c.fail(DecodeKind.TOO_LARGE);
            }
            decodeOne(c, topic.parameter, priceScale, qtyScale);
            count++;
        }
    }

    private void decodeOne(final JsonCursor c, final int intervalSeconds, final int priceScale, final int qtyScale)
        throws IOException
    {
        final int i = count;
        int seen = 0;
        for (String field = c.nextField(); field != null; field = c.nextField())
        {
            switch (field)
            {
                case "start" -> { startMs[i] = c.longValue(); seen |= START; }
                case "open" -> { open[i] = TradeBatch.positive(c, c.decimal(priceScale)); seen |= OPEN; }
                case "high" -> { high[i] = TradeBatch.positive(c, c.decimal(priceScale)); seen |= HIGH; }
                case "low" -> { low[i] = TradeBatch.positive(c, c.decimal(priceScale)); seen |= LOW; }
                case "close" -> { close[i] = TradeBatch.positive(c, c.decimal(priceScale)); seen |= CLOSE; }
                case "volume" -> { volume[i] = c.decimal(qtyScale); seen |= VOLUME; }
                case "turnover" -> { turnover[i] = c.decimal(Scales.MONEY); seen |= TURNOVER; }
                case "confirm" -> { confirmed[i] = c.booleanValue(); seen |= CONFIRM; }
                case "interval" -> checkInterval(c, intervalSeconds);
                default -> c.skipValue();
            }
        }
        if ((seen & REQUIRED) != REQUIRED)
        {
            throw c.fail(DecodeKind.MISSING_FIELD);
        }
        if (volume[i] < 0 || turnover[i] < 0)
        {
            throw c.fail(DecodeKind.BAD_NUMBER);
        }
        if (low[i] > Math.min(open[i], close[i]) || high[i] < Math.max(open[i], close[i]))
        {
            throw c.fail(DecodeKind.BAD_VALUE);
        }
    }

    private static void checkInterval(final JsonCursor c, final int intervalSeconds) throws IOException
    {
        final TextSlice text = c.string();
        if (BybitInterval.seconds(text, 0, text.length()) != intervalSeconds)
        {
            throw c.fail(DecodeKind.BAD_VALUE);
        }
    }
}
