package ringfire.engine.backtest;

import org.agrona.DirectBuffer;
import ringfire.codecs.EventView;
import ringfire.codecs.sbe.BarDecoder;
import ringfire.codecs.sbe.BooleanType;
import ringfire.codecs.sbe.MessageHeaderDecoder;
import ringfire.codecs.sbe.SymbolDefinitionDecoder;
import ringfire.journal.Journal;
import ringfire.journal.JournalException;
import ringfire.journal.JournalReader;
import ringfire.journal.importer.BarSink;

import java.nio.file.Path;

/** Reads the closed bars of one symbol and interval from a journal (e.g. one made by {@code import klines}). */
public final class JournalBars
{
    private JournalBars()
    {
    }

    public static long read(final Path dir, final String symbol, final int priceScale, final int qtyScale,
        final int intervalSeconds, final BarSink sink)
    {
        final MessageHeaderDecoder header = new MessageHeaderDecoder();
        final SymbolDefinitionDecoder definition = new SymbolDefinitionDecoder();
        final BarDecoder bar = new BarDecoder();
        final int[] symbolId = {0};
        final long[] count = {0};
        try (Journal journal = Journal.openForReading(dir); JournalReader reader = journal.reader())
        {
            reader.forEach((DirectBuffer buffer, int offset, int length, long index) ->
            {
                final int template = EventView.templateId(buffer, offset);
                if (template == SymbolDefinitionDecoder.TEMPLATE_ID)
                {
                    definition.wrapAndApplyHeader(buffer, offset, header);
                    final int id = definition.symbolId();
                    final int ps = definition.priceScale();
                    final int qs = definition.qtyScale();
                    if (symbol.equals(definition.name()))
                    {
                        if (ps != priceScale || qs != qtyScale)
                        {
                            throw new JournalException(dir + ": " + symbol + " is journaled with price/qty scales "
                                + ps + "/" + qs + " but configured with " + priceScale + "/" + qtyScale);
                        }
                        symbolId[0] = id;
                    }
                }
                else if (template == BarDecoder.TEMPLATE_ID && !EventView.isDecision(buffer, offset))
                {
                    bar.wrapAndApplyHeader(buffer, offset, header);
                    if (symbolId[0] != 0 && bar.symbolId() == symbolId[0] && bar.closed() == BooleanType.TRUE
                        && bar.intervalSeconds() == intervalSeconds)
                    {
                        sink.onBar(bar.openTimeNs() / 1_000_000L, bar.open(), bar.high(), bar.low(), bar.close(),
                            bar.volume(), bar.turnover());
                        count[0]++;
                    }
                }
            });
        }
        if (count[0] == 0)
        {
            throw new JournalException(dir + ": no closed " + intervalSeconds + " s bars of " + symbol);
        }
        return count[0];
    }
}
