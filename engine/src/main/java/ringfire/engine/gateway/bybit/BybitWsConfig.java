package ringfire.engine.gateway.bybit;

import io.netty.handler.ssl.SslContext;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

/**
 * Settings of a {@link BybitWsClient}; build with {@link #builder(URI, List)}. Validated once, at build.
 *
 * @param uri               {@code ws://} (loopback, simulator) or {@code wss://} (Bybit), e.g.
 *                          {@code wss://stream.bybit.com/v5/public/linear}
 * @param symbols           symbols to subscribe, in symbol-index order
 * @param orderbookDepth    orderbook topic depth: 1, 50, 200 or 1000 (default 50)
 * @param klineInterval     kline topic interval, Bybit's name: 1, 3, 5, 15, 30, 60, 120, 240, 360, 720, D, W, M
 *                          (default 1)
 * @param argsPerRequest    most topics in one subscribe request (default 10, Bybit spot's limit)
 * @param pingInterval      how often {@code {"op":"ping"}} is sent (default 20 s, as Bybit asks)
 * @param heartbeatTimeout  a connection that receives nothing for this long is dead (default 30 s); must exceed
 *                          the ping interval
 * @param backoffBase       first reconnect delay ceiling (default 100 ms); doubles per attempt
 * @param backoffCap        largest reconnect delay (default 30 s)
 * @param backoffResetAfter a connection that lived this long resets the backoff when it drops (default 60 s)
 * @param jitterSeed        seed of the backoff jitter
 * @param connectTimeout    TCP connect and WebSocket handshake timeout (default 10 s)
 * @param maxFrameBytes     largest text message accepted (default 4 MiB)
 * @param clock             source of {@code receivedNanos} (default {@link System#nanoTime()})
 * @param sslContext        TLS context for {@code wss://}; null builds a default client context that verifies
 *                          the server's certificate and host name
 * @param threadName        name of the event-loop thread
 */
public record BybitWsConfig(
    URI uri,
    List<String> symbols,
    int orderbookDepth,
    String klineInterval,
    int argsPerRequest,
    Duration pingInterval,
    Duration heartbeatTimeout,
    Duration backoffBase,
    Duration backoffCap,
    Duration backoffResetAfter,
    long jitterSeed,
    Duration connectTimeout,
    int maxFrameBytes,
    LongSupplier clock,
    SslContext sslContext,
    String threadName)
{
    /** Bybit caps the serialized {@code args} of one public connection at 21,000 characters. */
    public static final int MAX_ARGS_CHARS = 21_000;
    private static final Pattern SYMBOL = Pattern.compile("[A-Z0-9]{2,30}");
    private static final Set<Integer> DEPTHS = Set.of(1, 50, 200, 1000);
    private static final Set<String> INTERVALS =
        Set.of("1", "3", "5", "15", "30", "60", "120", "240", "360", "720", "D", "W", "M");

    public BybitWsConfig
    {
        symbols = List.copyOf(symbols);
        final String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        require(scheme.equals("ws") || scheme.equals("wss"), "uri must be ws:// or wss://: " + uri);
        require(uri.getHost() != null, "uri has no host: " + uri);
        require(!symbols.isEmpty(), "at least one symbol is required");
        for (final String s : symbols)
        {
            require(SYMBOL.matcher(s).matches(), "symbol must be 2-30 upper-case letters or digits: '" + s + "'");
        }
        require(symbols.stream().distinct().count() == symbols.size(), "symbols must be distinct: " + symbols);
        require(DEPTHS.contains(orderbookDepth), "orderbookDepth must be 1, 50, 200 or 1000: " + orderbookDepth);
        require(INTERVALS.contains(klineInterval), "klineInterval must be one of " + INTERVALS + ": " + klineInterval);
        require(argsPerRequest >= 1, "argsPerRequest must be at least 1: " + argsPerRequest);
        require(positive(pingInterval) && positive(heartbeatTimeout) && positive(connectTimeout),
            "pingInterval, heartbeatTimeout and connectTimeout must be positive");
        require(heartbeatTimeout.compareTo(pingInterval) > 0,
            "heartbeatTimeout (" + heartbeatTimeout + ") must exceed pingInterval (" + pingInterval + ")");
        require(backoffBase.toMillis() >= 1 && backoffCap.compareTo(backoffBase) >= 0,
            "backoff needs 1 ms <= base <= cap: " + backoffBase + ", " + backoffCap);
        require(!backoffResetAfter.isNegative(), "backoffResetAfter must not be negative");
        require(maxFrameBytes >= 1024, "maxFrameBytes must be at least 1024: " + maxFrameBytes);
        require(clock != null && threadName != null, "clock and threadName are required");
        final int argsChars = Subscriptions.argsChars(Subscriptions.topics(symbols, orderbookDepth, klineInterval));
        require(argsChars <= MAX_ARGS_CHARS, "the subscription args of " + symbols.size() + " symbols take "
            + argsChars + " characters; Bybit allows " + MAX_ARGS_CHARS + " per connection");
    }

    public static Builder builder(final URI uri, final List<String> symbols)
    {
        return new Builder(uri, symbols);
    }

    public boolean tls()
    {
        return uri.getScheme().equalsIgnoreCase("wss");
    }

    public int port()
    {
        return uri.getPort() != -1 ? uri.getPort() : tls() ? 443 : 80;
    }

    private static boolean positive(final Duration d)
    {
        return d != null && !d.isNegative() && !d.isZero();
    }

    private static void require(final boolean ok, final String message)
    {
        if (!ok)
        {
            throw new IllegalArgumentException("gateway config: " + message);
        }
    }

    /** Defaults as documented on {@link BybitWsConfig}. */
    public static final class Builder
    {
        private final URI uri;
        private final List<String> symbols;
        private int orderbookDepth = 50;
        private String klineInterval = "1";
        private int argsPerRequest = 10;
        private Duration pingInterval = Duration.ofSeconds(20);
        private Duration heartbeatTimeout = Duration.ofSeconds(30);
        private Duration backoffBase = Duration.ofMillis(100);
        private Duration backoffCap = Duration.ofSeconds(30);
        private Duration backoffResetAfter = Duration.ofSeconds(60);
        private long jitterSeed = 0x5EED_0F_B1B1L;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private int maxFrameBytes = 4 << 20;
        private LongSupplier clock = System::nanoTime;
        private SslContext sslContext;
        private String threadName = "ringfire-gateway";

        private Builder(final URI uri, final List<String> symbols)
        {
            this.uri = uri;
            this.symbols = symbols;
        }

        public Builder orderbookDepth(final int v)
        {
            orderbookDepth = v;
            return this;
        }

        public Builder klineInterval(final String v)
        {
            klineInterval = v;
            return this;
        }

        public Builder argsPerRequest(final int v)
        {
            argsPerRequest = v;
            return this;
        }

        public Builder pingInterval(final Duration v)
        {
            pingInterval = v;
            return this;
        }

        public Builder heartbeatTimeout(final Duration v)
        {
            heartbeatTimeout = v;
            return this;
        }

        public Builder backoff(final Duration base, final Duration cap)
        {
            backoffBase = base;
            backoffCap = cap;
            return this;
        }

        public Builder backoffResetAfter(final Duration v)
        {
            backoffResetAfter = v;
            return this;
        }

        public Builder jitterSeed(final long v)
        {
            jitterSeed = v;
            return this;
        }

        public Builder connectTimeout(final Duration v)
        {
            connectTimeout = v;
            return this;
        }

        public Builder maxFrameBytes(final int v)
        {
            maxFrameBytes = v;
            return this;
        }

        public Builder clock(final LongSupplier v)
        {
            clock = v;
            return this;
        }

        public Builder sslContext(final SslContext v)
        {
            sslContext = v;
            return this;
        }

        public Builder threadName(final String v)
        {
            threadName = v;
            return this;
        }

        public BybitWsConfig build()
        {
            return new BybitWsConfig(uri, symbols, orderbookDepth, klineInterval, argsPerRequest, pingInterval,
                heartbeatTimeout, backoffBase, backoffCap, backoffResetAfter, jitterSeed, connectTimeout,
                maxFrameBytes, clock, sslContext, threadName);
        }
    }
}
