package ringfire.engine.settings;

import ringfire.codecs.Decimals;
import ringfire.codecs.Scales;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes settings in their canonical flat form: sorted {@code key=value} lines. Every value is written so that
 * {@link SettingsReader} reads back the same setting; the text is journaled and hashed.
 */
public final class SettingsWriter
{
    private final Map<String, String> values = new TreeMap<>();

    public SettingsWriter text(final String key, final String value)
    {
        values.put(key, value);
        return this;
    }

    public SettingsWriter integer(final String key, final int value)
    {
        return text(key, Integer.toString(value));
    }

    public SettingsWriter decimal(final String key, final long value, final int scale)
    {
        return text(key, Decimals.format(value, scale));
    }

    public SettingsWriter ratio(final String key, final long value)
    {
        return decimal(key, value, Scales.RATIO);
    }

    public SettingsWriter money(final String key, final long value)
    {
        return decimal(key, value, Scales.MONEY);
    }

    public SettingsWriter durationNs(final String key, final long nanos)
    {
        if (nanos % 1_000_000 != 0)
        {
            throw new IllegalArgumentException(key + ": duration must be whole milliseconds");
        }
        return text(key, nanos / 1_000_000 + "ms");
    }

    public SettingsWriter flag(final String key, final boolean value)
    {
        return text(key, Boolean.toString(value));
    }

    public SettingsWriter zone(final String key, final ZoneId zone)
    {
        return text(key, zone.getId());
    }

    public SettingsWriter choice(final String key, final Enum<?> value)
    {
        return text(key, value.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    public Map<String, String> values()
    {
        return new TreeMap<>(values);
    }

    public String toCanonicalText()
    {
        final StringBuilder out = new StringBuilder();
        values.forEach((k, v) -> out.append(k).append('=').append(v).append('\n'));
        return out.toString();
    }
}
