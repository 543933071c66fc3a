package ringfire.bench;

import ringfire.codecs.bybit.SymbolResolver;

import java.nio.charset.StandardCharsets;

/**
 * Bybit v5 public-stream messages for the decode benchmark, as the exchange sends them: compact JSON, one message per
 * WebSocket frame. The trade, kline and order-book delta are Bybit's documentation samples and the ticker delta
 * is a real captured one (the same samples as {@code codecs/src/test/resources/bybit-samples/}, whitespace
 * removed).
 *
 * <p>Each kind is a cycle of frames that the decoder accepts when fed in order, forever: a ticker delta needs a
 * snapshot first ({@link Kind#setup}); order-book deltas must carry consecutive update ids, so the book cycle is
 * one 50-level snapshot followed by 1,023 deltas numbered after it.
 */
public final class BybitMessages
{
    public static final String TRADE =
        "{\"topic\":\"publicTrade.BTCUSDT\",\"type\":\"snapshot\",\"ts\":1672304486868,\"data\":[{\"T\":1672304486865,"
        + "\"s\":\"BTCUSDT\",\"S\":\"Buy\",\"v\":\"0.001\",\"p\":\"16578.50\",\"L\":\"PlusTick\","
        + "\"i\":\"20f43950-d8dd-5b31-9112-a178eb6023af\",\"BT\":false,\"seq\":1783284617}]}";

    public static final String TICKER_SNAPSHOT =
        "{\"topic\":\"tickers.XRPUSDT\",\"type\":\"snapshot\",\"data\":{\"symbol\":\"XRPUSDT\",\"tickDirection\":"
        + "\"ZeroPlusTick\",\"price24hPcnt\":\"0.027667\",\"lastPrice\":\"3.3280\",\"prevPrice24h\":\"3.2384\","
        + "\"highPrice24h\":\"3.5682\",\"lowPrice24h\":\"2.7435\",\"prevPrice1h\":\"3.1172\",\"markPrice\":\"3.2017\","
        + "\"indexPrice\":\"3.1902\",\"openInterest\":\"168321439\",\"openInterestValue\":\"538914751.25\","
        + "\"turnover24h\":\"1842287467.9510\",\"volume24h\":\"587583919.0000\",\"nextFundingTime\":\"1737734400000\","
        + "\"fundingRate\":\"-0.00435\",\"bid1Price\":\"3.3297\",\"bid1Size\":\"4885\",\"ask1Price\":\"3.3298\","
        + "\"ask1Size\":\"1363\",\"preOpenPrice\":\"\",\"preQty\":\"\",\"curPreListingPhase\":\"\"},"
        + "\"cs\":19371556201,\"ts\":1737718426731}";

    public static final String TICKER_DELTA =
        "{\"topic\":\"tickers.XRPUSDT\",\"type\":\"delta\",\"data\":{\"symbol\":\"XRPUSDT\","
        + "\"price24hPcnt\":\"0.028223\",\"lastPrice\":\"3.3298\",\"turnover24h\":\"1842288307.0604\","
        + "\"volume24h\":\"587584171.0000\","
        + "\"ask1Price\":\"3.3298\",\"ask1Size\":\"1113\"},\"cs\":19371556274,\"ts\":1737718429132}";

    public static final String KLINE =
        "{\"topic\":\"kline.5.BTCUSDT\",\"data\":[{\"start\":1672324800000,\"end\":1672325099999,\"interval\":\"5\","
        + "\"open\":\"16649.5\",\"close\":\"16677\",\"high\":\"16677\",\"low\":\"16608\",\"volume\":\"2.081\","
        + "\"turnover\":\"34666.4005\",\"confirm\":false,\"timestamp\":1672324988882}],\"ts\":1672324988882,"
        + "\"type\":\"snapshot\"}";

    /** The documentation's delta; {@code %d} is its update id. */
    static final String BOOK_DELTA_FORMAT =
        "{\"topic\":\"orderbook.50.BTCUSDT\",\"type\":\"delta\",\"ts\":1687940967466,\"data\":{\"s\":\"BTCUSDT\","
        + "\"b\":[[\"30247.20\",\"30.028\"],[\"30245.40\",\"0.224\"],[\"30242.10\",\"1.593\"],[\"30240.30\",\"1.305\"],"
        + "[\"30240.00\",\"0\"]],\"a\":[[\"30248.70\",\"0\"],[\"30249.30\",\"0.892\"],[\"30249.50\",\"1.778\"],"
        + "[\"30249.60\",\"0\"],[\"30251.90\",\"2.947\"],[\"30252.20\",\"0.659\"],[\"30252.50\",\"4.591\"]],"
        + "\"u\":%d,\"seq\":66544703342},\"cts\":1687940967464}";

    /** Frames in one order-book cycle: a snapshot, then deltas. */
    public static final int BOOK_CYCLE = 1_024;
    static final long BOOK_FIRST_UPDATE_ID = 177_400_506L;

    private BybitMessages()
    {
    }

    /** The symbols of the samples at the default instrument scales. */
    public static SymbolResolver symbols()
    {
        return new SymbolResolver().add("BTCUSDT", 1, 2, 3).add("XRPUSDT", 4, 4, 0);
    }

    public enum Kind
    {
        TRADE, TICKER, BOOK_DELTA, KLINE;

        /** Frames to feed once before the cycle (a ticker delta is dropped without a snapshot). */
        public byte[][] setup()
        {
            return this == TICKER ? new byte[][] {bytes(TICKER_SNAPSHOT)} : new byte[0][];
        }

        /** The frames to feed in order, over and over. */
        public byte[][] cycle()
        {
            return switch (this)
            {
                case TRADE -> new byte[][] {bytes(BybitMessages.TRADE)};
                case TICKER -> new byte[][] {bytes(TICKER_DELTA)};
                case KLINE -> new byte[][] {bytes(BybitMessages.KLINE)};
                case BOOK_DELTA -> bookCycle();
            };
        }
    }

    static byte[][] bookCycle()
    {
        final byte[][] frames = new byte[BOOK_CYCLE][];
        frames[0] = bytes(bookSnapshot(BOOK_FIRST_UPDATE_ID));
        for (int i = 1; i < BOOK_CYCLE; i++)
        {
            frames[i] = bytes(String.format(BOOK_DELTA_FORMAT, BOOK_FIRST_UPDATE_ID + i));
        }
        return frames;
    }

    /** A 50-level snapshot (25 a side, 0.10 apart) around the delta's prices. */
    static String bookSnapshot(final long updateId)
    {
        final StringBuilder s = new StringBuilder("{\"topic\":\"orderbook.50.BTCUSDT\",\"type\":\"snapshot\","
            + "\"ts\":1687940967400,\"data\":{\"s\":\"BTCUSDT\",\"b\":[");
        for (int i = 0; i < 25; i++)
        {
            s.append(i == 0 ? "" : ",").append("[\"").append(price(3_024_720 - 10 * i)).append("\",\"")
                .append(1 + i % 7).append(".").append(100 + i).append("\"]");
        }
        s.append("],\"a\":[");
        for (int i = 0; i < 25; i++)
        {
            s.append(i == 0 ? "" : ",").append("[\"").append(price(3_024_870 + 10 * i)).append("\",\"")
                .append(1 + i % 5).append(".").append(200 + i).append("\"]");
        }
        return s.append("],\"u\":").append(updateId).append(",\"seq\":66544703300},\"cts\":1687940967398}")
            .toString();
    }

    private static String price(final long cents)
    {
        return cents / 100 + "." + String.format("%02d", cents % 100);
    }

    static byte[] bytes(final String json)
    {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
