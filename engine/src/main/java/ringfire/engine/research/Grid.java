package ringfire.engine.research;

import ringfire.engine.settings.EngineSettings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A parameter grid: one or more axes {@code key=v1,v2,...}, expanded into the cartesian product of their values in a
 * fixed order (the first axis varies slowest, the last fastest, each axis in the order its values were given).
 *
 * <p>A key without a dot is a strategy parameter ({@code fast} means {@code strategy.params.fast}); a key with a dot
 * is a full settings key ({@code risk.leverage}, {@code paper.slippage}, {@code strategy.name}...).
 */
public final class Grid
{
    /** More combinations than this is almost certainly a typo; refused before anything runs. */
    public static final int MAX_COMBINATIONS = 10_000;
    static final String PARAMS_PREFIX = "strategy.params.";
    static final String STRATEGY_NAME = "strategy.name";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.\\-]*");

    /** One axis: a key and its values, in the order given. */
    public record Axis(String key, List<String> values)
    {
        public Axis
        {
            values = List.copyOf(values);
        }

        /** The settings key the axis changes. */
        public String settingsKey()
        {
            return Grid.settingsKey(key);
        }
    }

    private final List<Axis> axes;
    private final int size;

    private Grid(final List<Axis> axes)
    {
        this.axes = List.copyOf(axes);
        long n = 1;
        for (final Axis axis : axes)
        {
            n *= axis.values().size();
            if (n > MAX_COMBINATIONS)
            {
                throw new IllegalArgumentException("the grid has more than " + MAX_COMBINATIONS
                    + " combinations; narrow it");
            }
        }
        this.size = (int)n;
    }

    /**
     * Parses grid axes such as {@code fast=8,12,16} or {@code risk.leverage=1,2}.
     *
     * @throws IllegalArgumentException naming the axis when one is malformed (no '=', an empty key or value, a
     *                                  repeated value) or when two axes change the same setting
     */
    public static Grid parse(final List<String> specs)
    {
        if (specs == null || specs.isEmpty())
        {
            throw new IllegalArgumentException("no grid: give at least one --grid key=v1,v2,...");
        }
        final List<Axis> axes = new ArrayList<>();
        final Set<String> settingsKeys = new HashSet<>();
        for (final String spec : specs)
        {
            final int eq = spec.indexOf('=');
            final String key = eq < 0 ? "" : spec.substring(0, eq).strip();
            if (eq <= 0 || !KEY.matcher(key).matches())
            {
                throw new IllegalArgumentException("grid '" + spec + "': expected key=value[,value...], e.g. fast=8,12,16");
            }
            final List<String> values = new ArrayList<>();
            for (final String raw : spec.substring(eq + 1).split(",", -1))
            {
                final String value = raw.strip();
                if (value.isEmpty())
                {
                    throw new IllegalArgumentException("grid '" + spec + "': empty value; expected key=value[,value...]");
                }
                if (values.contains(value))
                {
                    throw new IllegalArgumentException("grid '" + spec + "': value " + value + " is given twice");
                }
                values.add(value);
            }
            if (!settingsKeys.add(settingsKey(key)))
            {
                throw new IllegalArgumentException("grid key '" + key + "' is given twice");
            }
            axes.add(new Axis(key, values));
        }
        return new Grid(axes);
    }

    /** The settings key of a grid key: a key with a dot as it is, else {@code strategy.params.<key>}. */
    public static String settingsKey(final String key)
    {
        return key.indexOf('.') >= 0 ? key : PARAMS_PREFIX + key;
    }

    public List<Axis> axes()
    {
        return axes;
    }

    public List<String> keys()
    {
        return axes.stream().map(Axis::key).toList();
    }

    /** Number of combinations (the product of the axes' sizes). */
    public int size()
    {
        return size;
    }

    /** Every combination, in grid order: the first axis varies slowest; indexes 0..size-1. */
    public List<Combination> combinations()
    {
        final List<Combination> out = new ArrayList<>(size);
        final int[] at = new int[axes.size()];
        for (int index = 0; index < size; index++)
        {
            final Map<String, String> values = new LinkedHashMap<>();
            for (int a = 0; a < axes.size(); a++)
            {
                values.put(axes.get(a).key(), axes.get(a).values().get(at[a]));
            }
            out.add(new Combination(index, size, values));
            for (int a = axes.size() - 1; a >= 0; a--)
            {
                if (++at[a] < axes.get(a).values().size())
                {
                    break;
                }
                at[a] = 0;
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Checks every key against {@code base} and every combination's values by building its settings, so that a
     * typo fails before any backtest runs; returns the settings of each combination in grid order.
     *
     * @throws IllegalArgumentException naming the key (unknown parameter or setting) or the combination (bad value)
     */
    public List<EngineSettings> settings(final EngineSettings base)
    {
        final boolean strategyAxis = axes.stream().anyMatch(a -> a.settingsKey().equals(STRATEGY_NAME));
        for (final Axis axis : axes)
        {
            final String key = axis.settingsKey();
            if (key.startsWith(PARAMS_PREFIX))
            {
                if (!strategyAxis && !base.toMap().containsKey(key))
                {
                    throw Combination.noSuchParameter(axis.key(), base);
                }
            }
            else if (!base.toMap().containsKey(key))
            {
                throw new IllegalArgumentException("grid key '" + axis.key() + "': unknown setting (a key without a dot "
                    + "is a strategy parameter; with a dot, a settings key such as risk.leverage)");
            }
        }
        final List<EngineSettings> out = new ArrayList<>(size);
        for (final Combination c : combinations())
        {
            out.add(c.apply(base));
        }
        return out;
    }
}
