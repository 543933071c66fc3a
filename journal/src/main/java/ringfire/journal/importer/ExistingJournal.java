package ringfire.journal.importer;

import org.agrona.DirectBuffer;
import ringfire.codecs.EventView;
import ringfire.codecs.sbe.BarDecoder;
import ringfire.codecs.sbe.MessageHeaderDecoder;
import ringfire.codecs.sbe.SymbolDefinitionDecoder;
import ringfire.journal.Journal;
import ringfire.journal.JournalReader;
import ringfire.journal.RecordHandler;
import ringfire.journal.dump.SymbolTable;

/**
 * What a journal already holds that an import must continue: its last sequence, whether the target symbol is defined
 * (a different definition of its id, or its name under another id, is refused), the open time of the symbol's last bar
 * of the target interval and the latest event time.
 */
record ExistingJournal(long lastSequence, boolean symbolDefined, long lastBarOpenTimeMs, long lastEventTimeNs)
{
    static final ExistingJournal EMPTY = new ExistingJournal(-1, false, KlineStats.NONE, Long.MIN_VALUE);
    private static final long NANOS_PER_MILLI = 1_000_000L;

    static ExistingJournal scan(final Journal journal, final ImportTarget target)
    {
        final Scan scan = new Scan(journal, target);
        try (JournalReader reader = journal.reader())
        {
            reader.forEach(scan);
        }
        return new ExistingJournal(journal.lastSequence(), scan.symbolDefined,
            scan.lastBarOpenTimeNs == Long.MIN_VALUE ? KlineStats.NONE
                : Math.floorDiv(scan.lastBarOpenTimeNs, NANOS_PER_MILLI), scan.lastEventTimeNs);
    }

    private static final class Scan implements RecordHandler
    {
        private final Journal journal;
        private final ImportTarget target;
        private final SymbolTable symbols = new SymbolTable();
        private final MessageHeaderDecoder header = new MessageHeaderDecoder();
        private final SymbolDefinitionDecoder definition = new SymbolDefinitionDecoder();
        private final BarDecoder bar = new BarDecoder();
        private boolean symbolDefined;
        private long lastBarOpenTimeNs = Long.MIN_VALUE;
        private long lastEventTimeNs = Long.MIN_VALUE;

        Scan(final Journal journal, final ImportTarget target)
        {
            this.journal = journal;
            this.target = target;
        }

        @Override
        public void onRecord(final DirectBuffer buffer, final int offset, final int length, final long index)
        {
            lastEventTimeNs = Math.max(lastEventTimeNs, EventView.eventTimeNs(buffer, offset));
            final int templateId = EventView.templateId(buffer, offset);
            if (templateId == SymbolDefinitionDecoder.TEMPLATE_ID)
            {
                onDefinition(buffer, offset, length, index);
            }
            else if (templateId == BarDecoder.TEMPLATE_ID)
            {
                header.wrap(buffer, offset);
                if (header.blockLength() >= BarDecoder.BLOCK_LENGTH)
                {
                    bar.wrapAndApplyHeader(buffer, offset, header);
                    if (bar.symbolId() == target.symbolId() && bar.intervalSeconds() == target.intervalSeconds())
                    {
                        lastBarOpenTimeNs = Math.max(lastBarOpenTimeNs, bar.openTimeNs());
                    }
                }
            }
        }

        private void onDefinition(final DirectBuffer buffer, final int offset, final int length, final long index)
        {
            try
            {
                symbols.onEvent(buffer, offset, length);
            }
            catch (final IllegalArgumentException e)
            {
                throw new ImportException("damaged journal " + journal.dir() + ": record at index "
                    + Long.toHexString(index) + ": " + e.getMessage());
            }
            final int id = definition.wrapAndApplyHeader(buffer, offset, header).symbolId();
            final SymbolTable.Symbol symbol = symbols.symbol(id);
            final boolean sameId = id == target.symbolId();
            final boolean sameName = symbol.name().equals(target.symbolName());
            if (sameId && sameName && symbol.priceScale() == target.priceScale()
                && symbol.qtyScale() == target.qtyScale())
            {
                symbolDefined = true;
            }
            else if (sameId)
            {
                throw new ImportException("journal " + journal.dir() + " already defines symbol id " + id + " as "
                    + describe(symbol.name(), symbol.priceScale(), symbol.qtyScale()) + "; refusing to import "
                    + describe(target.symbolName(), target.priceScale(), target.qtyScale()) + " under the same id");
            }
            else if (sameName)
            {
                throw new ImportException("journal " + journal.dir() + " already defines " + symbol.name()
                    + " as symbol id " + id + "; refusing to import it as symbol id " + target.symbolId());
            }
        }

        private static String describe(final String name, final int priceScale, final int qtyScale)
        {
            return name + " (priceScale " + priceScale + ", qtyScale " + qtyScale + ")";
        }
    }
}
