package ringfire.engine.gateway.bybit;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubscriptionsTest
{
    private static final URI URI_ = URI.create("wss://stream.bybit.com/v5/public/linear");

    private static Subscriptions subscriptions(final int argsPerRequest, final String... symbols)
    {
        return new Subscriptions(BybitWsConfig.builder(URI_, List.of(symbols)).argsPerRequest(argsPerRequest)
            .orderbookDepth(200).klineInterval("5").build());
    }

    @Test
    void shouldPackTheFourTopicsOfEachSymbolIntoRequestsOfAtMostTheLimit()
    {
        final Subscriptions s = subscriptions(10, "BTCUSDT", "ETHUSDT", "SOLUSDT");
        assertThat(s.batches()).extracting(Subscriptions.Batch::topics).containsExactly(
            List.of("publicTrade.BTCUSDT", "tickers.BTCUSDT", "orderbook.200.BTCUSDT", "kline.5.BTCUSDT",
                "publicTrade.ETHUSDT", "tickers.ETHUSDT", "orderbook.200.ETHUSDT", "kline.5.ETHUSDT",
                "publicTrade.SOLUSDT", "tickers.SOLUSDT"),
            List.of("orderbook.200.SOLUSDT", "kline.5.SOLUSDT"));
        assertThat(s.batches().get(0).symbolIndexes()).containsExactly(0, 0, 0, 0, 1, 1, 1, 1, 2, 2);
        assertThat(s.subscribeAll()).containsExactly(
            "{\"req_id\":\"1\",\"op\":\"subscribe\",\"args\":[\"publicTrade.BTCUSDT\",\"tickers.BTCUSDT\","
                + "\"orderbook.200.BTCUSDT\",\"kline.5.BTCUSDT\",\"publicTrade.ETHUSDT\",\"tickers.ETHUSDT\","
                + "\"orderbook.200.ETHUSDT\",\"kline.5.ETHUSDT\",\"publicTrade.SOLUSDT\",\"tickers.SOLUSDT\"]}",
            "{\"req_id\":\"2\",\"op\":\"subscribe\",\"args\":[\"orderbook.200.SOLUSDT\",\"kline.5.SOLUSDT\"]}");
        assertThat(subscriptions(1, "BTCUSDT").batches()).hasSize(4);
    }

    @Test
    void shouldMatchAcksByReqIdOrElseOldestFirst()
    {
        final Subscriptions s = subscriptions(4, "BTCUSDT", "ETHUSDT");
        s.subscribeAll();
        assertThat(s.subscribeAllPending()).isTrue();
        assertThat(s.acknowledge("subscribe", "2").reqId()).isEqualTo("2");
        assertThat(s.acknowledge("subscribe", "2")).isNull();
        assertThat(s.acknowledge("subscribe", "")).extracting(Subscriptions.Pending::reqId).isEqualTo("1");
        assertThat(s.subscribeAllPending()).isFalse();
        assertThat(s.resubscribeBook(1)).containsExactly(
            "{\"req_id\":\"3\",\"op\":\"unsubscribe\",\"args\":[\"orderbook.200.ETHUSDT\"]}",
            "{\"req_id\":\"4\",\"op\":\"subscribe\",\"args\":[\"orderbook.200.ETHUSDT\"]}");
        assertThat(s.subscribeAllPending()).isFalse();
        assertThat(s.acknowledge("unsubscribe", null).op()).isEqualTo("unsubscribe");
        assertThat(s.acknowledge("subscribe", "4").symbolIndex()).isEqualTo(1);
        assertThat(s.subscribeAll()).hasSize(2);
        assertThat(s.acknowledge("subscribe", "4")).isNull();
    }

    @Test
    void shouldBlameTheSymbolsTheErrorNamesElseTheWholeRequest()
    {
        final Subscriptions s = subscriptions(10, "BTCUSDT", "ETHUSDT", "ETH");
        s.subscribeAll();
        final Subscriptions.Pending first = s.acknowledge("subscribe", "1");
        assertThat(s.failedSymbols(first, "Invalid symbol :[publicTrade.ETHUSDT,tickers.ETHUSDT]")).containsExactly(1);
        assertThat(s.failedSymbols(s.acknowledge("subscribe", "2"), "Invalid symbol :[kline.5.ETH]")).containsExactly(2);
        assertThat(s.failedSymbols(first, "Invalid symbol :[publicTrade.ETH]")).containsExactly(2);
        assertThat(s.failedSymbols(first, "error:handler not found")).containsExactly(0, 1, 2);
        assertThat(s.failedSymbols(first, null)).containsExactly(0, 1, 2);
    }

    @Test
    void shouldRefuseMoreArgsThanBybitAllowsPerConnection()
    {
        final List<String> many = IntStream.range(0, 300).mapToObj(i -> "SYM" + i + "USDT").toList();
        assertThatThrownBy(() -> BybitWsConfig.builder(URI_, many).build())
            .hasMessageContaining("Bybit allows 21000 per connection");
        assertThat(Subscriptions.argsChars(List.of("a", "bc"))).isEqualTo("[\"a\",\"bc\"]".length());
    }
}
