package ringfire.codecs.bybit;

import static org.assertj.core.api.Assertions.assertThat;
import static ringfire.codecs.bybit.Samples.AAVE;
import static ringfire.codecs.bybit.Samples.BTC;
import static ringfire.codecs.bybit.Samples.ROSE;
import static ringfire.codecs.bybit.Samples.XRP;
import static ringfire.codecs.bybit.Samples.dec;
import static ringfire.codecs.bybit.Samples.feed;
import static ringfire.codecs.bybit.Samples.feedSample;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import ringfire.codecs.Scales;
import ringfire.codecs.bybit.RecordingListener.Bar;
import ringfire.codecs.bybit.RecordingListener.Level;
import ringfire.codecs.bybit.RecordingListener.Liquidation;
import ringfire.codecs.bybit.RecordingListener.Pong;
import ringfire.codecs.bybit.RecordingListener.Reply;
import ringfire.codecs.bybit.RecordingListener.Ticker;
import ringfire.codecs.bybit.RecordingListener.Trade;
import ringfire.codecs.bybit.RecordingListener.Unknown;
import ringfire.codecs.sbe.BookAction;
import ringfire.codecs.sbe.Side;

/** Every public-stream sample decodes to exactly the values in the message. */
class BybitSampleDecodingTest
{
    private final RecordingListener listener = new RecordingListener();
    private final BybitMarketDataAdapter adapter = new BybitMarketDataAdapter(Samples.symbols(), listener);

    private static final Trade SAMPLE_TRADE = new Trade(BTC, Side.BUY, dec("16578.50", 2), dec("0.001", 3),
        1672304486865L, 1783284617L, "20f43950-d8dd-5b31-9112-a178eb6023af", false);

    @Test
    void shouldDecodePublicTrade()
    {
        feedSample(adapter, "ws-public-trade.json");

        assertThat(listener.events).containsExactly(SAMPLE_TRADE);
        assertThat(SAMPLE_TRADE.price()).isEqualTo(1_657_850L);
        assertThat(adapter.counters().total()).isZero();
    }

    @Test
    void shouldDecodeTheSameTradeWhateverTheKeyOrderAndWherever()
    {
        final String reordered = "{\"data\":[{\"i\":\"20f43950-d8dd-5b31-9112-a178eb6023af\",\"seq\":1783284617,"
            + "\"BT\":false,\"L\":\"PlusTick\",\"p\":\"16578.50\",\"v\":\"0.001\",\"S\":\"Buy\",\"s\":\"BTCUSDT\","
            + "\"T\":1672304486865}],\"ts\":1672304486868,\"type\":\"snapshot\",\"topic\":\"publicTrade.BTCUSDT\"}";
        feed(adapter, reordered);

        final byte[] sample = Samples.bytes("ws-public-trade.json");
        final byte[] padded = new byte[sample.length + 10];
        System.arraycopy(sample, 0, padded, 7, sample.length);
        adapter.onMessage(new UnsafeBuffer(padded), 7, sample.length);

        final ByteBuffer direct = ByteBuffer.allocateDirect(sample.length + 3);
        direct.position(3);
        direct.put(sample);
        adapter.onMessage(new UnsafeBuffer(direct), 3, sample.length);

        assertThat(listener.events).containsExactly(SAMPLE_TRADE, SAMPLE_TRADE, SAMPLE_TRADE);
    }

    @Test
    void shouldDecodeLinearTickerSnapshot()
    {
        feedSample(adapter, "ws-tickers-snapshot.json");

        assertThat(listener.events).containsExactly(new Ticker(BTC,
            dec("66666.60", 2), dec("23789.165", 3), dec("66666.70", 2), dec("23775.469", 3),
            dec("66666.60", 2), dec("66666.60", 2), dec("115418.19", 2), dec("-0.005", Scales.RATIO),
            1760342400000L, 9532239429L, 1760325052630L));
        assertThat(adapter.ticker(BTC).fundingRate()).isEqualTo(-500_000L);
    }

    @Test
    void shouldDecodeSpotTickerSnapshotWithoutBookOrFundingFields()
    {
        feedSample(adapter, "ws-tickers-snapshot-spot.json");

        assertThat(listener.events).containsExactly(
            new Ticker(BTC, 0, 0, 0, 0, dec("21109.77", 2), 0, 0, 0, 0, 2588407389L, 1673853746003L));
    }

    @Test
    void shouldMergeCapturedTickerDeltaIntoItsSnapshot()
    {
        feedSample(adapter, "ws-tickers-snapshot-captured.json");
        feedSample(adapter, "ws-tickers-delta-captured.json");

        final Ticker snapshot = new Ticker(XRP, dec("3.3297", 4), dec("4885", 0), dec("3.3298", 4), dec("1363", 0),
            dec("3.3280", 4), dec("3.2017", 4), dec("3.1902", 4), dec("-0.00435", Scales.RATIO), 1737734400000L,
            19371556201L, 1737718426731L);
        // the delta carries lastPrice, ask1Price and ask1Size (and fields the event does not map); the rest stays
        final Ticker merged = new Ticker(XRP, dec("3.3297", 4), dec("4885", 0), dec("3.3298", 4), dec("1113", 0),
            dec("3.3298", 4), dec("3.2017", 4), dec("3.1902", 4), dec("-0.00435", Scales.RATIO), 1737734400000L,
            19371556274L, 1737718429132L);
        assertThat(listener.events).containsExactly(snapshot, merged);
    }

    @Test
    void shouldDropTickerDeltaBeforeAnySnapshotThenMergeItAfterOne()
    {
        feedSample(adapter, "ws-tickers-delta.json");
        assertThat(listener.events).isEmpty();
        assertThat(adapter.counters().count(DecodeKind.TICKER_DELTA_WITHOUT_SNAPSHOT)).isOne();

        feed(adapter, "{\"topic\":\"tickers.AAVEUSDT\",\"type\":\"snapshot\",\"data\":{\"symbol\":\"AAVEUSDT\","
            + "\"lastPrice\":\"112.95\",\"markPrice\":\"112.91\",\"bid1Price\":\"112.80\",\"bid1Size\":\"1.00\"},"
            + "\"cs\":78039939900,\"ts\":1709210212600}");
        feedSample(adapter, "ws-tickers-delta.json");

        assertThat(listener.events).last().isEqualTo(new Ticker(AAVE,
            dec("112.89", 2), dec("2.12", 2), dec("112.90", 2), dec("5.02", 2), dec("112.95", 2), dec("112.91", 2),
            0, 0, 0, 78039939929L, 1709210212704L));
    }

    @Test
    void shouldDecodeOrderBookSnapshotIntoLevelsAndLocalBook()
    {
        feedSample(adapter, "ws-orderbook-snapshot.json");

        final long u = 18521288L;
        final long cts = 1672304484976L;
        assertThat(listener.events).containsExactly(
            new Level(BTC, BookAction.SNAPSHOT, Side.BUY, dec("16493.50", 2), dec("0.006", 3), u, cts, false),
            new Level(BTC, BookAction.SNAPSHOT, Side.BUY, dec("16493.00", 2), dec("0.100", 3), u, cts, false),
            new Level(BTC, BookAction.SNAPSHOT, Side.SELL, dec("16611.00", 2), dec("0.029", 3), u, cts, false),
            new Level(BTC, BookAction.SNAPSHOT, Side.SELL, dec("16612.00", 2), dec("0.213", 3), u, cts, true));
        final LocalBook book = adapter.book(BTC);
        assertThat(book.isLive()).isTrue();
        assertThat(book.updateId()).isEqualTo(u);
        assertThat(book.crossSeq()).isEqualTo(7961638724L);
        assertThat(book.timeMs()).isEqualTo(cts);
        assertThat(book.bestBidPrice()).isEqualTo(dec("16493.50", 2));
        assertThat(book.bestBidQty()).isEqualTo(dec("0.006", 3));
        assertThat(book.bestAskPrice()).isEqualTo(dec("16611.00", 2));
        assertThat(book.bestAskQty()).isEqualTo(dec("0.029", 3));
        assertThat(book.bidCount()).isEqualTo(2);
        assertThat(book.askCount()).isEqualTo(2);
    }

    @Test
    void shouldReportTheDocsDeltaAloneAsGapAndApplyItAfterASnapshot()
    {
        feedSample(adapter, "ws-orderbook-delta.json");
        assertThat(listener.events).containsExactly(
            new RecordingListener.Gap(BTC, LocalBook.NO_UPDATE_ID, 177400507L));
        listener.events.clear();

        // a snapshot one update before the docs' delta, holding the three levels the delta deletes
        feed(adapter, "{\"topic\":\"orderbook.50.BTCUSDT\",\"type\":\"snapshot\",\"ts\":1687940967400,\"data\":{"
            + "\"s\":\"BTCUSDT\",\"b\":[[\"30247.20\",\"1.000\"],[\"30240.00\",\"2.000\"]],"
            + "\"a\":[[\"30248.70\",\"3.000\"],[\"30249.60\",\"4.000\"],[\"30260.00\",\"5.000\"]],"
            + "\"u\":177400506,\"seq\":66544703300},\"cts\":1687940967398}");
        listener.events.clear();
        feedSample(adapter, "ws-orderbook-delta.json");

        final long u = 177400507L;
        final long cts = 1687940967464L;
        final BookAction d = BookAction.DELTA;
        assertThat(listener.events).containsExactly(
            new Level(BTC, d, Side.BUY, dec("30247.20", 2), dec("30.028", 3), u, cts, false),
            new Level(BTC, d, Side.BUY, dec("30245.40", 2), dec("0.224", 3), u, cts, false),
            new Level(BTC, d, Side.BUY, dec("30242.10", 2), dec("1.593", 3), u, cts, false),
            new Level(BTC, d, Side.BUY, dec("30240.30", 2), dec("1.305", 3), u, cts, false),
            new Level(BTC, d, Side.BUY, dec("30240.00", 2), 0, u, cts, false),
            new Level(BTC, d, Side.SELL, dec("30248.70", 2), 0, u, cts, false),
            new Level(BTC, d, Side.SELL, dec("30249.30", 2), dec("0.892", 3), u, cts, false),
            new Level(BTC, d, Side.SELL, dec("30249.50", 2), dec("1.778", 3), u, cts, false),
            new Level(BTC, d, Side.SELL, dec("30249.60", 2), 0, u, cts, false),
            new Level(BTC, d, Side.SELL, dec("30251.90", 2), dec("2.947", 3), u, cts, false),
            new Level(BTC, d, Side.SELL, dec("30252.20", 2), dec("0.659", 3), u, cts, false),
            new Level(BTC, d, Side.SELL, dec("30252.50", 2), dec("4.591", 3), u, cts, true));

        final LocalBook book = adapter.book(BTC);
        assertThat(book.updateId()).isEqualTo(u);
        assertThat(book.crossSeq()).isEqualTo(66544703342L);
        assertThat(bids(book)).containsExactly(
            dec("30247.20", 2), dec("30245.40", 2), dec("30242.10", 2), dec("30240.30", 2));
        assertThat(book.bestBidQty()).isEqualTo(dec("30.028", 3));
        assertThat(asks(book)).containsExactly(dec("30249.30", 2), dec("30249.50", 2), dec("30251.90", 2),
            dec("30252.20", 2), dec("30252.50", 2), dec("30260.00", 2));
        assertThat(book.bestAskQty()).isEqualTo(dec("0.892", 3));
    }

    @Test
    void shouldDecodeFormingKline()
    {
        feedSample(adapter, "ws-kline.json");

        assertThat(listener.events).containsExactly(new Bar(BTC, 300, 1672324800000L, dec("16649.5", 2),
            dec("16677", 2), dec("16608", 2), dec("16677", 2), dec("2.081", 3), dec("34666.4005", Scales.MONEY),
            false));
    }

    @Test
    void shouldDecodeConfirmedKline()
    {
        final String confirmed = Samples.text("ws-kline.json").replace("\"confirm\": false", "\"confirm\": true");
        feed(adapter, confirmed);

        assertThat(listener.of(Bar.class)).singleElement().extracting(Bar::confirmed).isEqualTo(true);
    }

    @Test
    void shouldDecodeAllLiquidation()
    {
        feedSample(adapter, "ws-all-liquidation.json");

        assertThat(listener.events).containsExactly(
            new Liquidation(ROSE, Side.SELL, dec("0.04499", 5), dec("20000", 0), 1739502302929L));
    }

    @Test
    void shouldReportTheDeprecatedLiquidationTopicAsUnknown()
    {
        feedSample(adapter, "ws-liquidation-deprecated.json");

        assertThat(listener.events).containsExactly(
            new Unknown(DecodeKind.UNKNOWN_TOPIC, Samples.text("ws-liquidation-deprecated.json")));
        assertThat(adapter.counters().count(DecodeKind.UNKNOWN_TOPIC)).isOne();
        assertThat(adapter.counters().samples()).singleElement().asString().startsWith("UNKNOWN_TOPIC: {");
    }

    @Test
    void shouldDecodeSubscribeAndUnsubscribeReplies()
    {
        feedSample(adapter, "ws-subscribe-response.json");
        feedSample(adapter, "ws-subscribe-response-spot.json");
        feedSample(adapter, "ws-unsubscribe-response.json");
        feed(adapter, "{\"success\":false,\"ret_msg\":\"Invalid symbol :[tickers.X]\","
            + "\"conn_id\":\"3cd84cb1-4d06-4a05-930a-2efe5fc70f0f\",\"req_id\":\"7\",\"op\":\"subscribe\"}");

        assertThat(listener.events).containsExactly(
            new Reply("subscribe", true, "", ""),
            new Reply("subscribe", true, "10001", "subscribe"),
            new Reply("unsubscribe", true, "3", ""),
            new Reply("subscribe", false, "7", "Invalid symbol :[tickers.X]"));
        assertThat(adapter.counters().total()).isZero();
    }

    @Test
    void shouldDecodePongsOfEveryStream()
    {
        feedSample(adapter, "ws-pong.json");
        feedSample(adapter, "ws-pong-spot.json");
        // private stream shape (shared sample ws-pong-private.json)
        feed(adapter, "{\"req_id\":\"test\",\"op\":\"pong\",\"args\":[\"1675418560633\"],"
            + "\"conn_id\":\"cfcb4ocsvfriu23r3er0-1b\"}");

        assertThat(listener.events).containsExactly(new Pong(""), new Pong(""), new Pong("test"));
    }

    @Test
    void shouldDecodeEverySampleWithoutAnyMalformedCount()
    {
        for (final String name : Samples.PUBLIC)
        {
            feedSample(adapter, name);
        }

        final DecodeCounters counters = adapter.counters();
        assertThat(counters.messages()).isEqualTo(Samples.PUBLIC.length);
        assertThat(counters.count(DecodeKind.UNKNOWN_TOPIC)).isOne();
        assertThat(counters.count(DecodeKind.TICKER_DELTA_WITHOUT_SNAPSHOT)).isOne(); // AAVE has no snapshot
        assertThat(counters.count(DecodeKind.BOOK_GAP)).isOne(); // docs delta does not follow the docs snapshot
        assertThat(counters.total()).isEqualTo(3);
        assertThat(counters.parserResets()).isZero();
    }

    @Test
    void shouldDecodeUtf8RetMsg()
    {
        feed(adapter, "{\"success\":false,\"ret_msg\":\"caf\u00e9 \\u00e9\",\"op\":\"subscribe\"}");

        assertThat(listener.events).containsExactly(new Reply("subscribe", false, "", "caf\u00e9 \u00e9"));
        assertThat("caf\u00e9".getBytes(StandardCharsets.UTF_8)).hasSize(5);
    }

    static long[] bids(final LocalBook book)
    {
        final long[] p = new long[book.bidCount()];
        for (int i = 0; i < p.length; i++)
        {
            p[i] = book.bidPrice(i);
        }
        return p;
    }

    static long[] asks(final LocalBook book)
    {
        final long[] p = new long[book.askCount()];
        for (int i = 0; i < p.length; i++)
        {
            p[i] = book.askPrice(i);
        }
        return p;
    }
}
