package ringfire.ops.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringfire.ops.cli.RingfireCli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code ringfire config check FILE} and {@code ringfire config show FILE}. */
class ConfigCommandTest
{
    private static final String TOKEN = "tok-3f9a1c2e7b5d4a60";

    @TempDir
    Path tmp;

    record Run(int exit, String out, String err)
    {
    }

    static Run run(final String... args)
    {
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final int exit = RingfireCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    private Path write(final String name, final String text, final String mode) throws Exception
    {
        final Path file = tmp.resolve(name);
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
        return file;
    }

    @Test
    void shouldPassTheShippedConfigurationsWithASummary()
    {
        for (final String name : new String[] {"paper", "testnet", "live"})
        {
            final Run run = run("config", "check", "../config/" + name + ".yaml");
            assertThat(run.exit()).as(run.err()).isZero();
            final String[] lines = run.out().split("\n");
            assertThat(lines).hasSize(2);
            assertThat(lines[0]).isEqualTo("../config/" + name + ".yaml: OK");
            assertThat(lines[1]).startsWith("mode " + name).contains("strategy sma-cross", "pipeline single/yielding",
                "; logs var/log" + (name.equals("paper") ? "" : "-" + name) + "/ringfire.log;", "config hash ");
        }
        assertThat(run("config", "check", "../config/live.yaml").out())
            .contains("starts only with --live-trading --i-understand-the-risks");
    }

    @Test
    void shouldReportAProblemInOneLineWithExitCode2() throws Exception
    {
        final Path file = write("bad.yaml", "feed:\n  orderbookDepth: 100\n", "rw-r--r--");
        final Run run = run("config", "check", file.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("ringfire config check: " + file
            + ": feed.orderbookDepth: expected one of 1, 50, 200, 1000, was 100\n");
    }

    @Test
    void shouldReportAMissingFile()
    {
        final Run run = run("config", "show", tmp.resolve("nope.yaml").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("ringfire config show: " + tmp.resolve("nope.yaml") + ": no such file\n");
    }

    @Test
    void shouldRefuseAGroupReadableTokenFileOnCheck() throws Exception
    {
        final Path token = write("token", TOKEN + "\n", "rw-r--r--");
        final Path file = write("c.yaml", "admin:\n  tokenFile: " + token + "\n", "rw-r--r--");
        final Run run = run("config", "check", file.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("ringfire config check: admin token file " + token
            + ": mode rw-r--r-- lets others read it; chmod 600 " + token + "\n");
        assertThat(run.out() + run.err()).doesNotContain(TOKEN);
    }

    @Test
    void shouldShowEverySectionWithDefaultsAndReadBackTheSame() throws Exception
    {
        final Path file = write("empty.yaml", "# nothing\n", "rw-r--r--");
        final Run run = run("config", "show", file.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("mode: paper\n", "\nfeed:\n", "  url: \"wss://stream.bybit.com/v5/public/linear\"\n",
            "  symbols: [BTCUSDT, ETHUSDT]\n", "  heartbeat: 20s\n", "\nadmin:\n", "  bind: 127.0.0.1\n", "  httpPort: 8420\n",
            "\nsecrets:\n", "  apiKeyEnv: BYBIT_API_KEY\n", "\npipeline:\n", "  ringSize: 4096\n", "\njournal:\n",
            "  rollCycle: daily\n", "\nlogging:\n", "  dir: var/log\n", "  maxFileSize: 50MB\n", "  totalSizeCap: 1GB\n", "\nstrategy:\n", "  name: sma-cross\n", "\nrisk:\n", "  drawdownPause: 0.15\n",
            "\nexits:\n", "  ttl: 36h\n", "tier1: {peak: 0.08, stop: 0.03}", "\npaper:\n", "  takerFee: 0.00055\n",
            "\ninstruments:\n", "  BTCUSDT: {id: 1, ");
        final Path shown = write("shown.yaml", run.out(), "rw-r--r--");
        assertThat(ConfigFile.load(shown, 2)).isEqualTo(ConfigFile.load(file, 2)).isEqualTo(RingfireConfig.defaults());
    }

    @Test
    void shouldShowAChangedConfigurationThatReadsBackTheSame() throws Exception
    {
        final Path token = write("token", TOKEN + "\n", "rw-------");
        final Path file = write("c.yaml", """
            mode: testnet
            feed: {symbols: [ETHUSDT, BTCUSDT], klineInterval: D, heartbeat: 1500ms}
            admin: {bind: "::1", httpPort: 9000, tokenFile: %s}
            secrets: {apiKeyEnv: K1, apiSecretEnv: K2, secretsFile: /nonexistent/secrets}
            pipeline: {mode: journal-parallel, waitStrategy: blocking, ringSize: 1024}
            journal: {dir: some/where, rollCycle: hourly}
            logging: {dir: /var/log/ringfire, level: warn, maxFileSize: 1536KB, maxHistory: 3, totalSizeCap: 20MB}
            strategy: {name: ema-cross}
            exits: {ttl: 90m}
            """.formatted(token), "rw-r--r--");
        final Run run = run("config", "show", file.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("mode: testnet\n", "# mode testnet starts only with --live-trading",
            "  tokenFile: " + token + "\n", "  ttl: 90m\n", "  heartbeat: 1500ms\n", "  bind: \"0:0:0:0:0:0:0:1\"\n",
            "  # apiKey, apiSecret unusable: secrets file /nonexistent/secrets: no such file\n",
            "  # token: **** (from admin token file " + token + ")\n", "  maxFileSize: 1536KB\n", "  level: warn\n");
        assertThat(run.out()).doesNotContain(TOKEN);
        final Path shown = write("shown.yaml", run.out(), "rw-r--r--");
        assertThat(ConfigFile.load(shown, 2)).isEqualTo(ConfigFile.load(file, 2));
    }

    @Test
    void shouldShowATokenOnlyMasked() throws Exception
    {
        final Path token = write("token", TOKEN + "\n", "rw-------");
        final Path file = write("c.yaml", "admin:\n  tokenFile: " + token + "\n", "rw-r--r--");
        final Run show = run("config", "show", file.toString());
        assertThat(show.exit()).as(show.err()).isZero();
        assertThat(show.out()).contains("  # token: **** (from admin token file " + token + ")\n")
            .doesNotContain(TOKEN);
        final Run check = run("config", "check", file.toString());
        assertThat(check.exit()).as(check.err()).isZero();
        assertThat(check.out()).contains("admin 127.0.0.1 http 8420 telnet 8421").doesNotContain(TOKEN);
    }

    @Test
    void shouldListTheConfigCommandInHelp()
    {
        assertThat(run("help").out()).contains("config");
        assertThat(run("config", "--help").out()).contains("check", "show");
    }
}
