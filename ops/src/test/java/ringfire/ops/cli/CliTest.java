package ringfire.ops.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ringfire.engine.pipeline.PipelineConfig;
import ringfire.engine.settings.EngineSettings;
import ringfire.engine.testing.JournalFrames;
import ringfire.engine.testing.Sessions;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class CliTest
{
    @TempDir
    static Path tmp;
    static Path session;

    public record Run(int exit, String out, String err)
    {
    }

    public static Run run(final String... args)
    {
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final int exit = RingfireCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    @BeforeAll
    static void recordSession()
    {
        session = tmp.resolve("session");
        Sessions.record(session, EngineSettings.defaults(), PipelineConfig.Mode.SINGLE, 0, 900);
    }

    @Test
    void shouldListEveryCommandInHelp()
    {
        final Run run = run("help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("backtest", "journal", "replay", "help");
    }

    @ParameterizedTest
    @ValueSource(strings = {"backtest", "journal", "replay", "journal dump", "journal stats"})
    void shouldGiveEveryCommandAHelpOption(final String command)
    {
        final Run run = run((command + " --help").split(" "));
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("Usage: ringfire " + command);
    }

    @Test
    void shouldRefuseAnUnknownCommandWithUsageExitCode()
    {
        final Run run = run("frobnicate");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("Unmatched argument").contains("frobnicate");
    }

    @Test
    void shouldReplayARecordedSessionAndAgreeWithStats()
    {
        final Run replay = run("replay", session.toString());
        assertThat(replay.exit()).as(replay.err()).isZero();
        final Matcher m = Pattern.compile("replay OK (\\d+) decisions hash=([0-9a-f]{64})\\n").matcher(replay.out());
        assertThat(m.matches()).as(replay.out()).isTrue();
        assertThat(Long.parseLong(m.group(1))).isEqualTo(JournalFrames.decisions(session).size()).isPositive();

        final Run stats = run("journal", "stats", session.toString());
        assertThat(stats.exit()).isZero();
        assertThat(stats.out()).contains(m.group(2)).contains("Bar").contains("Signal").contains("SymbolDefinition");
    }

    @Test
    void shouldPrintTheFirstDivergenceAndExitOne()
    {
        final Run run = run("replay", session.toString(), "--set", "strategy.params.fast=4");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).containsPattern("replay DIVERGED at sequence \\d+\\n  expected: (\\{.*\\}|none)\\n  actual:   (\\{.*\\}|none)\\n")
            .contains("\"type\":\"Signal\"");
    }

    @Test
    void shouldDumpOneJsonObjectPerRecord()
    {
        final Run run = run("journal", "dump", session.toString());
        assertThat(run.exit()).isZero();
        final String[] lines = run.out().split("\n");
        assertThat(lines).hasSize(JournalFrames.all(session).size());
        assertThat(lines).allSatisfy(l -> assertThat(l).startsWith("{").endsWith("}"));
        assertThat(lines[0]).contains("\"type\":\"SessionStart\"");
        assertThat(run.out()).contains("\"type\":\"Bar\"").contains("\"symbol\":\"BTCUSDT\"")
            .containsPattern("\"close\":\"\\d+\\.\\d{2}\"").containsPattern("\"eventTime\":\"2025-06-01T\\d\\d:\\d\\d:");

        final Run signals = run("journal", "dump", session.toString(), "--type", "Signal", "--limit", "3");
        assertThat(signals.out().split("\n")).hasSize(3).allSatisfy(l -> assertThat(l).contains("\"type\":\"Signal\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"journal dump", "journal stats", "replay"})
    void shouldReportANonJournalInOneLineWithExitTwo(final String command) throws Exception
    {
        final Path notJournal = Files.createDirectories(tmp.resolve("empty-" + command.replace(' ', '-')));
        Files.writeString(notJournal.resolve("readme.txt"), "not a journal");
        for (final Path path : new Path[] {notJournal, notJournal.resolve("readme.txt"), tmp.resolve("missing")})
        {
            final String[] args = (command + " " + path).split(" ");
            final Run run = run(args);
            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err().strip()).doesNotContain("\n").contains("not a journal").contains(path.toString())
                .doesNotContain("Exception");
        }
    }

    @Test
    void shouldReportADamagedJournalInOneLine() throws Exception
    {
        final Path damaged = tmp.resolve("damaged");
        Sessions.record(damaged, EngineSettings.defaults(), PipelineConfig.Mode.SINGLE, 0, 50);
        try (var files = Files.list(damaged))
        {
            final Path cq4 = files.filter(p -> p.toString().endsWith(".cq4")).findFirst().orElseThrow();
            Files.write(cq4, new byte[64]);
        }
        final Run run = run("journal", "stats", damaged.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip()).doesNotContain("\n").contains("damaged journal").contains(damaged.toString());
    }

    @Test
    void shouldRejectAnUnknownReplaySettingInOneLine()
    {
        final Run run = run("replay", session.toString(), "--set", "strategy.colour=red");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip()).startsWith("ringfire replay: unknown setting 'strategy.colour'")
            .doesNotContain("\n");
    }
}
