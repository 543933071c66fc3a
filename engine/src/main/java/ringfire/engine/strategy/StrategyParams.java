package ringfire.engine.strategy;

import ringfire.engine.settings.SettingsReader;

import java.util.Map;
import java.util.TreeMap;

/**
 * A strategy's parameters: text values under {@code strategy.params.<key>}, read with range checks; an error
 * names the key. The factory declares every key and its default.
 */
public final class StrategyParams
{
    public static final String PREFIX = "strategy.params.";

    private final SettingsReader reader;
    private final Map<String, String> defaults;

    StrategyParams(final Map<String, String> values, final Map<String, String> defaults)
    {
        final Map<String, String> prefixed = new TreeMap<>();
        values.forEach((k, v) -> prefixed.put(PREFIX + k, v));
        this.reader = new SettingsReader(prefixed);
        this.defaults = defaults;
    }

    private String fallback(final String key)
    {
        final String d = defaults.get(key);
        if (d == null)
        {
            throw new IllegalStateException("strategy parameter " + key + " has no declared default");
        }
        return d;
    }

    public int integer(final String key, final int min, final int max)
    {
        return reader.integer(PREFIX + key, Integer.parseInt(fallback(key)), min, max);
    }

    /** A decimal at {@code scale} decimals. */
    public long decimal(final String key, final int scale, final String min, final String max)
    {
        return reader.decimal(PREFIX + key, fallback(key), scale, min, max);
    }

    public boolean flag(final String key)
    {
        return reader.flag(PREFIX + key, Boolean.parseBoolean(fallback(key)));
    }

    /** Throws naming the first parameter the strategy does not know. */
    void requireAllUsed()
    {
        reader.requireAllUsed();
    }
}
