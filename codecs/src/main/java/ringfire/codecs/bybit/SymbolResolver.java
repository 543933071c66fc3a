package ringfire.codecs.bybit;

import ringfire.codecs.Decimals;

import java.util.Arrays;

/**
 * The symbols an adapter decodes: Bybit name → engine symbol id, price scale and quantity scale. Configured up
 * front; the adapter seals it when built, after which {@link #add} throws. Lookups by name chars allocate
 * nothing. Symbols are addressed inside the adapter by slot, 0 .. {@link #size()} - 1, in the order added.
 */
public final class SymbolResolver
{
    public static final int NOT_FOUND = -1;
    /** Longest symbol name accepted. */
    public static final int MAX_NAME_LENGTH = 32;
    /** Symbol ids are the schema's uint16 SymbolId; 0 means "none" there. */
    public static final int MAX_SYMBOL_ID = 0xFFFF;

    private String[] names = new String[8];
    private int[] symbolIds = new int[8];
    private int[] priceScales = new int[8];
    private int[] qtyScales = new int[8];
    private int size;
    private boolean sealed;

    /** Adds a symbol; names and ids must be unique, names upper-case letters and digits. */
    public SymbolResolver add(final String name, final int symbolId, final int priceScale, final int qtyScale)
    {
        if (sealed)
        {
            throw new IllegalStateException("symbols are fixed once an adapter uses them: " + name);
        }
        if (name == null || name.isEmpty() || name.length() > MAX_NAME_LENGTH || !name.matches("[A-Z0-9]+"))
        {
            throw new IllegalArgumentException("symbol name must be 1-" + MAX_NAME_LENGTH
                + " upper-case letters or digits: " + name);
        }
        if (symbolId < 1 || symbolId > MAX_SYMBOL_ID)
        {
            throw new IllegalArgumentException(name + ": symbol id must be 1.." + MAX_SYMBOL_ID + ": " + symbolId);
        }
        checkScale(name, "price", priceScale);
        checkScale(name, "qty", qtyScale);
        for (int i = 0; i < size; i++)
        {
            if (names[i].equals(name) || symbolIds[i] == symbolId)
            {
                throw new IllegalArgumentException(name + " (id " + symbolId + ") clashes with " + names[i]
                    + " (id " + symbolIds[i] + ")");
            }
        }
        if (size == names.length)
        {
            names = Arrays.copyOf(names, size * 2);
            symbolIds = Arrays.copyOf(symbolIds, size * 2);
            priceScales = Arrays.copyOf(priceScales, size * 2);
            qtyScales = Arrays.copyOf(qtyScales, size * 2);
        }
        names[size] = name;
        symbolIds[size] = symbolId;
        priceScales[size] = priceScale;
        qtyScales[size] = qtyScale;
        size++;
        return this;
    }

    public int size()
    {
        return size;
    }

    /** The slot of the symbol named by {@code text[start, start + length)}, or {@link #NOT_FOUND}. */
    public int slotOf(final CharSequence text, final int start, final int length)
    {
        for (int slot = 0; slot < size; slot++)
        {
            final String name = names[slot];
            if (name.length() == length && matches(name, text, start))
            {
                return slot;
            }
        }
        return NOT_FOUND;
    }

    /** The slot of the symbol with this engine id, or {@link #NOT_FOUND}. */
    public int slotOfId(final int symbolId)
    {
        for (int slot = 0; slot < size; slot++)
        {
            if (symbolIds[slot] == symbolId)
            {
                return slot;
            }
        }
        return NOT_FOUND;
    }

    public String name(final int slot)
    {
        return names[slot];
    }

    public int symbolId(final int slot)
    {
        return symbolIds[slot];
    }

    public int priceScale(final int slot)
    {
        return priceScales[slot];
    }

    public int qtyScale(final int slot)
    {
        return qtyScales[slot];
    }

    void seal()
    {
        sealed = true;
    }

    private static boolean matches(final String name, final CharSequence text, final int start)
    {
        for (int i = 0; i < name.length(); i++)
        {
            if (name.charAt(i) != text.charAt(start + i))
            {
                return false;
            }
        }
        return true;
    }

    private static void checkScale(final String name, final String what, final int scale)
    {
        if (scale < 0 || scale > Decimals.MAX_SCALE)
        {
            throw new IllegalArgumentException(name + ": " + what + " scale must be 0.." + Decimals.MAX_SCALE
                + ": " + scale);
        }
    }
}
