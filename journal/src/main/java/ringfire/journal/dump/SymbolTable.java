package ringfire.journal.dump;

import org.agrona.DirectBuffer;
import org.agrona.collections.Int2ObjectHashMap;
import ringfire.codecs.Decimals;
import ringfire.codecs.EventView;
import ringfire.codecs.sbe.MessageHeaderDecoder;
import ringfire.codecs.sbe.SymbolDefinitionDecoder;

/**
 * The symbol table a journal carries in its SymbolDefinition records: symbol id to name, price scale and quantity
 * scale. A later definition of the same id replaces the earlier one.
 */
public final class SymbolTable
{
    /** Returned for the scale of an unknown symbol, or of one defined with a scale out of range. */
    public static final int UNKNOWN_SCALE = -1;

    private final Int2ObjectHashMap<Symbol> symbols = new Int2ObjectHashMap<>();
    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final SymbolDefinitionDecoder definition = new SymbolDefinitionDecoder();

    /** One row of the table. A scale outside 0..{@value Decimals#MAX_SCALE} is kept as {@link #UNKNOWN_SCALE}. */
    public record Symbol(int id, String name, int priceScale, int qtyScale)
    {
    }

    /**
     * Registers the symbol when the event is a SymbolDefinition; ignores any other event.
     *
     * @return true when the event defined a symbol
     * @throws IllegalArgumentException when a SymbolDefinition is truncated
     */
    public boolean onEvent(final DirectBuffer buffer, final int offset, final int length)
    {
        if (!EventView.isWellFormed(buffer, offset, length)
            || EventView.templateId(buffer, offset) != SymbolDefinitionDecoder.TEMPLATE_ID)
        {
            return false;
        }
        header.wrap(buffer, offset);
        final int blockLength = header.blockLength();
        final int bodyOffset = offset + MessageHeaderDecoder.ENCODED_LENGTH;
        final int end = offset + length;
        if (blockLength < SymbolDefinitionDecoder.BLOCK_LENGTH
            || bodyOffset + blockLength + SymbolDefinitionDecoder.nameHeaderLength() > end)
        {
            throw new IllegalArgumentException("SymbolDefinition of " + length + " bytes is truncated");
        }
        definition.wrap(buffer, bodyOffset, blockLength, header.version());
        final int id = definition.symbolId();
        final int priceScale = checkedScale(definition.priceScale());
        final int qtyScale = checkedScale(definition.qtyScale());
        final int nameLength = definition.nameLength();
        if (nameLength < 0 || (long)definition.limit() + SymbolDefinitionDecoder.nameHeaderLength() + nameLength > end)
        {
            throw new IllegalArgumentException("SymbolDefinition of " + length + " bytes is truncated");
        }
        final String name = definition.name();
        symbols.put(id, new Symbol(id, name, priceScale, qtyScale));
        return true;
    }

    /** The symbol with this id, or null when no definition has been seen. */
    public Symbol symbol(final int id)
    {
        return symbols.get(id);
    }

    public String name(final int id)
    {
        final Symbol symbol = symbols.get(id);
        return symbol == null ? null : symbol.name();
    }

    public int priceScale(final int id)
    {
        final Symbol symbol = symbols.get(id);
        return symbol == null ? UNKNOWN_SCALE : symbol.priceScale();
    }

    public int qtyScale(final int id)
    {
        final Symbol symbol = symbols.get(id);
        return symbol == null ? UNKNOWN_SCALE : symbol.qtyScale();
    }

    public int size()
    {
        return symbols.size();
    }

    public void clear()
    {
        symbols.clear();
    }

    private static int checkedScale(final short scale)
    {
        return scale >= 0 && scale <= Decimals.MAX_SCALE ? scale : UNKNOWN_SCALE;
    }
}
