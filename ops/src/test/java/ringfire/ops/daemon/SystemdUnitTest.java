package ringfire.ops.daemon;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** ops/systemd/ringfire.service: the hardening the issue asks for, and an ExecStart the daemon command accepts. */
class SystemdUnitTest
{
    private static final Path UNIT = Path.of("systemd/ringfire.service");

    /** Directive name to every value it is given, in order; sections are ignored (names do not repeat across them). */
    private static Map<String, List<String>> directives() throws Exception
    {
        final Map<String, List<String>> out = new LinkedHashMap<>();
        for (final String raw : Files.readAllLines(UNIT))
        {
            final String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";") || line.startsWith("["))
            {
                continue;
            }
            final int eq = line.indexOf('=');
            assertThat(eq).as("a directive line: " + line).isPositive();
            out.computeIfAbsent(line.substring(0, eq), k -> new ArrayList<>()).add(line.substring(eq + 1));
        }
        return out;
    }

    private static String one(final Map<String, List<String>> d, final String name)
    {
        assertThat(d).as(name).containsKey(name);
        assertThat(d.get(name)).as(name).hasSize(1);
        return d.get(name).get(0);
    }

    @Test
    void shouldRunAsADedicatedUserWithSecretsFromAnEnvironmentFile() throws Exception
    {
        final Map<String, List<String>> d = directives();
        assertThat(one(d, "User")).isEqualTo("ringfire");
        assertThat(one(d, "Group")).isEqualTo("ringfire");
        assertThat(one(d, "Restart")).isEqualTo("on-failure");
        assertThat(one(d, "EnvironmentFile")).isEqualTo("/etc/ringfire/ringfire.env");
        assertThat(d.getOrDefault("Environment", List.of())).noneMatch(v -> v.toUpperCase().contains("TOKEN")
            || v.toUpperCase().contains("SECRET") || v.toUpperCase().contains("API_KEY"));
        assertThat(one(d, "Type")).isIn("exec", "simple");
    }

    @Test
    void shouldCarryTheHardeningDirectives() throws Exception
    {
        final Map<String, List<String>> d = directives();
        final Map<String, String> expected = new LinkedHashMap<>();
        expected.put("NoNewPrivileges", "yes");
        expected.put("ProtectSystem", "strict");
        expected.put("ProtectHome", "yes");
        expected.put("PrivateTmp", "yes");
        expected.put("PrivateDevices", "yes");
        expected.put("ProtectKernelTunables", "yes");
        expected.put("ProtectKernelModules", "yes");
        expected.put("ProtectKernelLogs", "yes");
        expected.put("ProtectControlGroups", "yes");
        expected.put("RestrictAddressFamilies", "AF_INET AF_INET6 AF_UNIX");
        expected.put("RestrictNamespaces", "yes");
        expected.put("RestrictSUIDSGID", "yes");
        expected.put("LockPersonality", "yes");
        expected.put("SystemCallArchitectures", "native");
        expected.put("CapabilityBoundingSet", "");
        expected.put("AmbientCapabilities", "");
        expected.put("UMask", "0077");
        expected.put("MemoryDenyWriteExecute", "false"); // the JIT needs writable then executable memory
        for (final Map.Entry<String, String> e : expected.entrySet())
        {
            assertThat(one(d, e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
        }
        assertThat(d.get("SystemCallFilter")).containsExactly("@system-service", "~@privileged");
        assertThat(one(d, "SystemCallErrorNumber")).isEqualTo("EPERM");
    }

    @Test
    void shouldWriteOnlyTheJournalStateAndLogs() throws Exception
    {
        final Map<String, List<String>> d = directives();
        assertThat(one(d, "ReadWritePaths").split(" "))
            .containsExactly("-/var/lib/ringfire/journal", "-/var/lib/ringfire/state", "-/var/log/ringfire");
        assertThat(one(d, "StateDirectory")).isEqualTo("ringfire ringfire/journal ringfire/state");
        assertThat(one(d, "LogsDirectory")).isEqualTo("ringfire");
        assertThat(d).doesNotContainKeys("ReadOnlyPaths", "BindPaths", "InaccessiblePaths");
    }

    @Test
    void shouldStartTheDaemonWithOptionsItAcceptsAndStopWithinTheUnitsTimeout() throws Exception
    {
        final Map<String, List<String>> d = directives();
        final List<String> exec = List.of(one(d, "ExecStart").split(" "));
        assertThat(exec.get(0)).isEqualTo("/opt/ringfire/ringfire");
        assertThat(exec.get(1)).isEqualTo("daemon");
        final List<String> args = exec.subList(2, exec.size());
        assertThat(args).doesNotContain("--live-trading", "--i-understand-the-risks", "--for");

        final CommandLine.ParseResult parsed = new CommandLine(new DaemonCommand()).parseArgs(args.toArray(String[]::new));
        assertThat(parsed.unmatched()).isEmpty();
        assertThat(parsed.matchedOptionValue("--config", null).toString()).isEqualTo("/etc/ringfire/ringfire.yaml");
        final long stopMs = DaemonCommand.durationMs("--stop-timeout", parsed.matchedOptionValue("--stop-timeout", "20s"));
        final long unitMs = DaemonCommand.durationMs("TimeoutStopSec", one(d, "TimeoutStopSec"));
        // the shutdown hook waits stop timeout + 1 s for the journal to close; systemd must not kill it before
        assertThat(unitMs).isGreaterThan(stopMs + 1_000);
        assertThat(one(d, "KillSignal")).isEqualTo("SIGTERM");
        assertThat(one(d, "SuccessExitStatus")).isEqualTo("143");
        assertThat(one(d, "WorkingDirectory")).isEqualTo("/var/lib/ringfire");
    }
}
