package ringfire.codecs.bybit;

import static org.assertj.core.api.Assertions.assertThat;
import static ringfire.codecs.bybit.Samples.BTC;
import static ringfire.codecs.bybit.Samples.ETH;
import static ringfire.codecs.bybit.Samples.feed;

import org.junit.jupiter.api.Test;
import ringfire.codecs.bybit.RecordingListener.Ticker;

/** Ticker deltas merge into the last snapshot of their symbol; each message emits the merged state. */
class BybitTickerMergeTest
{
    private final RecordingListener listener = new RecordingListener();
    private final BybitMarketDataAdapter adapter = new BybitMarketDataAdapter(Samples.symbols(), listener);

    private void ticker(final String symbol, final String type, final long cs, final String fields)
    {
        feed(adapter, "{\"topic\":\"tickers." + symbol + "\",\"type\":\"" + type + "\",\"data\":{\"symbol\":\""
            + symbol + "\"" + (fields.isEmpty() ? "" : "," + fields) + "},\"cs\":" + cs + ",\"ts\":" + (cs + 1000)
            + "}");
    }

    @Test
    void shouldKeepFieldsADeltaLeavesOut()
    {
        ticker("BTCUSDT", "snapshot", 1, "\"lastPrice\":\"100.00\",\"markPrice\":\"100.10\",\"indexPrice\":\"100.20\","
            + "\"bid1Price\":\"99.90\",\"bid1Size\":\"1.000\",\"ask1Price\":\"100.10\",\"ask1Size\":\"2.000\","
            + "\"fundingRate\":\"0.0001\",\"nextFundingTime\":\"1760342400000\",\"volume24h\":\"5\"");
        ticker("BTCUSDT", "delta", 2, "\"bid1Price\":\"99.95\",\"bid1Size\":\"0.500\"");
        ticker("BTCUSDT", "delta", 3, "\"fundingRate\":\"-0.0002\",\"turnover24h\":\"9\"");
        ticker("BTCUSDT", "delta", 4, "");

        assertThat(listener.events).containsExactly(
            new Ticker(BTC, 9_990, 1_000, 10_010, 2_000, 10_000, 10_010, 10_020, 10_000, 1760342400000L, 1, 1001),
            new Ticker(BTC, 9_995, 500, 10_010, 2_000, 10_000, 10_010, 10_020, 10_000, 1760342400000L, 2, 1002),
            new Ticker(BTC, 9_995, 500, 10_010, 2_000, 10_000, 10_010, 10_020, -20_000, 1760342400000L, 3, 1003),
            new Ticker(BTC, 9_995, 500, 10_010, 2_000, 10_000, 10_010, 10_020, -20_000, 1760342400000L, 4, 1004));
    }

    @Test
    void shouldReplaceEverythingOnANewSnapshotAndReadEmptyAsNone()
    {
        ticker("BTCUSDT", "snapshot", 1, "\"lastPrice\":\"100.00\",\"markPrice\":\"100.10\",\"bid1Price\":\"99.90\"");
        ticker("BTCUSDT", "snapshot", 2, "\"lastPrice\":\"101.00\"");
        ticker("BTCUSDT", "delta", 3, "\"bid1Price\":\"\",\"markPrice\":\"101.50\"");

        assertThat(listener.events).containsExactly(
            new Ticker(BTC, 9_990, 0, 0, 0, 10_000, 10_010, 0, 0, 0, 1, 1001),
            new Ticker(BTC, 0, 0, 0, 0, 10_100, 0, 0, 0, 0, 2, 1002),
            new Ticker(BTC, 0, 0, 0, 0, 10_100, 10_150, 0, 0, 0, 3, 1003));
    }

    @Test
    void shouldKeepEachSymbolApart()
    {
        ticker("BTCUSDT", "snapshot", 1, "\"lastPrice\":\"100.00\"");
        ticker("ETHUSDT", "snapshot", 2, "\"lastPrice\":\"10.00\"");
        ticker("BTCUSDT", "delta", 3, "\"lastPrice\":\"100.50\"");

        assertThat(adapter.ticker(BTC).lastPrice()).isEqualTo(10_050);
        assertThat(adapter.ticker(ETH).lastPrice()).isEqualTo(1_000);
        assertThat(listener.events).last().isEqualTo(new Ticker(BTC, 0, 0, 0, 0, 10_050, 0, 0, 0, 0, 3, 1003));
    }

    @Test
    void shouldNeedASnapshotAgainAfterReset()
    {
        ticker("BTCUSDT", "snapshot", 1, "\"lastPrice\":\"100.00\"");
        adapter.reset();
        ticker("BTCUSDT", "delta", 2, "\"lastPrice\":\"100.50\"");

        assertThat(listener.events).hasSize(1);
        assertThat(adapter.ticker(BTC).hasSnapshot()).isFalse();
        assertThat(adapter.counters().count(DecodeKind.TICKER_DELTA_WITHOUT_SNAPSHOT)).isOne();
    }

    @Test
    void shouldLeaveTheMergedStateAloneWhenADeltaIsBad()
    {
        ticker("BTCUSDT", "snapshot", 1, "\"lastPrice\":\"100.00\",\"bid1Price\":\"99.00\"");
        ticker("BTCUSDT", "delta", 2, "\"bid1Price\":\"99.50\",\"lastPrice\":\"100.001\"");

        assertThat(listener.events).hasSize(1);
        assertThat(adapter.ticker(BTC).bidPrice()).isEqualTo(9_900);
        assertThat(adapter.ticker(BTC).crossSeq()).isEqualTo(1);
    }
}
