package ringfire.engine.sim;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Fault syntax, speed syntax, request parsing, recorded frames, command line. */
class SimUnitsTest
{
    @Test
    void shouldParseFaults()
    {
        final FaultSpec spec = FaultSpec.parse("drop-after:50, stall-after:7,malformed-every:3,gap-every:4,dup-every:5,"
            + "reject:ETHUSDT,reject:SOLUSDT");
        assertThat(spec).isEqualTo(new FaultSpec(50, 7, 3, 4, 5, Set.of("ETHUSDT", "SOLUSDT")));
        assertThat(spec.rejects("orderbook.50.ETHUSDT")).isTrue();
        assertThat(spec.rejects("orderbook.50.BTCUSDT")).isFalse();
        assertThat(FaultSpec.parse("")).isEqualTo(FaultSpec.NONE);
        assertThat(FaultSpec.parse("drop-after:5").plus(FaultSpec.parse("drop-after:9,dup-every:2")))
            .isEqualTo(new FaultSpec(9, 0, 0, 0, 2, Set.of()));
        assertThatThrownBy(() -> FaultSpec.parse("drop-after:0")).hasMessageContaining("'drop-after:0'");
        assertThatThrownBy(() -> FaultSpec.parse("explode:1")).hasMessageStartingWith("unknown fault 'explode:1'");
        assertThatThrownBy(() -> FaultSpec.parse("reject:")).hasMessageContaining("reject needs a symbol");
    }

    @Test
    void shouldParseSpeeds()
    {
        assertThat(Speed.parse("60x").realNanos(60_000)).isEqualTo(1_000_000_000L);
        assertThat(Speed.parse("1").realNanos(5)).isEqualTo(5_000_000L);
        assertThat(Speed.parse("max").isMax()).isTrue();
        assertThat(Speed.parse("MAX").realNanos(60_000)).isZero();
        assertThat(Speed.parse("0.5x")).hasToString("0.5x");
        assertThatThrownBy(() -> Speed.parse("fast")).hasMessageContaining("expected e.g. 60x");
        assertThatThrownBy(() -> Speed.parse("-1x")).hasMessageContaining("speed '-1x'");
    }

    @Test
    void shouldParseClientRequests()
    {
        assertThat(SimRequest.parse("{\"req_id\":\"test\",\"op\":\"subscribe\",\"args\":[\"orderbook.1.BTCUSDT\",\"publicTrade.BTCUSDT\"]}"))
            .isEqualTo(new SimRequest("subscribe", "test", List.of("orderbook.1.BTCUSDT", "publicTrade.BTCUSDT")));
        assertThat(SimRequest.parse(" { \"op\" : \"ping\" } ")).isEqualTo(new SimRequest("ping", "", List.of()));
        assertThat(SimRequest.parse("{\"req_id\":12,\"op\":\"ping\",\"x\":{\"y\":[1,{\"z\":null}]}}"))
            .isEqualTo(new SimRequest("ping", "12", List.of()));
        assertThat(SimRequest.parse("{\"op\":\"ping\"")).isNull();
        assertThat(SimRequest.parse("{\"req_id\":\"1\"}")).isNull();
        assertThat(SimRequest.parse("[1]")).isNull();
        assertThat(SimRequest.parse("{\"op\":\"ping\"} trailing")).isNull();
    }

    @Test
    void shouldReadRecordedFrames()
    {
        final ReplayTape tape = ReplayTape.of(List.of(
            "{\"success\":true,\"ret_msg\":\"\",\"op\":\"subscribe\"}",
            "",
            "{\"topic\":\"orderbook.50.BTCUSDT\",\"type\":\"delta\",\"ts\":1687940967466,\"data\":{}}",
            "{\"topic\": \"publicTrade.BTCUSDT\", \"ts\": 1687940967470, \"data\": [] }",
            "{\"topic\":\"publicTrade.BTCUSDT\",\"data\":[]"));
        assertThat(tape.frames()).extracting(OutFrame::topic, OutFrame::tsMs, OutFrame::bookDelta).containsExactly(
            org.assertj.core.groups.Tuple.tuple("orderbook.50.BTCUSDT", 1687940967466L, true),
            org.assertj.core.groups.Tuple.tuple("publicTrade.BTCUSDT", 1687940967470L, false),
            org.assertj.core.groups.Tuple.tuple("publicTrade.BTCUSDT", 1687940967470L, false));
        final ReplayFeed feed = new ReplayFeed(tape);
        assertThat(feed.subscribe("tickers.BTCUSDT")).isEqualTo("Invalid symbol :[tickers.BTCUSDT]");
        assertThat(feed.subscribe("publicTrade.BTCUSDT")).isNull();
        assertThat(feed.next().text()).isEqualTo("{\"topic\": \"publicTrade.BTCUSDT\", \"ts\": 1687940967470, \"data\": [] }");
        assertThat(feed.next().text()).isEqualTo("{\"topic\":\"publicTrade.BTCUSDT\",\"data\":[]");
        assertThat(feed.next()).isNull();
    }

    @Test
    void shouldParseTheCommandLine()
    {
        final SimOptions options = SimMain.parse("--bars", "BTCUSDT=" + resource(), "--speed", "60x", "--port", "0",
            "--fault", "dup-every:3", "--no-resume");
        assertThat(options.speed()).isEqualTo(Speed.parse("60x"));
        assertThat(options.resume()).isFalse();
        assertThat(options.faults().dupEvery()).isEqualTo(3);
        assertThat(options.market().tapes()).singleElement().satisfies(t ->
        {
            assertThat(t.symbol()).isEqualTo("BTCUSDT");
            assertThat(t.bars()).hasSize(1440);
        });
        assertThatThrownBy(() -> SimMain.parse("--speed", "60x")).hasMessageContaining("--bars SYMBOL=FILE");
        assertThatThrownBy(() -> SimMain.parse("--bars", "BTCUSDT")).hasMessageContaining("SYMBOL=FILE");
        assertThatThrownBy(() -> SimMain.parse("--bogus")).hasMessage("unknown option --bogus");
    }

    private static String resource()
    {
        try
        {
            return java.nio.file.Path.of(SimUnitsTest.class.getResource("/bars/BTCUSDT-1m-2025-06-01.csv").toURI()).toString();
        }
        catch (final java.net.URISyntaxException e)
        {
            throw new IllegalStateException(e);
        }
    }
}
