package ringfire.engine.gateway.bybit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ringfire.engine.gateway.FrameHandler;
import ringfire.engine.sim.FaultSpec;
import ringfire.engine.sim.SimBars;
import ringfire.engine.sim.SimExchange;
import ringfire.engine.sim.SimMarket;
import ringfire.engine.sim.SimOptions;
import ringfire.engine.sim.Speed;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static ringfire.codecs.sbe.GatewayState.CONNECTED;
import static ringfire.codecs.sbe.GatewayState.DISCONNECTED;
import static ringfire.codecs.sbe.GatewayState.RESUBSCRIBED;
import static ringfire.codecs.sbe.GatewayState.SUBSCRIBE_FAILED;
import static ringfire.engine.gateway.GatewayListener.ALL_SYMBOLS;

/** The client against the simulated exchange on loopback: subscriptions, heartbeat, reconnects, faults. */
class BybitWsClientTest
{
    static final SimMarket DAY = SimBars.realDay();
    static final List<String> SYMBOLS = List.of("BTCUSDT", "ETHUSDT");
    static final List<String> ALL_TOPICS = List.of(
        "publicTrade.BTCUSDT", "tickers.BTCUSDT", "orderbook.50.BTCUSDT", "kline.1.BTCUSDT",
        "publicTrade.ETHUSDT", "tickers.ETHUSDT", "orderbook.50.ETHUSDT", "kline.1.ETHUSDT");

    private final List<AutoCloseable> open = new ArrayList<>();
    private final RecordingListener listener = new RecordingListener();

    @AfterEach
    void closeAll() throws Exception
    {
        for (int i = open.size() - 1; i >= 0; i--)
        {
            open.get(i).close();
        }
    }

    private SimExchange sim(final SimOptions options)
    {
        final SimExchange sim = SimExchange.start(options);
        open.add(sim);
        return sim;
    }

    static BybitWsConfig.Builder fastConfig(final URI uri)
    {
        return BybitWsConfig.builder(uri, SYMBOLS)
            .pingInterval(Duration.ofMillis(100))
            .heartbeatTimeout(Duration.ofMillis(500))
            .backoff(Duration.ofMillis(50), Duration.ofMillis(400))
            .jitterSeed(42)
            .threadName("gateway-test");
    }

    private BybitWsClient client(final BybitWsConfig config, final FrameHandler frames)
    {
        final BybitWsClient client = new BybitWsClient(config, frames, listener);
        open.add(client);
        client.start();
        return client;
    }

    @Test
    void shouldSubscribeInBatchesAndReceiveAllFourTopicsOfTwoSymbols()
    {
        final SimExchange sim = sim(SimOptions.bars(DAY));
        final RecordingFrames frames = new RecordingFrames(0);
        client(fastConfig(sim.uri()).argsPerRequest(3).build(), frames);

        Await.until("frames of all topics", () -> frames.perTopic().keySet().containsAll(ALL_TOPICS), frames::toString);

        assertThat(sim.requests().stream().map(SimExchange.Request::text).filter(t -> t.contains("subscribe")))
            .containsExactly(
                "{\"req_id\":\"1\",\"op\":\"subscribe\",\"args\":[\"publicTrade.BTCUSDT\",\"tickers.BTCUSDT\",\"orderbook.50.BTCUSDT\"]}",
                "{\"req_id\":\"2\",\"op\":\"subscribe\",\"args\":[\"kline.1.BTCUSDT\",\"publicTrade.ETHUSDT\",\"tickers.ETHUSDT\"]}",
                "{\"req_id\":\"3\",\"op\":\"subscribe\",\"args\":[\"orderbook.50.ETHUSDT\",\"kline.1.ETHUSDT\"]}");
        assertThat(frames.perTopic().keySet()).containsExactlyInAnyOrderElementsOf(ALL_TOPICS);
        assertThat(frames.snapshots("orderbook.50.BTCUSDT")).isEqualTo(1);
        assertThat(frames.gaps()).isZero();
        assertThat(listener.statuses()).first().hasToString("CONNECTED/-1/1");
        assertThat(listener.of(SUBSCRIBE_FAILED)).isEmpty();
    }

    @Test
    void shouldStayConnectedOnPongsWhileNoDataFlows()
    {
        final SimExchange sim = sim(SimOptions.bars(SimMarket.of(SimBars.threeBtcBars())));
        final BybitWsClient client = client(BybitWsConfig.builder(sim.uri(), List.of("BTCUSDT"))
            .pingInterval(Duration.ofMillis(50)).heartbeatTimeout(Duration.ofMillis(300)).build(), new RecordingFrames(0));

        Await.until("10 pongs (over 1.5 heartbeat timeouts)", () -> client.pongsReceived() >= 10);

        assertThat(client.heartbeatTimeouts()).isZero();
        assertThat(client.connections()).isEqualTo(1);
        assertThat(listener.states()).containsExactly(CONNECTED);
        assertThat(sim.requests()).extracting(SimExchange.Request::text).contains("{\"op\":\"ping\"}");
    }

    @Test
    void shouldReconnectWithBackoffAndResubscribeAfterADrop()
    {
        final SimExchange sim = sim(SimOptions.bars(DAY).withFaultScript(List.of(FaultSpec.parse("drop-after:200"))));
        final RecordingFrames frames = new RecordingFrames(0);
        final BybitWsClient client = client(fastConfig(sim.uri()).build(), frames);

        Await.until("resubscribed", () -> listener.has(RESUBSCRIBED, ALL_SYMBOLS, 2), () -> listener.statuses().toString());
        final long before = frames.dataFrames();
        Await.until("frames after the reconnect", () -> frames.dataFrames() > before + 500);

        final long firstDelay = new Backoff(50, 400, 42).nextDelayMs();
        assertThat(listener.statuses()).extracting(Object::toString)
            .startsWith("CONNECTED/-1/1", "DISCONNECTED/-1/" + firstDelay, "CONNECTED/-1/2", "RESUBSCRIBED/-1/2");
        assertThat(firstDelay).isBetween(25L, 50L);
        assertThat(client.connections()).isEqualTo(2);
        assertThat(frames.snapshots("orderbook.50.BTCUSDT")).isEqualTo(2);
        assertThat(sim.requests().stream().filter(r -> r.connection() == 2 && r.text().contains("subscribe")))
            .hasSize(1);
    }

    @Test
    void shouldFollowTheSeededBackoffSequenceWhenEveryConnectionDrops()
    {
        final SimExchange sim = sim(SimOptions.bars(DAY));
        client(fastConfig(sim.uri("fault=drop-after:20")).build(), new RecordingFrames(0));

        Await.until("five disconnects", () -> listener.of(DISCONNECTED).size() >= 5, () -> listener.statuses().toString());

        final Backoff expected = new Backoff(50, 400, 42);
        final List<Long> delays = listener.of(DISCONNECTED).stream().limit(5).map(RecordingListener.Status::detail).toList();
        assertThat(delays).containsExactly(expected.nextDelayMs(), expected.nextDelayMs(), expected.nextDelayMs(),
            expected.nextDelayMs(), expected.nextDelayMs());
        assertThat(delays).allSatisfy(d -> assertThat(d).isBetween(25L, 400L));
        assertThat(delays.get(4)).isGreaterThanOrEqualTo(200);
        assertThat(sim.connectionsOpened()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void shouldDeclareAStalledConnectionDeadAndReconnect()
    {
        final SimExchange sim = sim(SimOptions.bars(DAY).withFaultScript(List.of(FaultSpec.parse("stall-after:100"))));
        final RecordingFrames frames = new RecordingFrames(0);
        final BybitWsClient client = client(fastConfig(sim.uri()).build(), frames);

        Await.until("resubscribed", () -> listener.has(RESUBSCRIBED, ALL_SYMBOLS, 2), () -> listener.statuses().toString());
        final long before = frames.dataFrames();
        Await.until("frames after the reconnect", () -> frames.dataFrames() > before + 100);

        assertThat(client.heartbeatTimeouts()).isEqualTo(1);
        assertThat(listener.states()).startsWith(CONNECTED, DISCONNECTED, CONNECTED, RESUBSCRIBED);
    }

    @Test
    void shouldReportARejectedSymbolAndKeepTheOthersFlowing()
    {
        final SimExchange sim = sim(SimOptions.bars(DAY));
        final RecordingFrames frames = new RecordingFrames(0);
        final BybitWsClient client = client(fastConfig(sim.uri("fault=reject:ETHUSDT")).build(), frames);

        Await.until("subscribe failure", () -> !listener.of(SUBSCRIBE_FAILED).isEmpty());
        Await.until("BTC frames", () -> frames.count("kline.1.BTCUSDT") > 100 && frames.count("tickers.BTCUSDT") > 100);

        assertThat(listener.of(SUBSCRIBE_FAILED)).extracting(Object::toString).containsExactly("SUBSCRIBE_FAILED/1/1");
        assertThat(frames.perTopic().keySet()).allMatch(t -> t.endsWith("BTCUSDT"));
        assertThat(client.connections()).isEqualTo(1);
    }

    @Test
    void shouldPassMalformedDuplicateAndGapFramesThroughWithoutBreakingTheConnection()
    {
        final SimExchange sim = sim(SimOptions.bars(DAY));
        final RecordingFrames frames = new RecordingFrames(0).throwOnMalformed();
        final BybitWsClient client = client(fastConfig(sim.uri("fault=malformed-every:50,dup-every:40,gap-every:30"))
            .build(), frames);

        Await.until("3000 frames", () -> frames.frames() >= 3000, frames::toString);

        assertThat(frames.malformed()).isGreaterThan(0);
        assertThat(frames.duplicates()).isGreaterThan(0);
        assertThat(frames.gaps()).isGreaterThan(0);
        assertThat(client.frameHandlerFaults()).isEqualTo(frames.malformed());
        assertThat(client.connections()).isEqualTo(1);
        assertThat(client.heartbeatTimeouts()).isZero();
        assertThat(listener.states()).containsExactly(CONNECTED);
    }

    @Test
    void shouldResubscribeOneBookOnRequestAndGetAFreshSnapshot()
    {
        final SimExchange sim = sim(SimOptions.bars(DAY).withSpeed(Speed.parse("600x")));
        final RecordingFrames frames = new RecordingFrames(0);
        final BybitWsClient client = client(fastConfig(sim.uri()).build(), frames);
        Await.until("a book delta", () -> frames.count("orderbook.50.ETHUSDT") > 2);

        client.requestResubscribe("ETHUSDT");

        Await.until("resubscribed ETH", () -> listener.has(RESUBSCRIBED, 1, 1), () -> listener.statuses().toString());
        Await.until("a second ETH snapshot", () -> frames.snapshots("orderbook.50.ETHUSDT") == 2, frames::toString);
        assertThat(frames.snapshots("orderbook.50.BTCUSDT")).isEqualTo(1);
        assertThat(sim.requests()).extracting(SimExchange.Request::text).contains(
            "{\"req_id\":\"2\",\"op\":\"unsubscribe\",\"args\":[\"orderbook.50.ETHUSDT\"]}",
            "{\"req_id\":\"3\",\"op\":\"subscribe\",\"args\":[\"orderbook.50.ETHUSDT\"]}");
        assertThat(frames.gaps()).isZero();
    }

    @Test
    void shouldCloseCleanly()
    {
        final SimExchange sim = sim(SimOptions.bars(DAY).withSpeed(Speed.parse("60x")));
        final BybitWsClient client = client(fastConfig(sim.uri()).threadName("gateway-close-test").build(),
            new RecordingFrames(0));
        Await.until("connected", () -> client.connections() == 1 && sim.openConnections() == 1);

        client.close();

        assertThat(listener.states()).containsExactly(CONNECTED, DISCONNECTED);
        assertThat(listener.statuses().get(1).detail()).isZero();
        Await.until("server saw the close", () -> sim.openConnections() == 0);
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("gateway-close-test"));
        assertThat(sim.connectionsOpened()).isEqualTo(1);
    }

    @Test
    void shouldBuildATlsClientForWss()
    {
        final BybitWsConfig config = BybitWsConfig.builder(URI.create("wss://stream.bybit.com/v5/public/linear"), SYMBOLS)
            .build();
        final BybitWsClient client = new BybitWsClient(config, new RecordingFrames(0), listener);
        assertThat(config.tls()).isTrue();
        client.close();
        assertThat(listener.statuses()).isEmpty();
        assertThat(client.attempts()).isZero();
    }

    @Test
    void shouldKeepRetryingUntilTheServerIsThere() throws Exception
    {
        final int port;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0))
        {
            port = probe.getLocalPort();
        }
        final BybitWsClient client = client(fastConfig(URI.create("ws://127.0.0.1:" + port + "/v5/public/linear"))
            .build(), new RecordingFrames(0));
        Await.until("three failed attempts", () -> client.attempts() >= 3);
        assertThat(listener.statuses()).isEmpty();

        sim(SimOptions.bars(DAY).withPort(port));

        Await.until("connected", () -> client.connections() == 1);
        assertThat(listener.states()).startsWith(CONNECTED);
    }
}
