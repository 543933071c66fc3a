package ringfire.engine.research;

import ringfire.engine.settings.EngineSettings;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One point of a {@link Grid}: a value for every grid key, in the grid's key order.
 *
 * @param index  0.., the position in grid order (ties in a ranking go to the lower index)
 * @param of     the number of combinations of the grid (for zero-padded directory names)
 * @param values grid key to value, in the grid's key order
 */
public record Combination(int index, int of, Map<String, String> values)
{
    private static final int MAX_NAME = 80;

    public Combination
    {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** {@code fast=8,slow=20}: for people. */
    public String label()
    {
        final StringBuilder out = new StringBuilder();
        values.forEach((k, v) -> out.append(out.isEmpty() ? "" : ",").append(k).append('=').append(v));
        return out.toString();
    }

    /**
     * A directory name that sorts in grid order and is safe on every file system: the 1-based index zero-padded
     * to the width of the grid's size, then the label with {@code =} as {@code -}, {@code ,} as {@code _} and any
     * other character outside {@code [A-Za-z0-9._-]} as {@code _}, e.g. {@code 03_fast-8_slow-20}.
     */
    public String name()
    {
        final int width = Integer.toString(of).length();
        final StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%0" + width + "d", index + 1));
        values.forEach((k, v) -> out.append('_').append(k).append('-').append(v));
        final String name = out.toString().replaceAll("[^A-Za-z0-9._\\-]", "_");
        return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME);
    }

    /**
     * {@code base} with this combination's values. {@code strategy.name} goes first (it resets the strategy's
     * parameters to that strategy's defaults); {@code risk.leverage} above {@code account.maxLeverage} raises the
     * cap too, as {@code backtest --leverage} does.
     *
     * @throws IllegalArgumentException naming the key and value when a value is not valid
     */
    public EngineSettings apply(final EngineSettings base)
    {
        EngineSettings s = base;
        for (final Map.Entry<String, String> e : values.entrySet())
        {
            if (Grid.settingsKey(e.getKey()).equals(Grid.STRATEGY_NAME))
            {
                s = with(s, e.getKey(), e.getValue());
            }
        }
        for (final Map.Entry<String, String> e : values.entrySet())
        {
            final String key = Grid.settingsKey(e.getKey());
            if (key.equals(Grid.STRATEGY_NAME))
            {
                continue;
            }
            if (key.startsWith(Grid.PARAMS_PREFIX) && !s.toMap().containsKey(key))
            {
                throw noSuchParameter(e.getKey(), s);
            }
            if (key.equals("risk.leverage"))
            {
                try
                {
                    if (Integer.parseInt(e.getValue()) > s.account().maxLeverage())
                    {
                        s = with(s, "account.maxLeverage", e.getValue());
                    }
                }
                catch (final NumberFormatException ignored)
                {
                    // with() below reports the bad value
                }
            }
            s = with(s, e.getKey(), e.getValue());
        }
        return s;
    }

    private static EngineSettings with(final EngineSettings s, final String key, final String value)
    {
        try
        {
            return s.with(Grid.settingsKey(key), value);
        }
        catch (final IllegalArgumentException ex)
        {
            throw new IllegalArgumentException("grid " + key + "=" + value + ": " + ex.getMessage(), ex);
        }
    }

    static IllegalArgumentException noSuchParameter(final String key, final EngineSettings s)
    {
        return new IllegalArgumentException("grid key '" + key + "': strategy " + s.strategy().name()
            + " has no such parameter (it has: " + String.join(", ", s.strategy().params().keySet())
            + "; a key with a dot is a settings key, e.g. risk.leverage)");
    }
}
