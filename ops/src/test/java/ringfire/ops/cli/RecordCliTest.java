package ringfire.ops.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringfire.engine.settings.EngineSettings;
import ringfire.engine.sim.SimExchange;
import ringfire.engine.sim.SimMain;
import ringfire.journal.dump.JournalStats;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static ringfire.ops.cli.CliTest.run;

/** record against the simulated exchange on loopback: the journal holds market data and replays OK. */
class RecordCliTest
{
    private static final String DAY = "src/test/resources/data/BTCUSDT-1m-2025-06-01.csv";

    @TempDir
    Path tmp;

    @Test
    void shouldRecordASimulatedStreamIntoAReplayableJournal() throws Exception
    {
        try (SimExchange sim = SimExchange.start(SimMain.parse("--bars", "BTCUSDT=" + DAY, "--speed", "3000x")))
        {
            final Path journal = tmp.resolve("recorded");
            final CliTest.Run record = run("record", "--url", sim.uri().toString(), "--symbols", "BTCUSDT",
                "--duration", "1500ms", "--journal", journal.toString(), "--raw-frames");
            assertThat(record.exit()).as(record.err()).isZero();
            assertThat(record.out()).contains("recording [BTCUSDT]").containsPattern("recorded \\d+ frames");

            final JournalStats stats = JournalStats.of(journal);
            assertThat(stats.count("Trade")).isPositive();
            assertThat(stats.count("Ticker")).isPositive();
            assertThat(stats.count("BookLevel")).isPositive();
            assertThat(stats.count("Bar")).isPositive();
            assertThat(stats.count("GatewayStatus")).isPositive();
            assertThat(stats.count("RawFrame")).isPositive();
            assertThat(stats.decisions()).isZero();

            final CliTest.Run replay = run("replay", journal.toString());
            assertThat(replay.exit()).as(replay.out() + replay.err()).isZero();
            assertThat(replay.out()).startsWith("replay OK 0 decisions");
        }
    }

    @Test
    void shouldRefuseBadArgumentsInOneLine()
    {
        for (final String[] args : new String[][] {
            {"record", "--url", "http://example", "--symbols", "BTCUSDT", "--journal", tmp.resolve("a").toString()},
            {"record", "--url", "ws://127.0.0.1:1/x", "--symbols", "DOGEUSDT", "--journal", tmp.resolve("b").toString()},
            {"record", "--url", "ws://127.0.0.1:1/x", "--symbols", "BTCUSDT", "--duration", "soon", "--journal",
                tmp.resolve("c").toString()}})
        {
            final CliTest.Run run = run(args);
            assertThat(run.exit()).as(run.err()).isEqualTo(2);
            assertThat(run.err().strip()).doesNotContain("\n");
        }
        assertThat(EngineSettings.defaults().execution().trading()).isTrue();
    }
}
