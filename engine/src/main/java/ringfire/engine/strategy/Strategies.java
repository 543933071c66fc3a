package ringfire.engine.strategy;

import ringfire.engine.market.InstrumentSpec;
import ringfire.engine.strategy.ta4j.Ta4jStrategies;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The built-in strategies, by name, and the rules for their parameters and instance names. */
public final class Strategies
{
    public static final String DEFAULT = "sma-cross";

    private static final List<StrategyFactory> FACTORIES = Stream.concat(Stream.of(SmaCrossStrategy.FACTORY),
        Ta4jStrategies.factories().stream()).toList();

    private Strategies()
    {
    }

    public static List<StrategyFactory> all()
    {
        final List<StrategyFactory> sorted = new ArrayList<>(FACTORIES);
        sorted.sort((a, b) -> a.name().compareTo(b.name()));
        return sorted;
    }

    public static StrategyFactory byName(final String name)
    {
        for (final StrategyFactory f : FACTORIES)
        {
            if (f.name().equals(name))
            {
                return f;
            }
        }
        final List<String> names = all().stream().map(StrategyFactory::name).toList();
        throw new IllegalArgumentException("strategy.name: unknown strategy '" + name + "' (known: "
            + String.join(", ", names) + ")");
    }

    /** Validates {@code values} against the factory's parameters (unknown or bad values throw naming the key). */
    public static SortedMap<String, String> checkedParams(final StrategyFactory factory, final Map<String, String> values,
        final InstrumentSpec anyInstrument)
    {
        final SortedMap<String, String> all = new TreeMap<>(factory.defaults());
        all.putAll(values);
        final StrategyParams params = new StrategyParams(all, factory.defaults());
        factory.create(params, anyInstrument);
        params.requireAllUsed();
        return all;
    }

    public static Strategy create(final StrategyFactory factory, final Map<String, String> values,
        final InstrumentSpec instrument)
    {
        return factory.create(new StrategyParams(values, factory.defaults()), instrument);
    }

    /**
     * {@code <BASE>_<TYPE>_<5 hex>}, e.g. {@code BTC_SMA_4F2D1}: the base coin, the strategy's code and the first
     * five hex digits of SHA-256 over the strategy name, its parameters (sorted) and the symbol.
     */
    public static String instanceName(final StrategyFactory factory, final Map<String, String> params,
        final String symbol)
    {
        final StringBuilder key = new StringBuilder(factory.name());
        new TreeMap<>(params).forEach((k, v) -> key.append(';').append(k).append('=').append(v));
        key.append(';').append(symbol);
        try
        {
            final byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
            final String hex = HexFormat.of().withUpperCase().formatHex(digest).substring(0, 5);
            final String base = symbol.endsWith("USDT") ? symbol.substring(0, symbol.length() - 4) : symbol;
            return base + "_" + factory.typeCode() + "_" + hex;
        }
        catch (final NoSuchAlgorithmException e)
        {
            throw new IllegalStateException(e);
        }
    }
}
