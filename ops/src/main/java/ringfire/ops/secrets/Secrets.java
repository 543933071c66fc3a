package ringfire.ops.secrets;

import ringfire.ops.config.AdminConfig;
import ringfire.ops.config.RingfireConfig;
import ringfire.ops.config.SecretsConfig;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The secrets Ringfire uses: the exchange API key and secret, and the admin token. They come only from
 * environment variables or from a file that only its owner may read; a file named in the configuration is used
 * instead of the environment.
 *
 * <ul>
 *   <li>API key and secret: {@code secrets.secretsFile} (lines {@code apiKey=...} and {@code apiSecret=...},
 *       {@code #} comments), else the variables {@code secrets.apiKeyEnv} / {@code secrets.apiSecretEnv}
 *       (default {@code BYBIT_API_KEY} / {@code BYBIT_API_SECRET}).</li>
 *   <li>Admin token: {@code admin.tokenFile} (the token on one line), else {@code RINGFIRE_ADMIN_TOKEN}. At least
 *       {@value #MIN_TOKEN_LENGTH} printable characters without spaces. No token: the admin port stays closed.</li>
 * </ul>
 *
 * Nothing here puts a secret value into a message: errors name the variable or file and what is wrong.
 */
public final class Secrets
{
    public static final int MIN_TOKEN_LENGTH = 16;
    public static final int MAX_TOKEN_LENGTH = 256;
    static final String API_KEY = "apiKey";
    static final String API_SECRET = "apiSecret";

    private final Secret apiKey;
    private final Secret apiSecret;
    private final Secret adminToken;

    private Secrets(final Secret apiKey, final Secret apiSecret, final Secret adminToken)
    {
        this.apiKey = apiKey;
        this.apiSecret = apiSecret;
        this.adminToken = adminToken;
    }

    /** Loads from the process environment and the files the configuration names. */
    public static Secrets load(final RingfireConfig config)
    {
        return load(config.secrets(), config.admin(), System.getenv());
    }

    /** Loads from {@code env} and the files the configuration names. */
    public static Secrets load(final SecretsConfig secrets, final AdminConfig admin, final Map<String, String> env)
    {
        final Secrets api = loadApi(secrets, env);
        return new Secrets(api.apiKey, api.apiSecret, loadAdminToken(admin, env).orElse(null));
    }

    /** Only the API key and secret (no admin token). */
    public static Secrets loadApi(final SecretsConfig secrets, final Map<String, String> env)
    {
        if (secrets.secretsFile() != null)
        {
            final Path file = secrets.secretsFile();
            final String source = "secrets file " + file;
            final String[] values = parseSecretsFile(file, OwnerOnlyFile.read(file, "secrets file"));
            return new Secrets(new Secret(values[0], source), new Secret(values[1], source), null);
        }
        return new Secrets(fromEnv(env, secrets.apiKeyEnv()), fromEnv(env, secrets.apiSecretEnv()), null);
    }

    /** Only the admin token: from {@code admin.tokenFile} when set, else {@code RINGFIRE_ADMIN_TOKEN}. */
    public static Optional<Secret> loadAdminToken(final AdminConfig admin, final Map<String, String> env)
    {
        final Secret token;
        if (admin.tokenFile() != null)
        {
            final String text = OwnerOnlyFile.read(admin.tokenFile(), "admin token file");
            token = new Secret(tokenLine(admin.tokenFile(), text), "admin token file " + admin.tokenFile());
        }
        else
        {
            token = fromEnv(env, AdminConfig.TOKEN_ENV);
        }
        if (token != null)
        {
            checkToken(token);
        }
        return Optional.ofNullable(token);
    }

    /** Neither API credentials nor an admin token. */
    public static Secrets none()
    {
        return new Secrets(null, null, null);
    }

    public Optional<Secret> apiKey()
    {
        return Optional.ofNullable(apiKey);
    }

    public Optional<Secret> apiSecret()
    {
        return Optional.ofNullable(apiSecret);
    }

    /** Empty: the admin port stays closed. */
    public Optional<Secret> adminToken()
    {
        return Optional.ofNullable(adminToken);
    }

    /** For modes that trade on the exchange: both the key and the secret, else a one-line reason. */
    public void requireApiCredentials(final SecretsConfig config)
    {
        if (apiKey != null && apiSecret != null)
        {
            return;
        }
        final String missing = apiKey == null && apiSecret == null ? "API key and secret"
            : apiKey == null ? "API key" : "API secret";
        throw new SecretsException(missing + " not set: set " + config.apiKeyEnv() + " and " + config.apiSecretEnv()
            + " or name an owner-only file in secrets.secretsFile");
    }

    /** One line for humans: what is set and where from, values masked. */
    public String describe()
    {
        return "API key: " + describe(apiKey) + "; API secret: " + describe(apiSecret) + "; admin token: "
            + (adminToken == null ? "not set (admin port disabled)" : describe(adminToken));
    }

    static String describe(final Secret s)
    {
        return s == null ? "not set" : Secret.MASK + " (from " + s.source() + ")";
    }

    @Override
    public String toString()
    {
        return "Secrets[" + describe() + "]";
    }

    private static Secret fromEnv(final Map<String, String> env, final String name)
    {
        final String v = env.get(name);
        return v == null || v.strip().isEmpty() ? null : new Secret(v.strip(), "environment variable " + name);
    }

    private static String[] parseSecretsFile(final Path file, final String text)
    {
        final String[] values = new String[2];
        final String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++)
        {
            final String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#"))
            {
                continue;
            }
            final String where = "secrets file " + file + ": line " + (i + 1);
            final int eq = line.indexOf('=');
            if (eq <= 0)
            {
                throw new SecretsException(where + ": expected " + API_KEY + "=... or " + API_SECRET + "=...");
            }
            final String key = line.substring(0, eq).strip();
            final String value = line.substring(eq + 1).strip();
            final int slot = API_KEY.equals(key) ? 0 : API_SECRET.equals(key) ? 1 : -1;
            if (slot < 0)
            {
                // The key is not echoed: a mistyped line may hold a secret.
                throw new SecretsException(where + ": unknown key (expected " + API_KEY + " or " + API_SECRET + ")");
            }
            if (values[slot] != null)
            {
                throw new SecretsException(where + ": " + key + " given twice");
            }
            if (value.isEmpty())
            {
                throw new SecretsException(where + ": " + key + " is empty");
            }
            values[slot] = value;
        }
        for (int slot = 0; slot < 2; slot++)
        {
            if (values[slot] == null)
            {
                throw new SecretsException("secrets file " + file + ": no " + (slot == 0 ? API_KEY : API_SECRET)
                    + "=... line");
            }
        }
        return values;
    }

    private static String tokenLine(final Path file, final String text)
    {
        String token = null;
        for (final String raw : text.split("\r?\n", -1))
        {
            final String line = raw.strip();
            if (line.isEmpty())
            {
                continue;
            }
            if (token != null)
            {
                throw new SecretsException("admin token file " + file + ": expected the token on one line, found "
                    + "more lines");
            }
            token = line;
        }
        if (token == null)
        {
            throw new SecretsException("admin token file " + file + ": empty");
        }
        return token;
    }

    private static void checkToken(final Secret token)
    {
        final String v = token.reveal();
        if (v.length() < MIN_TOKEN_LENGTH || v.length() > MAX_TOKEN_LENGTH)
        {
            throw new SecretsException("admin token from " + token.source() + ": expected " + MIN_TOKEN_LENGTH + ".."
                + MAX_TOKEN_LENGTH + " characters (e.g. openssl rand -hex 24)");
        }
        for (int i = 0; i < v.length(); i++)
        {
            final char c = v.charAt(i);
            if (c <= ' ' || c >= 0x7f)
            {
                throw new SecretsException("admin token from " + token.source() + ": expected printable ASCII "
                    + "without spaces (e.g. openssl rand -hex 24)");
            }
        }
    }
}
