package ringfire.engine.settings;

import ringfire.codecs.Decimals;
import ringfire.codecs.Scales;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every setting that affects decisions. It is journaled at session start in a canonical text form (sorted
 * {@code key=value} lines), so that replay rebuilds the same stages; its SHA-256 is the configuration hash.
 */
public record EngineSettings(StrategySettings strategy, ExecutionSettings execution)
{
    public static EngineSettings defaults()
    {
        return new EngineSettings(
            new StrategySettings(StrategySettings.SMA_CROSS, 5, 20),
            new ExecutionSettings(100 * Decimals.pow10(Scales.MONEY)));
    }

    public String toCanonicalText()
    {
        final StringBuilder out = new StringBuilder();
        toMap().forEach((k, v) -> out.append(k).append('=').append(v).append('\n'));
        return out.toString();
    }

    private Map<String, String> toMap()
    {
        final Map<String, String> map = new TreeMap<>();
        map.put("execution.orderNotional", Decimals.format(execution.orderNotional(), Scales.MONEY));
        map.put("strategy.fastBars", Integer.toString(strategy.fastBars()));
        map.put("strategy.name", strategy.name());
        map.put("strategy.slowBars", Integer.toString(strategy.slowBars()));
        return map;
    }

    /** Parses the canonical form; unknown keys, missing keys and bad values are errors naming the key. */
    public static EngineSettings parse(final String text)
    {
        final Map<String, String> map = new TreeMap<>();
        int lineNo = 0;
        for (final String raw : text.split("\n"))
        {
            lineNo++;
            final String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#"))
            {
                continue;
            }
            final int eq = line.indexOf('=');
            if (eq <= 0)
            {
                throw new IllegalArgumentException("settings line " + lineNo + ": expected key=value, was '" + line + "'");
            }
            map.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
        }
        return fromMap(map);
    }

    /** A copy with one setting changed, e.g. {@code strategy.slowBars=21}. */
    public EngineSettings with(final String key, final String value)
    {
        final Map<String, String> map = toMap();
        if (!map.containsKey(key))
        {
            throw new IllegalArgumentException("unknown setting '" + key + "' (known: " + String.join(", ", map.keySet()) + ")");
        }
        map.put(key, value);
        return fromMap(map);
    }

    private static EngineSettings fromMap(final Map<String, String> source)
    {
        final Map<String, String> map = new TreeMap<>(source);
        final StrategySettings strategy = new StrategySettings(
            take(map, "strategy.name"), integer(map, "strategy.fastBars"), integer(map, "strategy.slowBars"));
        final String notional = take(map, "execution.orderNotional");
        final long orderNotional = Decimals.parse(notional, Scales.MONEY);
        if (orderNotional == Decimals.INVALID)
        {
            throw new IllegalArgumentException("execution.orderNotional: expected a USDT amount, was '" + notional + "'");
        }
        final EngineSettings settings = new EngineSettings(strategy, new ExecutionSettings(orderNotional));
        if (!map.isEmpty())
        {
            throw new IllegalArgumentException("unknown setting '" + map.keySet().iterator().next() + "'");
        }
        return settings;
    }

    private static String take(final Map<String, String> map, final String key)
    {
        final String v = map.remove(key);
        if (v == null)
        {
            throw new IllegalArgumentException("missing setting '" + key + "'");
        }
        return v;
    }

    private static int integer(final Map<String, String> map, final String key)
    {
        final String v = take(map, key);
        try
        {
            return Integer.parseInt(v);
        }
        catch (final NumberFormatException e)
        {
            throw new IllegalArgumentException(key + ": expected a whole number, was '" + v + "'");
        }
    }

    /** SHA-256 of the canonical text, hex. */
    public String hash()
    {
        try
        {
            final byte[] d = MessageDigest.getInstance("SHA-256").digest(toCanonicalText().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        }
        catch (final NoSuchAlgorithmException e)
        {
            throw new IllegalStateException(e);
        }
    }
}
