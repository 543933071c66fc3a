package ringfire.engine.sim;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringfire.engine.gateway.GatewayListener;
import ringfire.engine.gateway.bybit.Await;
import ringfire.engine.gateway.bybit.BybitWsClient;
import ringfire.engine.gateway.bybit.BybitWsConfig;
import ringfire.engine.gateway.bybit.RecordingFrames;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The simulated exchange on the wire, seen through the gateway client. */
class SimExchangeTest
{
    private static final List<String> SYMBOLS = List.of("BTCUSDT", "ETHUSDT");

    private static BybitWsConfig config(final URI uri, final List<String> symbols)
    {
        return BybitWsConfig.builder(uri, symbols).argsPerRequest(100).pingInterval(Duration.ofMillis(100))
            .heartbeatTimeout(Duration.ofMillis(1000)).build();
    }

    private static List<String> firstFrames(final SimOptions options, final int n)
    {
        final RecordingFrames frames = new RecordingFrames(n);
        try (SimExchange sim = SimExchange.start(options);
             BybitWsClient client = new BybitWsClient(BybitWsConfig.builder(sim.uri(), SYMBOLS).argsPerRequest(100)
                 .pingInterval(Duration.ofSeconds(10)).heartbeatTimeout(Duration.ofSeconds(20)).build(), frames,
                 GatewayListener.NONE))
        {
            client.start();
            Await.until(n + " frames", () -> frames.kept().size() == n);
        }
        return frames.kept();
    }

    @Test
    void shouldStreamTheSameFramesForTheSameBars()
    {
        final List<String> first = firstFrames(SimOptions.bars(SimBars.realDay()), 3000);
        final List<String> second = firstFrames(SimOptions.bars(SimBars.realDay()), 3000);
        assertThat(second).isEqualTo(first);
        assertThat(first.get(0)).isEqualTo("{\"success\":true,\"ret_msg\":\"\",\"conn_id\":\"sim-1\",\"req_id\":\"1\","
            + "\"op\":\"subscribe\"}");
        assertThat(first.get(1)).startsWith("{\"topic\":\"publicTrade.BTCUSDT\",\"type\":\"snapshot\",\"ts\":1748736000000,");
    }

    @Test
    void shouldAnswerPingsAndRejectionsLikeBybit()
    {
        final RecordingFrames frames = new RecordingFrames(10_000);
        try (SimExchange sim = SimExchange.start(SimOptions.bars(SimMarket.of(SimBars.threeBtcBars())));
             BybitWsClient client = new BybitWsClient(config(sim.uri(), List.of("BTCUSDT", "XRPUSDT")), frames,
                 GatewayListener.NONE))
        {
            client.start();
            Await.until("a pong", () -> client.pongsReceived() > 0);
        }
        assertThat(frames.kept()).contains(
            "{\"success\":false,\"ret_msg\":\"Invalid symbol :[publicTrade.XRPUSDT]; Invalid symbol :[tickers.XRPUSDT]; "
                + "Invalid symbol :[orderbook.50.XRPUSDT]; Invalid symbol :[kline.1.XRPUSDT]\",\"conn_id\":\"sim-1\","
                + "\"req_id\":\"1\",\"op\":\"subscribe\"}",
            "{\"success\":true,\"ret_msg\":\"pong\",\"conn_id\":\"sim-1\",\"req_id\":\"\",\"op\":\"ping\"}");
        assertThat(frames.dataFrames()).isEqualTo(3 * 4 * 4);
    }

    @Test
    void shouldPaceMessagesByMarketTime()
    {
        final RecordingFrames frames = new RecordingFrames(0);
        try (SimExchange sim = SimExchange.start(SimOptions.bars(SimMarket.of(SimBars.threeBtcBars()))
                 .withSpeed(Speed.parse("1200x")));
             BybitWsClient client = new BybitWsClient(config(sim.uri(), List.of("BTCUSDT")), frames,
                 GatewayListener.NONE))
        {
            client.start();
            Await.until("the three bars", () -> frames.dataFrames() == 48, frames::toString);
        }
        assertThat(frames.count("kline.1.BTCUSDT")).isEqualTo(12);
    }

    @Test
    void shouldReplayRecordedFramesOfTheSubscribedTopics(@TempDir final Path dir) throws IOException
    {
        final List<String> lines = List.of(
            "{\"topic\":\"publicTrade.BTCUSDT\",\"type\":\"snapshot\",\"ts\":1,\"data\":[]}",
            "{\"topic\":\"publicTrade.SOLUSDT\",\"type\":\"snapshot\",\"ts\":2,\"data\":[]}",
            "{\"topic\":\"tickers.BTCUSDT\",\"type\":\"snapshot\",\"ts\":3,\"data\":{}}",
            "{\"topic\":\"orderbook.50.BTCUSDT\",\"type\":\"snapshot\",\"ts\":4,\"data\":{\"u\":1}}",
            "{\"topic\":\"kline.1.BTCUSDT\",\"type\":\"snapshot\",\"ts\":5,\"data\":[]}",
            "{\"topic\":\"publicTrade.BTCUSDT\",\"type\":\"snapshot\",\"ts\":6,\"data\":[] BROKEN");
        final Path file = Files.write(dir.resolve("frames.jsonl"), lines);
        final RecordingFrames frames = new RecordingFrames(100);
        try (SimExchange sim = SimExchange.start(SimOptions.replay(ReplayTape.load(file)));
             BybitWsClient client = new BybitWsClient(config(sim.uri(), List.of("BTCUSDT")), frames,
                 GatewayListener.NONE))
        {
            client.start();
            Await.until("five frames", () -> frames.frames() - client.pongsReceived() == 6, frames::toString);
        }
        assertThat(frames.kept().stream().filter(f -> f.contains("topic"))).containsExactly(lines.get(0), lines.get(2), lines.get(3), lines.get(4),
            lines.get(5));
    }

    @Test
    void shouldRefuseAnUnknownPathAndNameTheBoundPort() throws Exception
    {
        try (SimExchange sim = SimExchange.start(SimOptions.bars(SimMarket.of(SimBars.threeBtcBars()))))
        {
            assertThat(sim.port()).isPositive();
            assertThat(sim.uri()).hasToString("ws://127.0.0.1:" + sim.port() + "/v5/public/linear");
            final HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + sim.port() + "/nope")).build(),
                HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(404);
        }
    }
}
