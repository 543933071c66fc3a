package ringfire.journal.dump;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which records {@link JournalDump} prints. An empty set accepts everything; otherwise a record passes when its
 * message name is in {@code types}, its kind in {@code kinds} and its symbol's name in {@code symbols} (events
 * without a known symbol do not pass a symbol filter). At most {@code maxRecords} records are printed.
 */
public record DumpFilter(Set<String> types, Set<EventKind> kinds, Set<String> symbols, long maxRecords)
{
    public static final DumpFilter ALL = new DumpFilter(Set.of(), Set.of(), Set.of(), Long.MAX_VALUE);

    public DumpFilter
    {
        types = Set.copyOf(types);
        kinds = Set.copyOf(kinds);
        symbols = Set.copyOf(symbols);
        if (maxRecords < 0)
        {
            throw new IllegalArgumentException("maxRecords must be >= 0: " + maxRecords);
        }
    }

    public DumpFilter withTypes(final String... names)
    {
        return new DumpFilter(Set.of(names), kinds, symbols, maxRecords);
    }

    public DumpFilter withKinds(final EventKind... eventKinds)
    {
        return new DumpFilter(types, Set.of(eventKinds), symbols, maxRecords);
    }

    public DumpFilter withSymbols(final String... names)
    {
        return new DumpFilter(types, kinds, Set.of(names), maxRecords);
    }

    public DumpFilter withMaxRecords(final long max)
    {
        return new DumpFilter(types, kinds, symbols, max);
    }

    /** Throws {@link IllegalArgumentException} naming any type the schema does not have. */
    public void validate(final EventSchema schema)
    {
        final Set<String> unknown = new TreeSet<>();
        for (final String type : types)
        {
            if (schema.message(type) == null)
            {
                unknown.add(type);
            }
        }
        if (!unknown.isEmpty())
        {
            throw new IllegalArgumentException("unknown event type " + String.join(", ", unknown) + " (known: "
                + String.join(", ", schema.messageNames()) + ")");
        }
    }

    boolean acceptsAll()
    {
        return types.isEmpty() && kinds.isEmpty() && symbols.isEmpty();
    }

    boolean accepts(final String type, final EventKind kind, final String symbol)
    {
        return (types.isEmpty() || types.contains(type))
            && (kinds.isEmpty() || kinds.contains(kind))
            && (symbols.isEmpty() || (symbol != null && symbols.contains(symbol)));
    }

    @Override
    public String toString()
    {
        return "DumpFilter[types=" + new TreeSet<>(types) + ", kinds=" + Arrays.toString(new TreeSet<>(kinds).toArray())
            + ", symbols=" + new TreeSet<>(symbols) + ", maxRecords=" + maxRecords + "]";
    }
}
