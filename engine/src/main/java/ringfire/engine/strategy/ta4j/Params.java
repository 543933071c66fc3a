package ringfire.engine.strategy.ta4j;

import ringfire.engine.strategy.StrategyParams;

import java.math.BigDecimal;
import java.util.SortedMap;
import java.util.TreeMap;

/** Small helpers for the ta4j factories' parameters. */
final class Params
{
    private static final String PREFIX = StrategyParams.PREFIX;

    private Params()
    {
    }

    /** Defaults from {@code key, value} pairs. */
    static SortedMap<String, String> of(final String... keyValues)
    {
        final SortedMap<String, String> d = new TreeMap<>();
        for (int i = 0; i < keyValues.length; i += 2)
        {
            d.put(keyValues[i], keyValues[i + 1]);
        }
        return d;
    }

    /** Throws unless {@code larger > smaller}, naming {@code largerKey}. */
    static void requireGreater(final String largerKey, final long larger, final String smallerKey, final long smaller)
    {
        if (larger <= smaller)
        {
            throw new IllegalArgumentException(PREFIX + largerKey + ": expected more than " + PREFIX + smallerKey
                + " (" + smaller + "), was " + larger);
        }
    }

    /** A decimal parameter read at {@code scale} decimals, as a BigDecimal. */
    static BigDecimal decimal(final long unscaled, final int scale)
    {
        return BigDecimal.valueOf(unscaled, scale);
    }
}
