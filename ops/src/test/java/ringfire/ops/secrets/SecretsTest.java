package ringfire.ops.secrets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ringfire.ops.config.AdminConfig;
import ringfire.ops.config.SecretsConfig;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretsTest
{
    private static final String KEY = "KEYabc123def456";
    private static final String SECRET = "SECRETzyx987wvu654";
    private static final String TOKEN = "TOKEN-0123456789abcdef";
    private static final SecretsConfig ENV = SecretsConfig.defaults();
    private static final AdminConfig NO_TOKEN_FILE = AdminConfig.defaults();

    @TempDir
    Path tmp;

    private final List<Throwable> failures = new ArrayList<>();

    private Path file(final String name, final String text, final String mode) throws Exception
    {
        final Path file = tmp.resolve(name);
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
        return file;
    }

    private static AdminConfig tokenFile(final Path file)
    {
        final AdminConfig d = AdminConfig.defaults();
        return new AdminConfig(true, d.bind(), d.httpPort(), d.telnetPort(), file);
    }

    private static SecretsConfig secretsFile(final Path file)
    {
        return new SecretsConfig("BYBIT_API_KEY", "BYBIT_API_SECRET", file);
    }

    private SecretsException refused(final SecretsConfig secrets, final AdminConfig admin, final Map<String, String> env)
    {
        try
        {
            Secrets.load(secrets, admin, env);
        }
        catch (final SecretsException e)
        {
            failures.add(e);
            return e;
        }
        throw new AssertionError("expected a SecretsException");
    }

    @Test
    void shouldReadEverySecretFromTheEnvironment()
    {
        final Secrets s = Secrets.load(ENV, NO_TOKEN_FILE,
            Map.of("BYBIT_API_KEY", KEY, "BYBIT_API_SECRET", SECRET, "RINGFIRE_ADMIN_TOKEN", TOKEN));
        assertThat(s.apiKey().orElseThrow().reveal()).isEqualTo(KEY);
        assertThat(s.apiSecret().orElseThrow().reveal()).isEqualTo(SECRET);
        assertThat(s.adminToken().orElseThrow().reveal()).isEqualTo(TOKEN);
        assertThat(s.apiKey().orElseThrow().source()).isEqualTo("environment variable BYBIT_API_KEY");
        assertThat(s.describe()).isEqualTo("API key: **** (from environment variable BYBIT_API_KEY); API secret: **** "
            + "(from environment variable BYBIT_API_SECRET); admin token: **** (from environment variable "
            + "RINGFIRE_ADMIN_TOKEN)");
        assertNoLeak(s.toString(), s.describe(), String.valueOf(s.apiKey()), String.valueOf(s.apiSecret()),
            String.valueOf(s.adminToken()), s.adminToken().orElseThrow().toString());
        s.requireApiCredentials(ENV);
    }

    @Test
    void shouldUseTheConfiguredVariableNames()
    {
        final Secrets s = Secrets.load(new SecretsConfig("TK", "TS", null), NO_TOKEN_FILE,
            Map.of("TK", KEY, "TS", SECRET, "BYBIT_API_KEY", "other"));
        assertThat(s.apiKey().orElseThrow().reveal()).isEqualTo(KEY);
        assertThat(s.apiSecret().orElseThrow().reveal()).isEqualTo(SECRET);
    }

    @Test
    void shouldTreatUnsetAndEmptyVariablesAsAbsent()
    {
        final Secrets s = Secrets.load(ENV, NO_TOKEN_FILE, Map.of("BYBIT_API_KEY", KEY, "RINGFIRE_ADMIN_TOKEN", "  "));
        assertThat(s.apiSecret()).isEmpty();
        assertThat(s.adminToken()).isEmpty();
        assertThat(s.describe()).endsWith("admin token: not set (admin port disabled)");
        final SecretsException e = assertThrows(() -> s.requireApiCredentials(ENV));
        assertThat(e).hasMessage("API secret not set: set BYBIT_API_KEY and BYBIT_API_SECRET or name an owner-only "
            + "file in secrets.secretsFile");
    }

    @Test
    void shouldReadAnOwnerOnlySecretsFileInsteadOfTheEnvironment() throws Exception
    {
        final Path f = file("secrets", "# Bybit\napiKey=" + KEY + "\n\napiSecret = " + SECRET + "\r\n", "rw-------");
        final Secrets s = Secrets.load(secretsFile(f), NO_TOKEN_FILE,
            Map.of("BYBIT_API_KEY", "from-env", "BYBIT_API_SECRET", "from-env"));
        assertThat(s.apiKey().orElseThrow().reveal()).isEqualTo(KEY);
        assertThat(s.apiSecret().orElseThrow().reveal()).isEqualTo(SECRET);
        assertThat(s.apiKey().orElseThrow().source()).isEqualTo("secrets file " + f);
        assertNoLeak(s.toString(), s.describe());
    }

    @Test
    void shouldReadAnOwnerOnlyTokenFileInsteadOfTheEnvironment() throws Exception
    {
        final Path f = file("token", "\n" + TOKEN + "\n", "r--------");
        final Secrets s = Secrets.load(ENV, tokenFile(f), Map.of("RINGFIRE_ADMIN_TOKEN", "another-token-0123456789"));
        assertThat(s.adminToken().orElseThrow().reveal()).isEqualTo(TOKEN);
        assertThat(s.adminToken().orElseThrow().source()).isEqualTo("admin token file " + f);
    }

    @ParameterizedTest
    @ValueSource(strings = {"rw-r--r--", "rw-r-----", "rw----r--", "rw-rw-rw-"})
    void shouldRefuseAFileOthersCanRead(final String mode) throws Exception
    {
        final Path f = file("secrets", "apiKey=" + KEY + "\napiSecret=" + SECRET + "\n", mode);
        assertThat(refused(secretsFile(f), NO_TOKEN_FILE, Map.of()))
            .hasMessage("secrets file " + f + ": mode " + mode + " lets others read it; chmod 600 " + f);
        final Path t = file("token", TOKEN, mode);
        assertThat(refused(ENV, tokenFile(t), Map.of()))
            .hasMessage("admin token file " + t + ": mode " + mode + " lets others read it; chmod 600 " + t);
    }

    @ParameterizedTest
    @ValueSource(strings = {"rw--w----", "rw------x", "rw---x---"})
    void shouldRefuseAFileOthersHaveAnyPermissionOn(final String mode) throws Exception
    {
        final Path f = file("secrets", "apiKey=" + KEY + "\napiSecret=" + SECRET + "\n", mode);
        assertThat(refused(secretsFile(f), NO_TOKEN_FILE, Map.of()))
            .hasMessage("secrets file " + f + ": mode " + mode + " gives others access to it; chmod 600 " + f);
    }

    @Test
    void shouldReportAMissingFileOrADirectory() throws Exception
    {
        final Path missing = tmp.resolve("nope");
        assertThat(refused(secretsFile(missing), NO_TOKEN_FILE, Map.of()))
            .hasMessage("secrets file " + missing + ": no such file");
        assertThat(refused(ENV, tokenFile(missing), Map.of()))
            .hasMessage("admin token file " + missing + ": no such file");
        final Path dir = Files.createDirectory(tmp.resolve("dir"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        assertThat(refused(secretsFile(dir), NO_TOKEN_FILE, Map.of()))
            .hasMessage("secrets file " + dir + ": not a regular file");
    }

    @Test
    void shouldRefuseMalformedSecretsFilesWithoutQuotingThem() throws Exception
    {
        final Path noEquals = file("a", "apiKey=" + KEY + "\n" + SECRET + "\n", "rw-------");
        assertThat(refused(secretsFile(noEquals), NO_TOKEN_FILE, Map.of()))
            .hasMessage("secrets file " + noEquals + ": line 2: expected apiKey=... or apiSecret=...");
        final Path unknown = file("b", SECRET + "=" + KEY + "\n", "rw-------");
        assertThat(refused(secretsFile(unknown), NO_TOKEN_FILE, Map.of()))
            .hasMessage("secrets file " + unknown + ": line 1: unknown key (expected apiKey or apiSecret)");
        final Path twice = file("c", "apiKey=" + KEY + "\napiKey=" + SECRET + "\n", "rw-------");
        assertThat(refused(secretsFile(twice), NO_TOKEN_FILE, Map.of()))
            .hasMessage("secrets file " + twice + ": line 2: apiKey given twice");
        final Path missing = file("d", "apiKey=" + KEY + "\n", "rw-------");
        assertThat(refused(secretsFile(missing), NO_TOKEN_FILE, Map.of()))
            .hasMessage("secrets file " + missing + ": no apiSecret=... line");
        final Path empty = file("e", "apiKey=\napiSecret=" + SECRET + "\n", "rw-------");
        assertThat(refused(secretsFile(empty), NO_TOKEN_FILE, Map.of()))
            .hasMessage("secrets file " + empty + ": line 1: apiKey is empty");
        final Path binary = tmp.resolve("f");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 'x'});
        Files.setPosixFilePermissions(binary, PosixFilePermissions.fromString("rw-------"));
        assertThat(refused(secretsFile(binary), NO_TOKEN_FILE, Map.of()))
            .hasMessage("secrets file " + binary + ": not UTF-8 text");
    }

    @Test
    void shouldRefuseUnusableTokensWithoutQuotingThem() throws Exception
    {
        assertThat(refused(ENV, NO_TOKEN_FILE, Map.of("RINGFIRE_ADMIN_TOKEN", "short-tok")))
            .hasMessage("admin token from environment variable RINGFIRE_ADMIN_TOKEN: expected 16..256 characters "
                + "(e.g. openssl rand -hex 24)");
        assertThat(refused(ENV, NO_TOKEN_FILE, Map.of("RINGFIRE_ADMIN_TOKEN", "has a space in the token")))
            .hasMessage("admin token from environment variable RINGFIRE_ADMIN_TOKEN: expected printable ASCII without "
                + "spaces (e.g. openssl rand -hex 24)");
        final Path twoLines = file("t2", TOKEN + "\n" + TOKEN + "x\n", "rw-------");
        assertThat(refused(ENV, tokenFile(twoLines), Map.of()))
            .hasMessage("admin token file " + twoLines + ": expected the token on one line, found more lines");
        final Path empty = file("t3", "\n\n", "rw-------");
        assertThat(refused(ENV, tokenFile(empty), Map.of())).hasMessage("admin token file " + empty + ": empty");
    }

    @Test
    void shouldCompareTokensExactly()
    {
        final Secret token = Secret.of(TOKEN, "test");
        assertThat(token.matches(TOKEN)).isTrue();
        assertThat(token.matches(TOKEN + "x")).isFalse();
        assertThat(token.matches(TOKEN.substring(1))).isFalse();
        assertThat(token.matches("")).isFalse();
        assertThat(token.matches(null)).isFalse();
    }

    @Test
    void shouldPrintAsMaskEverywhere()
    {
        final Secret s = Secret.of(SECRET, "test");
        record Holder(String name, Secret secret)
        {
        }
        assertThat(s.toString()).isEqualTo("****");
        assertThat(new Holder("x", s).toString()).isEqualTo("Holder[name=x, secret=****]");
        assertThat(String.format("%s", s)).isEqualTo("****");
        assertThat(Secrets.none().toString()).doesNotContain(SECRET);
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new PrintStream(bytes, true, StandardCharsets.UTF_8).println(List.of(s));
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("[****]" + System.lineSeparator());
        assertThat(s).isNotInstanceOf(java.io.Serializable.class);
    }

    @Test
    void shouldNeverPutASecretIntoAnExceptionMessage() throws Exception
    {
        shouldRefuseMalformedSecretsFilesWithoutQuotingThem();
        shouldRefuseUnusableTokensWithoutQuotingThem();
        for (final String mode : new String[] {"rw-r--r--", "rw--w----"})
        {
            final Path f = file("s-" + mode, "apiKey=" + KEY + "\napiSecret=" + SECRET + "\n", mode);
            refused(secretsFile(f), NO_TOKEN_FILE, Map.of());
        }
        assertThat(failures).hasSizeGreaterThan(8);
        for (final Throwable t : failures)
        {
            assertNoLeak(t.getMessage(), t.toString());
            assertThat(t.getMessage()).doesNotContain("\n").doesNotContain("short-tok").doesNotContain("has a space");
        }
    }

    private static SecretsException assertThrows(final Runnable r)
    {
        try
        {
            r.run();
        }
        catch (final SecretsException e)
        {
            return e;
        }
        throw new AssertionError("expected a SecretsException");
    }

    private static void assertNoLeak(final String... texts)
    {
        for (final String t : texts)
        {
            assertThat(t).doesNotContain(KEY).doesNotContain(SECRET).doesNotContain(TOKEN);
        }
    }
}
