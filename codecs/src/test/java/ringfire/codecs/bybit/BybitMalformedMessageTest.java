package ringfire.codecs.bybit;

import static org.assertj.core.api.Assertions.assertThat;
import static ringfire.codecs.bybit.Samples.feed;
import static ringfire.codecs.bybit.Samples.feedSample;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import ringfire.codecs.bybit.RecordingListener.Trade;
import ringfire.codecs.bybit.RecordingListener.Unknown;

/** Bad input is counted by kind, produces no event, never throws, and leaves the adapter ready for the next message. */
class BybitMalformedMessageTest
{
    private static final String TRADE = "{\"topic\":\"publicTrade.BTCUSDT\",\"type\":\"snapshot\",\"ts\":1672304486868,"
        + "\"data\":[{\"T\":1672304486865,\"s\":\"BTCUSDT\",\"S\":\"Buy\",\"v\":\"0.001\",\"p\":\"16578.50\","
        + "\"L\":\"PlusTick\",\"i\":\"20f43950-d8dd-5b31-9112-a178eb6023af\",\"BT\":false,\"seq\":1783284617}]}";
    private static final String TICKER = "{\"topic\":\"tickers.BTCUSDT\",\"type\":\"snapshot\",\"data\":"
        + "{\"symbol\":\"BTCUSDT\",\"lastPrice\":\"66666.60\"},\"cs\":1,\"ts\":2}";
    private static final String BOOK = "{\"topic\":\"orderbook.50.BTCUSDT\",\"type\":\"snapshot\",\"ts\":1,"
        + "\"data\":{\"s\":\"BTCUSDT\",\"b\":[[\"16493.50\",\"0.006\"]],\"a\":[[\"16611.00\",\"0.029\"]],"
        + "\"u\":18521288,\"seq\":7961638724},\"cts\":1}";
    private static final String KLINE = Samples.text("ws-kline.json").replaceAll("\\s+", "");

    private final RecordingListener listener = new RecordingListener();
    private final BybitMarketDataAdapter adapter = new BybitMarketDataAdapter(Samples.symbols(), listener);

    static Stream<Arguments> badMessages()
    {
        return Stream.of(
            bad("empty", "", DecodeKind.MALFORMED_JSON),
            bad("not JSON", "hello", DecodeKind.MALFORMED_JSON),
            bad("truncated", TRADE.substring(0, TRADE.length() / 2), DecodeKind.MALFORMED_JSON),
            bad("truncated by one byte", TRADE.substring(0, TRADE.length() - 1), DecodeKind.MALFORMED_JSON),
            bad("trailing garbage", TRADE + " x", DecodeKind.MALFORMED_JSON),
            bad("two messages in one frame", TRADE + TRADE, DecodeKind.MALFORMED_JSON),
            bad("unbalanced", TRADE.replace("}]}", "]}"), DecodeKind.MALFORMED_JSON),
            bad("bare number", "12345", DecodeKind.MALFORMED_JSON),
            bad("bare string", "\"abc\"", DecodeKind.WRONG_TYPE),
            bad("root array", "[1,2]", DecodeKind.WRONG_TYPE),
            bad("nesting beyond the parser's limit", "{\"x\":" + "[".repeat(1_500) + "]".repeat(1_500) + "}",
                DecodeKind.MALFORMED_JSON),
            bad("price as number", TRADE.replace("\"16578.50\"", "16578.50"), DecodeKind.WRONG_TYPE),
            bad("price null", TRADE.replace("\"16578.50\"", "null"), DecodeKind.WRONG_TYPE),
            bad("time as string", TRADE.replace("1672304486865", "\"1672304486865\""), DecodeKind.WRONG_TYPE),
            bad("time as float", TRADE.replace("1672304486865", "1672304486865.5"), DecodeKind.WRONG_TYPE),
            bad("data object not array", TRADE.replace("[{", "{").replace("}]", "}"), DecodeKind.WRONG_TYPE),
            bad("trade not object", TRADE.replace("\"data\":[", "\"data\":[1,"), DecodeKind.WRONG_TYPE),
            bad("topic as number", TRADE.replace("\"publicTrade.BTCUSDT\"", "7"), DecodeKind.WRONG_TYPE),
            bad("missing price", TRADE.replace("\"p\":\"16578.50\",", ""), DecodeKind.MISSING_FIELD),
            bad("missing trade id", TRADE.replace("\"i\":\"20f43950-d8dd-5b31-9112-a178eb6023af\",", ""),
                DecodeKind.MISSING_FIELD),
            bad("missing data", "{\"topic\":\"publicTrade.BTCUSDT\",\"type\":\"snapshot\",\"ts\":1}",
                DecodeKind.MISSING_FIELD),
            bad("unknown side", TRADE.replace("\"Buy\"", "\"Long\""), DecodeKind.BAD_VALUE),
            bad("other symbol in data", TRADE.replace("\"s\":\"BTCUSDT\"", "\"s\":\"ETHUSDT\""), DecodeKind.BAD_VALUE),
            bad("topic twice", TRADE.replace("{\"topic\"", "{\"topic\":\"publicTrade.BTCUSDT\",\"topic\""),
                DecodeKind.BAD_VALUE),
            bad("price finer than the tick", TRADE.replace("16578.50", "16578.505"), DecodeKind.BAD_NUMBER),
            bad("price in exponent form", TRADE.replace("16578.50", "1.6E4"), DecodeKind.BAD_NUMBER),
            bad("empty price", TRADE.replace("16578.50", ""), DecodeKind.BAD_NUMBER),
            bad("huge price", TRADE.replace("16578.50", "99999999999999999999"), DecodeKind.BAD_NUMBER),
            bad("huge time", TRADE.replace("1672304486865", "123456789012345678901234567890"),
                DecodeKind.BAD_NUMBER),
            bad("1,200-digit integer", TRADE.replace("1672304486865", "1".repeat(1_200)), DecodeKind.BAD_NUMBER),
            bad("2,000-digit decimal", TRADE.replace("16578.50", "1".repeat(2_000)), DecodeKind.BAD_NUMBER),
            bad("negative qty", TRADE.replace("\"0.001\"", "\"-0.001\""), DecodeKind.BAD_NUMBER),
            bad("zero price", TRADE.replace("16578.50", "0"), DecodeKind.BAD_NUMBER),
            bad("trade id too long", TRADE.replace("20f43950", "20f43950-1234"), DecodeKind.TOO_LARGE),
            bad("topic too long", TRADE.replace("publicTrade.BTCUSDT", "publicTrade." + "X".repeat(200)),
                DecodeKind.TOO_LARGE),
            bad("unknown topic", TRADE.replace("publicTrade.", "publicTrades."), DecodeKind.UNKNOWN_TOPIC),
            bad("topic without symbol", TRADE.replace("publicTrade.BTCUSDT", "publicTrade."),
                DecodeKind.UNKNOWN_TOPIC),
            bad("unknown symbol", TRADE.replace("BTCUSDT", "DOGEUSDT"), DecodeKind.UNKNOWN_SYMBOL),
            bad("unknown op", "{\"success\":true,\"ret_msg\":\"\",\"op\":\"auth\",\"conn_id\":\"x\"}",
                DecodeKind.UNKNOWN_OP),
            bad("neither topic nor op", "{\"retCode\":0,\"retMsg\":\"OK\"}", DecodeKind.UNKNOWN_OP),
            bad("subscribe reply without success", "{\"ret_msg\":\"\",\"op\":\"subscribe\"}",
                DecodeKind.MISSING_FIELD),
            bad("success as string", "{\"success\":\"true\",\"op\":\"subscribe\"}", DecodeKind.WRONG_TYPE),
            bad("ticker without type", TICKER.replace("\"type\":\"snapshot\",", ""), DecodeKind.MISSING_FIELD),
            bad("ticker of odd type", TICKER.replace("\"snapshot\"", "\"full\""), DecodeKind.BAD_VALUE),
            bad("ticker snapshot without lastPrice", TICKER.replace("\"lastPrice\"", "\"lastPrices\""),
                DecodeKind.MISSING_FIELD),
            bad("ticker data array", TICKER.replace("{\"symbol\"", "[{\"symbol\"").replace("\"},", "\"}],"),
                DecodeKind.WRONG_TYPE),
            bad("ticker funding rate finer than 1e-8", TICKER.replace("\"lastPrice\"",
                "\"fundingRate\":\"0.000000001\",\"lastPrice\""), DecodeKind.BAD_NUMBER),
            bad("book level of three", BOOK.replace("[\"16493.50\",\"0.006\"]", "[\"16493.50\",\"0.006\",\"1\"]"),
                DecodeKind.BAD_VALUE),
            bad("book level of one", BOOK.replace("[\"16493.50\",\"0.006\"]", "[\"16493.50\"]"),
                DecodeKind.WRONG_TYPE),
            bad("book level not array", BOOK.replace("[\"16493.50\",\"0.006\"]", "\"16493.50\""),
                DecodeKind.WRONG_TYPE),
            bad("book without u", BOOK.replace("\"u\":18521288,", ""), DecodeKind.MISSING_FIELD),
            bad("book with u 0", BOOK.replace("18521288", "0"), DecodeKind.BAD_NUMBER),
            bad("book depth not a number", BOOK.replace("orderbook.50.", "orderbook.x."), DecodeKind.UNKNOWN_TOPIC),
            bad("kline of unknown interval", KLINE.replace("kline.5.", "kline.2."), DecodeKind.UNKNOWN_TOPIC),
            bad("kline interval not the topic's", KLINE.replace("\"interval\":\"5\"", "\"interval\":\"15\""),
                DecodeKind.BAD_VALUE),
            bad("kline high below close", KLINE.replace("\"high\":\"16677\"", "\"high\":\"16676\""),
                DecodeKind.BAD_VALUE),
            bad("kline confirm as string", KLINE.replace("false", "\"false\""), DecodeKind.WRONG_TYPE),
            bad("kline without confirm", KLINE.replace("\"confirm\":false,", ""), DecodeKind.MISSING_FIELD),
            bad("kline turnover finer than 1e-8", KLINE.replace("34666.4005", "34666.400000001"),
                DecodeKind.BAD_NUMBER));
    }

    private static Arguments bad(final String name, final String json, final DecodeKind kind)
    {
        return Arguments.of(name, json, kind);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badMessages")
    void shouldCountBadMessageEmitNothingAndRecover(final String name, final String json, final DecodeKind kind)
    {
        feed(adapter, json);
        assertThat(adapter.counters().count(kind)).as(adapter.counters().toString()).isOne();
        assertThat(adapter.counters().total()).isOne();
        final boolean unknown = kind == DecodeKind.UNKNOWN_TOPIC || kind == DecodeKind.UNKNOWN_OP;
        assertThat(listener.events).hasSize(unknown ? 1 : 0);
        if (unknown)
        {
            assertThat(listener.events.get(0)).isEqualTo(new Unknown(kind, json));
        }
        assertThat(adapter.counters().samples()).singleElement().asString().startsWith(
            kind + ": ");

        listener.events.clear();
        feed(adapter, TRADE);
        assertThat(listener.of(Trade.class)).as("decodes the next message").hasSize(1);
        assertThat(adapter.counters().total()).isOne();
    }

    @Test
    void shouldCountInvalidUtf8AsMalformed()
    {
        final byte[] bytes = {'{', '"', 'o', 'p', '"', ':', '"', (byte)0xFF, (byte)0xFE, '"', '}'};
        adapter.onMessage(bytes, 0, bytes.length);

        assertThat(adapter.counters().count(DecodeKind.MALFORMED_JSON)).isOne();
        assertThat(listener.events).isEmpty();
        feed(adapter, TRADE);
        assertThat(listener.of(Trade.class)).hasSize(1);
    }

    @Test
    void shouldEmitNoTradeOfABatchWhoseLastTradeIsBad()
    {
        final String two = TRADE.replace("}]}", "},{\"T\":1,\"s\":\"BTCUSDT\",\"S\":\"Sell\",\"v\":\"0.001\","
            + "\"p\":\"bad\",\"i\":\"x\"}]}");
        feed(adapter, two);

        assertThat(listener.events).isEmpty();
        assertThat(adapter.counters().count(DecodeKind.BAD_NUMBER)).isOne();
    }

    @Test
    void shouldNotTouchTheBookOrTickerOnABadMessage()
    {
        feed(adapter, BOOK);
        feed(adapter, TICKER);
        listener.events.clear();

        feed(adapter, BOOK.replace("\"snapshot\"", "\"delta\"").replace("18521288", "18521289")
            .replace("\"0.029\"]]", "\"0.029\"],[\"16612.00\",\"x\"]]"));
        feed(adapter, TICKER.replace("\"66666.60\"", "\"1\",\"markPrice\":\"1.001\""));

        final LocalBook book = adapter.book(Samples.BTC);
        assertThat(book.updateId()).isEqualTo(18521288);
        assertThat(book.askCount()).isOne();
        assertThat(adapter.ticker(Samples.BTC).lastPrice()).isEqualTo(6_666_660);
        assertThat(listener.events).isEmpty();
        assertThat(adapter.counters().count(DecodeKind.BAD_NUMBER)).isEqualTo(2);
    }

    @Test
    void shouldKeepOnlyTheFirstFewRawMessages()
    {
        for (int i = 0; i < 20; i++)
        {
            feed(adapter, "garbage " + i);
        }
        feed(adapter, "x".repeat(DecodeCounters.MAX_SAMPLE_CHARS + 100));

        final DecodeCounters counters = adapter.counters();
        assertThat(counters.count(DecodeKind.MALFORMED_JSON)).isEqualTo(21);
        assertThat(counters.samples()).hasSize(DecodeCounters.MAX_SAMPLES)
            .first().isEqualTo("MALFORMED_JSON: garbage 0");
        assertThat(counters.parserResets()).isEqualTo(21);
        feedSample(adapter, "ws-public-trade.json");
        assertThat(listener.of(Trade.class)).hasSize(1);
    }

    @Test
    void shouldCutLongSamples()
    {
        feed(adapter, "y".repeat(DecodeCounters.MAX_SAMPLE_CHARS + 100));

        assertThat(adapter.counters().samples()).singleElement().asString()
            .endsWith("... (" + (DecodeCounters.MAX_SAMPLE_CHARS + 100) + " bytes)");
    }

    @Test
    void shouldSkipUnknownFieldsOfAnyShape()
    {
        feed(adapter, TRADE.replace("\"BT\":false", "\"BT\":false,\"x\":{\"y\":[1,2,{\"z\":null}],\"w\":1e99}")
            .replace("\"ts\":", "\"extra\":[[[]]],\"ts\":"));

        assertThat(listener.of(Trade.class)).hasSize(1);
        assertThat(adapter.counters().total()).isZero();
    }
}
