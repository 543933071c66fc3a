package ringfire.engine.sim;

import java.util.List;

/** The bar tapes the simulator serves, one per symbol, in a fixed order (the tie-break between symbols). */
public record SimMarket(List<BarTape> tapes)
{
    public SimMarket
    {
        tapes = List.copyOf(tapes);
        if (tapes.isEmpty())
        {
            throw new IllegalArgumentException("the simulated market needs at least one symbol");
        }
        if (tapes.stream().map(BarTape::symbol).distinct().count() != tapes.size())
        {
            throw new IllegalArgumentException("symbols of the simulated market must be distinct");
        }
    }

    public static SimMarket of(final BarTape... tapes)
    {
        return new SimMarket(List.of(tapes));
    }

    /** Index of a symbol, or -1. */
    public int indexOf(final String symbol)
    {
        for (int i = 0; i < tapes.size(); i++)
        {
            if (tapes.get(i).symbol().equals(symbol))
            {
                return i;
            }
        }
        return -1;
    }
}
