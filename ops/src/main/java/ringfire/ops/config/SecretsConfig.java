package ringfire.ops.config;

import java.nio.file.Path;

/**
 * Section {@code secrets:}: where the exchange API key and secret come from; never the values themselves. Keys
 * and defaults: {@code apiKeyEnv: BYBIT_API_KEY}, {@code apiSecretEnv: BYBIT_API_SECRET} (names of environment
 * variables), {@code secretsFile} (optional; a file readable by its owner alone with {@code apiKey=...} and
 * {@code apiSecret=...} lines; when set it is used instead of the environment).
 *
 * @param secretsFile null when not configured
 */
public record SecretsConfig(String apiKeyEnv, String apiSecretEnv, Path secretsFile)
{
    public static SecretsConfig defaults()
    {
        return new SecretsConfig("BYBIT_API_KEY", "BYBIT_API_SECRET", null);
    }
}
