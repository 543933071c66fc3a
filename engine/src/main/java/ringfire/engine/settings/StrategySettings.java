package ringfire.engine.settings;

import ringfire.engine.market.InstrumentSpec;
import ringfire.engine.strategy.Strategies;
import ringfire.engine.strategy.StrategyFactory;
import ringfire.engine.strategy.StrategyParams;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The strategy and its parameters (section {@code strategy.}: {@code strategy.name} and
 * {@code strategy.params.<key>}); every parameter is present, defaults filled in, and validated at load.
 */
public record StrategySettings(String name, SortedMap<String, String> params)
{
    public StrategySettings
    {
        params = new TreeMap<>(params);
    }

    public StrategyFactory factory()
    {
        return Strategies.byName(name);
    }

    public static StrategySettings read(final SettingsReader r, final List<InstrumentSpec> instruments)
    {
        final String name = r.text("strategy.name", Strategies.DEFAULT);
        final StrategyFactory factory = Strategies.byName(name);
        final Map<String, String> given = new TreeMap<>();
        for (final String key : r.children("strategy.params"))
        {
            given.put(key, r.text(StrategyParams.PREFIX + key, ""));
        }
        if (instruments.isEmpty())
        {
            throw new IllegalArgumentException("instruments: at least one instrument is required");
        }
        return new StrategySettings(name, Strategies.checkedParams(factory, given, instruments.get(0)));
    }

    public void write(final SettingsWriter w)
    {
        w.text("strategy.name", name);
        params.forEach((k, v) -> w.text(StrategyParams.PREFIX + k, v));
    }
}
