package ringfire.ops.config;

import ringfire.codecs.bybit.BybitInterval;
import ringfire.engine.gateway.bybit.BybitWsConfig;
import ringfire.engine.execution.paper.TradingMode;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * Section {@code feed:}: where market data comes from. Keys and defaults: {@code source: bybit} (or {@code sim}),
 * {@code url} (Bybit's public linear stream: testnet's in mode testnet, mainnet's otherwise),
 * {@code symbols: [BTCUSDT]} (each in the instrument table), {@code orderbookDepth: 50} (1, 50, 200 or 1000, as the gateway subscribes),
 * {@code klineInterval: 1} (a Bybit interval: minutes 1..720, D, W, M), {@code heartbeat: 20s} (ping interval),
 * {@code timeout: 30s} (no message for this long: reconnect), {@code reconnectCap: 30s} (longest back-off between
 * reconnects), {@code keepRawFrames: false} (also keep the exchange's raw frames, for debugging).
 */
public record FeedConfig(
    Source source,
    URI url,
    List<String> symbols,
    int orderbookDepth,
    String klineInterval,
    Duration heartbeat,
    Duration timeout,
    Duration reconnectCap,
    boolean keepRawFrames)
{
    public static final URI MAINNET_URL = URI.create("wss://stream.bybit.com/v5/public/linear");
    public static final URI TESTNET_URL = URI.create("wss://stream-testnet.bybit.com/v5/public/linear");
    public static final List<Integer> ORDERBOOK_DEPTHS = List.of(1, 50, 200, 1000);
    public static final List<String> KLINE_INTERVALS =
        List.of("1", "3", "5", "15", "30", "60", "120", "240", "360", "720", "D", "W", "M");

    /** Where market data comes from: Bybit's public WebSocket stream, or the simulated exchange. */
    public enum Source
    {
        BYBIT,
        SIM
    }

    public FeedConfig
    {
        symbols = List.copyOf(symbols);
    }

    /** The defaults; the URL follows the trading mode (testnet prices for testnet, mainnet otherwise). */
    public static FeedConfig defaults(final TradingMode mode)
    {
        return new FeedConfig(Source.BYBIT, defaultUrl(mode), List.of("BTCUSDT", "ETHUSDT"), 50, "1", Duration.ofSeconds(20),
            Duration.ofSeconds(30), Duration.ofSeconds(30), false);
    }

    public static URI defaultUrl(final TradingMode mode)
    {
        return mode == TradingMode.TESTNET ? TESTNET_URL : MAINNET_URL;
    }

    /**
     * The gateway's settings for this feed: URL, symbols, depth, interval, ping interval (heartbeat), dead-connection
     * timeout and reconnect back-off cap; the caller may set the rest (clock, thread name, TLS) before building.
     */
    public BybitWsConfig.Builder gateway()
    {
        return BybitWsConfig.builder(url, symbols).orderbookDepth(orderbookDepth).klineInterval(klineInterval)
            .pingInterval(heartbeat).heartbeatTimeout(timeout).backoff(Duration.ofMillis(100), reconnectCap);
    }

    /** The kline interval in seconds. */
    public int klineIntervalSeconds()
    {
        return BybitInterval.seconds(klineInterval, 0, klineInterval.length());
    }
}
