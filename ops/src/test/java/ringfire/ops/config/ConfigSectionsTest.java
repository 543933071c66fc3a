package ringfire.ops.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ringfire.engine.execution.paper.TradingMode;
import ringfire.engine.settings.EngineSettings;

import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The runtime sections mode, feed, admin, secrets and logging: defaults, every key, and one-line errors. */
class ConfigSectionsTest
{
    @TempDir
    Path tmp;

    private Path write(final String yaml) throws Exception
    {
        final Path file = tmp.resolve("test.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    @Test
    void shouldShipAPaperConfigurationThatIsExactlyTheDefaults()
    {
        final RingfireConfig config = ConfigFile.load(Path.of("../config/paper.yaml"), 2);
        assertThat(config).isEqualTo(RingfireConfig.defaults());
        assertThat(config.mode()).isEqualTo(TradingMode.PAPER);
        assertThat(config.feed()).isEqualTo(new FeedConfig(FeedConfig.Source.BYBIT,
            URI.create("wss://stream.bybit.com/v5/public/linear"), List.of("BTCUSDT", "ETHUSDT"), 50, "1", Duration.ofSeconds(20),
            Duration.ofSeconds(30), Duration.ofSeconds(30), false));
        assertThat(config.admin()).isEqualTo(new AdminConfig(true, InetAddress.getLoopbackAddress(), 8420, 8421, null));
        assertThat(config.secrets()).isEqualTo(new SecretsConfig("BYBIT_API_KEY", "BYBIT_API_SECRET", null));
        assertThat(config.logging()).isEqualTo(new LoggingConfig(Path.of("var/log"), "info", 50L * 1024 * 1024, 14,
            1024L * 1024 * 1024));
    }

    @Test
    void shouldShipATestnetConfigurationOnTestnetData()
    {
        final RingfireConfig config = ConfigFile.load(Path.of("../config/testnet.yaml"), 2);
        assertThat(config.mode()).isEqualTo(TradingMode.TESTNET);
        assertThat(config.feed().url()).isEqualTo(FeedConfig.TESTNET_URL);
        assertThat(config.secrets().apiKeyEnv()).isEqualTo("BYBIT_TESTNET_API_KEY");
        assertThat(config.journalDir()).isEqualTo(Path.of("var/journal-testnet"));
        assertThat(config.settings().toMap()).isEqualTo(EngineSettings.defaults().toMap());
    }

    @Test
    void shouldShipALiveConfigurationThatSaysWhatItNeeds() throws Exception
    {
        final RingfireConfig config = ConfigFile.load(Path.of("../config/live.yaml"), 2);
        assertThat(config.mode()).isEqualTo(TradingMode.LIVE);
        assertThat(config.feed().url()).isEqualTo(FeedConfig.MAINNET_URL);
        assertThat(config.journalDir()).isEqualTo(Path.of("var/journal-live"));
        assertThat(Files.readString(Path.of("../config/live.yaml")))
            .contains("--live-trading", "--i-understand-the-risks");
    }

    @Test
    void shouldFollowTheModeForTheDefaultFeedUrl() throws Exception
    {
        assertThat(ConfigFile.load(write("mode: testnet\n"), 2).feed().url()).isEqualTo(FeedConfig.TESTNET_URL);
        assertThat(ConfigFile.load(write("mode: live\n"), 2).feed().url()).isEqualTo(FeedConfig.MAINNET_URL);
        assertThat(ConfigFile.load(write("mode: paper\nfeed: {source: sim}\n"), 2).feed().url())
            .isEqualTo(FeedConfig.MAINNET_URL);
    }

    @Test
    void shouldReadEveryRuntimeKey() throws Exception
    {
        final RingfireConfig config = ConfigFile.load(write("""
            mode: testnet
            feed:
              source: sim
              url: ws://localhost:9000/stream
              symbols: [ETHUSDT, SOLUSDT]
              orderbookDepth: 200
              klineInterval: 15
              heartbeat: 10s
              timeout: 45s
              reconnectCap: 2m
              keepRawFrames: true
            admin:
              enabled: false
              bind: ::1
              httpPort: 9420
              telnetPort: 9421
              tokenFile: /etc/ringfire/admin-token
            secrets:
              apiKeyEnv: MY_KEY
              apiSecretEnv: MY_SECRET
              secretsFile: /etc/ringfire/secrets
            logging:
              dir: /var/log/ringfire
              level: DEBUG
              maxFileSize: 512KB
              maxHistory: 30
              totalSizeCap: 2gb
            """), 2);
        assertThat(config.mode()).isEqualTo(TradingMode.TESTNET);
        assertThat(config.feed()).isEqualTo(new FeedConfig(FeedConfig.Source.SIM, URI.create("ws://localhost:9000/stream"),
            List.of("ETHUSDT", "SOLUSDT"), 200, "15", Duration.ofSeconds(10), Duration.ofSeconds(45),
            Duration.ofMinutes(2), true));
        assertThat(config.feed().klineIntervalSeconds()).isEqualTo(900);
        assertThat(config.admin()).isEqualTo(new AdminConfig(false, InetAddress.getByName("::1"), 9420, 9421,
            Path.of("/etc/ringfire/admin-token")));
        assertThat(config.secrets()).isEqualTo(new SecretsConfig("MY_KEY", "MY_SECRET", Path.of("/etc/ringfire/secrets")));
        assertThat(config.logging()).isEqualTo(new LoggingConfig(Path.of("/var/log/ringfire"), "debug", 512L * 1024, 30,
            2L * 1024 * 1024 * 1024));
        assertThat(config.logging().file()).isEqualTo(Path.of("/var/log/ringfire/ringfire.log"));
    }

    @Test
    void shouldRefuseTestnetPricesForLiveTradingAndTheReverse() throws Exception
    {
        final Path live = write("mode: live\nfeed:\n  url: wss://stream-testnet.bybit.com/v5/public/linear\n");
        assertThatThrownBy(() -> ConfigFile.load(live, 2)).isInstanceOf(ConfigException.class)
            .hasMessage(live + ": feed.url: mode live trades at mainnet prices, so its market data must come from "
                + "wss://stream.bybit.com/v5/public/linear, was wss://stream-testnet.bybit.com/v5/public/linear");
        final Path testnet = write("mode: testnet\nfeed:\n  url: wss://stream.bybit.com/v5/public/linear\n");
        assertThatThrownBy(() -> ConfigFile.load(testnet, 2)).hasMessageContaining("feed.url: mode testnet trades at "
            + "testnet prices");
    }

    @Test
    void shouldCheckFeedSymbolsAgainstTheConfiguredInstrumentTable() throws Exception
    {
        final Path file = write("""
            feed: {symbols: [BTCUSDT]}
            instruments:
              ETHUSDT: {id: 2, priceScale: 2, qtyScale: 2, tickSize: 0.01, qtyStep: 0.01, minQty: 0.01}
            """);
        assertThatThrownBy(() -> ConfigFile.load(file, 2))
            .hasMessage(file + ": feed.symbols[0]: expected a symbol of the instrument table (ETHUSDT), was 'BTCUSDT'");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "mode: sandbox|mode: expected one of paper, testnet, live, was 'sandbox'",
        "mode: {a: 1}|mode: wrong type, expected a text value",
        "feed: {source: kraken}|feed.source: expected one of bybit, sim, was 'kraken'",
        "feed: {url: http://example.com/ws}|feed.url: expected a ws:// or wss:// URL, was 'http://example.com/ws'",
        "feed: {symbols: [DOGEUSDT]}|feed.symbols[0]: expected a symbol of the instrument table (BNBUSDT, BTCUSDT, ETHUSDT, SOLUSDT, XRPUSDT), was 'DOGEUSDT'",
        "feed: {symbols: []}|feed.symbols: expected at least one symbol",
        "feed: {symbols: BTCUSDT}|feed.symbols: wrong type, expected a list such as [BTCUSDT, ETHUSDT]",
        "feed: {symbols: [BTCUSDT, ETHUSDT, BTCUSDT]}|feed.symbols[2]: BTCUSDT is listed twice",
        "feed: {orderbookDepth: 100}|feed.orderbookDepth: expected one of 1, 50, 200, 1000, was 100",
        "feed: {orderbookDepth: deep}|feed.orderbookDepth: wrong type, expected a whole number",
        "feed: {klineInterval: 2}|feed.klineInterval: expected one of 1, 3, 5, 15, 30, 60, 120, 240, 360, 720, D, W, M (minutes, day, week, month), was '2'",
        "feed: {heartbeat: 0s}|feed.heartbeat: expected 1s..5m, was 0s",
        "feed: {heartbeat: soon}|feed.heartbeat: expected a duration like 36h, 90m, 30s or 250ms, was 'soon'",
        "feed: {heartbeat: 30s, timeout: 20s}|feed.timeout: expected more than feed.heartbeat (30s), was 20s",
        "feed: {reconnectCap: 1h}|feed.reconnectCap: expected 1s..10m, was 1h",
        "feed: {keepRawFrames: maybe}|feed.keepRawFrames: wrong type, expected true or false",
        "feed: {colour: red}|feed.colour: unknown key (expected one of heartbeat, keepRawFrames, klineInterval, orderbookDepth, reconnectCap, source, symbols, timeout, url)",
        "admin: {httpPort: 0}|admin.httpPort: expected a port 1..65535, was 0",
        "admin: {telnetPort: 70000}|admin.telnetPort: expected a port 1..65535, was 70000",
        "admin: {httpPort: 9000, telnetPort: 9000}|admin.telnetPort: expected a port other than admin.httpPort (9000), was 9000",
        "admin: {httpPort: http}|admin.httpPort: wrong type, expected a whole number",
        "admin: {bind: localhost}|admin.bind: expected an IP address such as 127.0.0.1 or ::1, was 'localhost'",
        "admin: {bind: 300.1.1.1}|admin.bind: expected an IP address such as 127.0.0.1 or ::1, was '300.1.1.1'",
        "admin: {enabled: sometimes}|admin.enabled: wrong type, expected true or false",
        "admin: {tokenFile: \"\"}|admin.tokenFile: expected a file path, was empty",
        "admin: {token: abc}|admin.token: unknown key (expected one of bind, enabled, httpPort, telnetPort, tokenFile)",
        "secrets: {apiKeyEnv: MY-KEY}|secrets.apiKeyEnv: expected the name of an environment variable (letters, digits, _), was 'MY-KEY'",
        "secrets: {apiKeyEnv: K, apiSecretEnv: K}|secrets.apiSecretEnv: expected a variable other than secrets.apiKeyEnv (K), was K",
        "secrets: {apiKey: abc}|secrets.apiKey: unknown key (expected one of apiKeyEnv, apiSecretEnv, secretsFile)",
        "logging: {dir: \"\"}|logging.dir: expected a directory path, was empty",
        "logging: {level: verbose}|logging.level: expected one of error, warn, info, debug, trace, was 'verbose'",
        "logging: {maxFileSize: 50}|logging.maxFileSize: expected a size such as 512KB, 50MB or 2GB, was '50'",
        "logging: {maxFileSize: 1.5GB}|logging.maxFileSize: expected a size such as 512KB, 50MB or 2GB, was '1.5GB'",
        "logging: {maxFileSize: 0KB}|logging.maxFileSize: expected at least 1KB, was 0KB",
        "logging: {maxHistory: 0}|logging.maxHistory: expected 1..3650 days, was 0",
        "logging: {maxHistory: a week}|logging.maxHistory: wrong type, expected a whole number",
        "logging: {maxFileSize: 100MB, totalSizeCap: 50MB}|logging.totalSizeCap: expected at least 100MB (logging.maxFileSize), was 50MB",
        "logging: {file: x.log}|logging.file: unknown key (expected one of dir, level, maxFileSize, maxHistory, totalSizeCap)",
    })
    void shouldNameTheFileAndKeyOfEveryProblem(final String yaml, final String expected) throws Exception
    {
        final Path file = write(yaml);
        assertThatThrownBy(() -> ConfigFile.load(file, 2))
            .isInstanceOf(ConfigException.class)
            .hasMessage(file + ": " + expected);
    }

    @Test
    void shouldNeverEchoAValueGivenUnderAnUnknownSecretsKey() throws Exception
    {
        final Path file = write("secrets:\n  apiSecret: s3cr3t-value-123\n");
        assertThatThrownBy(() -> ConfigFile.load(file, 2)).satisfies(e ->
            assertThat(e.getMessage()).doesNotContain("s3cr3t-value-123"));
    }

    @Test
    void shouldGiveTheGatewayTheFeedSettings() throws Exception
    {
        final RingfireConfig config = ConfigFile.load(write("""
            feed: {symbols: [ETHUSDT, BTCUSDT], orderbookDepth: 200, klineInterval: 5, heartbeat: 15s, timeout: 40s,
              reconnectCap: 1m}
            """), 2);
        final ringfire.engine.gateway.bybit.BybitWsConfig gateway = config.feed().gateway().build();
        assertThat(gateway.uri()).isEqualTo(FeedConfig.MAINNET_URL);
        assertThat(gateway.symbols()).containsExactly("ETHUSDT", "BTCUSDT");
        assertThat(gateway.orderbookDepth()).isEqualTo(200);
        assertThat(gateway.klineInterval()).isEqualTo("5");
        assertThat(gateway.pingInterval()).isEqualTo(Duration.ofSeconds(15));
        assertThat(gateway.heartbeatTimeout()).isEqualTo(Duration.ofSeconds(40));
        assertThat(gateway.backoffCap()).isEqualTo(Duration.ofMinutes(1));
        assertThat(RingfireConfig.defaults().feed().gateway().build().tls()).isTrue();
    }

    @Test
    void shouldKeepTheFourPartConstructorWithRuntimeDefaults()
    {
        final RingfireConfig d = RingfireConfig.defaults();
        assertThat(new RingfireConfig(d.pipeline(), d.journalDir(), d.journal(), d.settings())).isEqualTo(d);
    }
}
