package ringfire.ops.daemon;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringfire.journal.dump.JournalStats;
import ringfire.ops.cli.RingfireCli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The daemon in-process against the simulated exchange on loopback, stopped by --for. */
class DaemonTest
{
    private static final Path PAPER = Path.of("../config/paper.yaml");

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

    /** paper.yaml with the admin port off (no token needed, no fixed ports), logs in tmp and {@code replace} applied. */
    private Path config(final String name, final String from, final String to) throws Exception
    {
        final String text = Files.readString(PAPER).replace("  enabled: true\n  bind:", "  enabled: false\n  bind:")
            .replace("  dir: var/log ", "  dir: " + tmp.resolve("log") + " ");
        assertThat(text).contains(from);
        final Path file = tmp.resolve(name);
        Files.writeString(file, text.replace(from, to));
        return file;
    }

    @Test
    void shouldRunOnTheSimulatedFeedAndLeaveAReplayableJournalThatASecondRunContinues() throws Exception
    {
        final Path journal = tmp.resolve("journal");
        final Path config = config("paper.yaml", "dir: var/journal", "dir: " + journal);
        final Run first = run("daemon", "--config", config.toString(), "--feed", "sim", "--for", "2s");
        assertThat(first.exit()).as(first.out() + first.err()).isZero();
        assertThat(first.out()).contains("ringfire daemon running", "ringfire daemon stopped");
        assertThat(Files.readString(tmp.resolve("log/ringfire.log")))
            .contains("ringfire daemon starting: mode paper", "ringfire daemon running", "ringfire daemon stopped");

        final JournalStats stats = JournalStats.of(journal);
        assertThat(stats.count("SessionStart")).isEqualTo(1);
        assertThat(stats.count("Bar")).isPositive();
        assertThat(stats.count("Trade")).isPositive();
        assertThat(stats.count("GatewayStatus")).isPositive();
        // stopped by --for: the session's last input is a SessionEnd with reason DURATION
        assertThat(stats.count("SessionEnd")).isEqualTo(1);
        final Run ends = run("journal", "dump", journal.toString(), "--type", "SessionEnd");
        assertThat(ends.exit()).as(ends.err()).isZero();
        assertThat(ends.out()).contains("\"source\":\"ENGINE\",\"kind\":\"input\",\"reason\":\"DURATION\"");
        final Run replay = run("replay", journal.toString());
        assertThat(replay.exit()).as(replay.out() + replay.err()).isZero();
        assertThat(replay.out()).startsWith("replay OK");

        final Run second = run("daemon", "--config", config.toString(), "--feed", "sim", "--for", "1s");
        assertThat(second.exit()).as(second.out() + second.err()).isZero();
        assertThat(JournalStats.of(journal).count("SessionStart")).isEqualTo(2);
        assertThat(JournalStats.of(journal).count("SessionEnd")).isEqualTo(2);
        final Run replay2 = run("replay", journal.toString());
        assertThat(replay2.exit()).as(replay2.out() + replay2.err()).isZero();
        assertThat(replay2.out()).startsWith("replay OK");
    }

    @Test
    void shouldTakeTheJournalFromTheCommandLine() throws Exception
    {
        final Path journal = tmp.resolve("override");
        final Run run = run("daemon", "--config", config("paper.yaml", "mode: paper", "mode: paper").toString(),
            "--feed", "sim", "--for", "500ms", "--journal", journal.toString());
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(JournalStats.of(journal).count("SessionStart")).isEqualTo(1);
    }

    @Test
    void shouldRefuseABadKeyInOneLine() throws Exception
    {
        final Run run = run("daemon", "--config", config("bad.yaml", "ringSize: 4096", "ringSise: 4096").toString(),
            "--feed", "sim", "--for", "1s", "--journal", tmp.resolve("never").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip()).contains("ringSise").doesNotContain("\n");
        assertThat(tmp.resolve("never")).doesNotExist();
    }

    @Test
    void shouldRefuseLiveModeWithoutTheFlagsInOneLine() throws Exception
    {
        final Path live = config("live.yaml", "mode: paper", "mode: live");
        for (final String[] flags : new String[][] {{}, {"--live-trading"}})
        {
            final java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of("daemon", "--config",
                live.toString(), "--feed", "sim", "--for", "1s", "--journal", tmp.resolve("live").toString()));
            all.addAll(java.util.List.of(flags));
            final Run run = run(all.toArray(String[]::new));
            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.err().strip()).contains("--live-trading", "--i-understand-the-risks").doesNotContain("\n");
        }
    }

    @Test
    void shouldRefuseBadOptionsInOneLine()
    {
        for (final String[] args : new String[][] {
            {"daemon", "--feed", "carrier-pigeon", "--for", "1s", "--journal", tmp.resolve("a").toString()},
            {"daemon", "--for", "soon", "--journal", tmp.resolve("b").toString()},
            {"daemon", "--admin-http-port", "70000", "--for", "1s", "--journal", tmp.resolve("c").toString()}})
        {
            final Run run = run(args);
            assertThat(run.exit()).as(run.err()).isEqualTo(2);
            assertThat(run.err().strip()).doesNotContain("\n");
        }
    }
}
