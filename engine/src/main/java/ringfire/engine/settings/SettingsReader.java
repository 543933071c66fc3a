package ringfire.engine.settings;

import ringfire.codecs.Decimals;
import ringfire.codecs.Scales;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Typed reading of flat settings ({@code section.key=value}, as flattened from YAML or the journaled
 * canonical text). Each getter names its key and default; a bad value throws an {@link IllegalArgumentException}
 * whose message starts with the key. Keys no getter asked for are reported by {@link #requireAllUsed()}.
 */
public final class SettingsReader
{
    private final Map<String, String> values;
    private final TreeSet<String> used = new TreeSet<>();

    public SettingsReader(final Map<String, String> values)
    {
        this.values = new TreeMap<>(values);
    }

    private String raw(final String key, final String defaultValue)
    {
        used.add(key);
        final String v = values.get(key);
        return v == null ? defaultValue : v.strip();
    }

    public boolean has(final String key)
    {
        return values.containsKey(key);
    }

    public String text(final String key, final String defaultValue)
    {
        final String v = raw(key, defaultValue);
        if (v == null || v.isEmpty())
        {
            throw new IllegalArgumentException(key + ": expected a value, was empty");
        }
        return v;
    }

    public int integer(final String key, final int defaultValue, final int min, final int max)
    {
        final String v = raw(key, Integer.toString(defaultValue));
        final int n;
        try
        {
            n = Integer.parseInt(v);
        }
        catch (final NumberFormatException e)
        {
            throw new IllegalArgumentException(key + ": expected a whole number, was '" + v + "'");
        }
        if (n < min || n > max)
        {
            throw new IllegalArgumentException(key + ": expected " + min + ".." + max + ", was " + n);
        }
        return n;
    }

    /** A decimal at {@code scale} decimals, within [min, max] (given as decimal text). */
    public long decimal(final String key, final String defaultValue, final int scale, final String min, final String max)
    {
        final String v = raw(key, defaultValue);
        final long n = Decimals.parse(v, scale);
        if (n == Decimals.INVALID)
        {
            throw new IllegalArgumentException(key + ": expected a decimal number with at most " + scale
                + " decimal places, was '" + v + "'");
        }
        if (n < Decimals.parseOrThrow(min, scale) || n > Decimals.parseOrThrow(max, scale))
        {
            throw new IllegalArgumentException(key + ": expected " + min + ".." + max + ", was " + v);
        }
        return n;
    }

    /** A ratio at {@link Scales#RATIO} (e.g. {@code 0.15} for 15 %). */
    public long ratio(final String key, final String defaultValue, final String min, final String max)
    {
        return decimal(key, defaultValue, Scales.RATIO, min, max);
    }

    /** A USDT amount at {@link Scales#MONEY}. */
    public long money(final String key, final String defaultValue, final String min, final String max)
    {
        return decimal(key, defaultValue, Scales.MONEY, min, max);
    }

    /** A duration such as {@code 36h}, {@code 90m}, {@code 30s}, {@code 250ms}; returned in nanoseconds. */
    public long durationNs(final String key, final String defaultValue)
    {
        final String v = raw(key, defaultValue);
        final String s = v.toLowerCase(Locale.ROOT);
        try
        {
            final Duration d;
            if (s.endsWith("ms"))
            {
                d = Duration.ofMillis(Long.parseLong(s.substring(0, s.length() - 2)));
            }
            else if (s.endsWith("s"))
            {
                d = Duration.ofSeconds(Long.parseLong(s.substring(0, s.length() - 1)));
            }
            else if (s.endsWith("m"))
            {
                d = Duration.ofMinutes(Long.parseLong(s.substring(0, s.length() - 1)));
            }
            else if (s.endsWith("h"))
            {
                d = Duration.ofHours(Long.parseLong(s.substring(0, s.length() - 1)));
            }
            else if (s.endsWith("d"))
            {
                d = Duration.ofDays(Long.parseLong(s.substring(0, s.length() - 1)));
            }
            else
            {
                throw new NumberFormatException();
            }
            if (d.isNegative())
            {
                throw new NumberFormatException();
            }
            return d.toNanos();
        }
        catch (final NumberFormatException | ArithmeticException e)
        {
            throw new IllegalArgumentException(key + ": expected a duration like 36h, 90m, 30s or 250ms, was '" + v + "'");
        }
    }

    public boolean flag(final String key, final boolean defaultValue)
    {
        final String v = raw(key, Boolean.toString(defaultValue)).toLowerCase(Locale.ROOT);
        return switch (v)
        {
            case "true", "on", "yes" -> true;
            case "false", "off", "no" -> false;
            default -> throw new IllegalArgumentException(key + ": expected true or false, was '" + v + "'");
        };
    }

    public ZoneId zone(final String key, final String defaultValue)
    {
        final String v = raw(key, defaultValue);
        try
        {
            return ZoneId.of(v);
        }
        catch (final RuntimeException e)
        {
            throw new IllegalArgumentException(key + ": expected a time zone such as Australia/Sydney, was '" + v + "'");
        }
    }

    /** One of {@code allowed} (case-insensitive, dashes or underscores). */
    public <E extends Enum<E>> E choice(final String key, final E defaultValue, final Class<E> type)
    {
        final String v = raw(key, defaultValue.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        final String name = v.toUpperCase(Locale.ROOT).replace('-', '_');
        for (final E e : type.getEnumConstants())
        {
            if (e.name().equals(name))
            {
                return e;
            }
        }
        final StringBuilder allowed = new StringBuilder();
        for (final E e : type.getEnumConstants())
        {
            allowed.append(allowed.isEmpty() ? "" : ", ").append(e.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        throw new IllegalArgumentException(key + ": expected one of " + allowed + ", was '" + v + "'");
    }

    /** Sub-keys present under {@code prefix.} (e.g. instrument names under {@code instruments}). */
    public TreeSet<String> children(final String prefix)
    {
        final TreeSet<String> names = new TreeSet<>();
        final String p = prefix + ".";
        for (final String k : values.keySet())
        {
            if (k.startsWith(p))
            {
                final String rest = k.substring(p.length());
                final int dot = rest.indexOf('.');
                names.add(dot < 0 ? rest : rest.substring(0, dot));
            }
        }
        return names;
    }

    /** Throws naming the first key that no getter read. */
    public void requireAllUsed()
    {
        for (final String key : values.keySet())
        {
            if (!used.contains(key))
            {
                throw new IllegalArgumentException(key + ": unknown setting");
            }
        }
    }
}
