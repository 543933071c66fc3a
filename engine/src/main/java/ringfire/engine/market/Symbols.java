package ringfire.engine.market;

import ringfire.codecs.sbe.SymbolDefinitionDecoder;

import java.util.Arrays;

/**
 * The symbol table as carried by SymbolDefinition inputs: id to name and scales, plus the last traded or
 * closing price per symbol. Indexed by id; no hashing.
 */
public final class Symbols
{
    public static final int MAX_SYMBOLS = 1024;

    private final String[] names = new String[MAX_SYMBOLS];
    private final int[] priceScales = new int[MAX_SYMBOLS];
    private final int[] qtyScales = new int[MAX_SYMBOLS];
    private final long[] lastPrices = new long[MAX_SYMBOLS];

    public void define(final SymbolDefinitionDecoder definition)
    {
        final int id = checkId(definition.symbolId());
        priceScales[id] = definition.priceScale();
        qtyScales[id] = definition.qtyScale();
        names[id] = definition.name();
    }

    public boolean isDefined(final int id)
    {
        return id > 0 && id < MAX_SYMBOLS && names[id] != null;
    }

    public String name(final int id)
    {
        return names[checkId(id)];
    }

    public int priceScale(final int id)
    {
        return priceScales[checkId(id)];
    }

    public int qtyScale(final int id)
    {
        return qtyScales[checkId(id)];
    }

    public void lastPrice(final int id, final long price)
    {
        lastPrices[checkId(id)] = price;
    }

    /** Last trade or bar close seen, 0 when none yet. */
    public long lastPrice(final int id)
    {
        return lastPrices[checkId(id)];
    }

    public void clear()
    {
        Arrays.fill(names, null);
        Arrays.fill(lastPrices, 0);
    }

    private static int checkId(final int id)
    {
        if (id <= 0 || id >= MAX_SYMBOLS)
        {
            throw new IllegalArgumentException("symbol id out of range 1.." + (MAX_SYMBOLS - 1) + ": " + id);
        }
        return id;
    }
}
