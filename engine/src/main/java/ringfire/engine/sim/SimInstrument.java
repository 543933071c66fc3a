package ringfire.engine.sim;

import ringfire.engine.market.InstrumentSpec;

/** What the simulator needs of a symbol: its name, decimals, tick size and quantity step (scaled). */
public record SimInstrument(String name, int priceScale, int qtyScale, long tickSize, long qtyStep)
{
    public SimInstrument
    {
        if (name == null || !name.matches("[A-Z0-9]{2,30}"))
        {
            throw new IllegalArgumentException("symbol must be 2-30 upper-case letters or digits: '" + name + "'");
        }
        if (tickSize <= 0 || qtyStep <= 0)
        {
            throw new IllegalArgumentException(name + ": tick size and qty step must be positive");
        }
    }

    public static SimInstrument of(final InstrumentSpec spec)
    {
        return new SimInstrument(spec.name(), spec.priceScale(), spec.qtyScale(), spec.tickSize(), spec.qtyStep());
    }
}
