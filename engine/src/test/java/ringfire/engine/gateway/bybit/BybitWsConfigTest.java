package ringfire.engine.gateway.bybit;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BybitWsConfigTest
{
    private static final URI BYBIT = URI.create("wss://stream.bybit.com/v5/public/linear");

    @Test
    void shouldDefaultToBybitsRecommendations()
    {
        final BybitWsConfig c = BybitWsConfig.builder(BYBIT, List.of("BTCUSDT")).build();
        assertThat(c.orderbookDepth()).isEqualTo(50);
        assertThat(c.klineInterval()).isEqualTo("1");
        assertThat(c.argsPerRequest()).isEqualTo(10);
        assertThat(c.pingInterval()).isEqualTo(Duration.ofSeconds(20));
        assertThat(c.heartbeatTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(c.backoffBase()).isEqualTo(Duration.ofMillis(100));
        assertThat(c.backoffCap()).isEqualTo(Duration.ofSeconds(30));
        assertThat(c.tls()).isTrue();
        assertThat(c.port()).isEqualTo(443);
        assertThat(BybitWsConfig.builder(URI.create("ws://127.0.0.1:9/v5/public/linear"), List.of("BTCUSDT")).build().tls())
            .isFalse();
    }

    @Test
    void shouldRefuseBadSettingsNamingThem()
    {
        assertThatThrownBy(() -> BybitWsConfig.builder(URI.create("http://x/"), List.of("BTCUSDT")).build())
            .hasMessageContaining("ws:// or wss://");
        assertThatThrownBy(() -> BybitWsConfig.builder(BYBIT, List.of()).build()).hasMessageContaining("at least one symbol");
        assertThatThrownBy(() -> BybitWsConfig.builder(BYBIT, List.of("btcusdt")).build()).hasMessageContaining("'btcusdt'");
        assertThatThrownBy(() -> BybitWsConfig.builder(BYBIT, List.of("BTCUSDT", "BTCUSDT")).build())
            .hasMessageContaining("distinct");
        assertThatThrownBy(() -> BybitWsConfig.builder(BYBIT, List.of("BTCUSDT")).orderbookDepth(500).build())
            .hasMessageContaining("orderbookDepth");
        assertThatThrownBy(() -> BybitWsConfig.builder(BYBIT, List.of("BTCUSDT")).klineInterval("2").build())
            .hasMessageContaining("klineInterval");
        assertThatThrownBy(() -> BybitWsConfig.builder(BYBIT, List.of("BTCUSDT")).argsPerRequest(0).build())
            .hasMessageContaining("argsPerRequest");
        assertThatThrownBy(() -> BybitWsConfig.builder(BYBIT, List.of("BTCUSDT")).heartbeatTimeout(Duration.ofSeconds(20))
            .build()).hasMessageContaining("must exceed pingInterval");
        assertThatThrownBy(() -> BybitWsConfig.builder(BYBIT, List.of("BTCUSDT"))
            .backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)).build()).hasMessageContaining("base <= cap");
    }
}
