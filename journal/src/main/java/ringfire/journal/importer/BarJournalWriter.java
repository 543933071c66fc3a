package ringfire.journal.importer;

import org.agrona.ExpandableArrayBuffer;
import ringfire.codecs.sbe.BarEncoder;
import ringfire.codecs.sbe.BooleanType;
import ringfire.codecs.sbe.MessageHeaderEncoder;
import ringfire.codecs.sbe.Source;
import ringfire.codecs.sbe.SymbolDefinitionEncoder;
import ringfire.journal.JournalWriter;

/**
 * Journals imported bars: each a closed Bar (source IMPORT) whose event time is its close time, open time + interval,
 * when the bar is known. Sequences are consecutive. One buffer and encoder serve every bar.
 */
final class BarJournalWriter implements BarSink
{
    private static final long NANOS_PER_MILLI = 1_000_000L;

    private final ExpandableArrayBuffer buffer = new ExpandableArrayBuffer(256);
    private final MessageHeaderEncoder header = new MessageHeaderEncoder();
    private final BarEncoder bar = new BarEncoder();
    private final JournalWriter writer;
    private final ImportTarget target;
    private final long intervalNs;
    private long nextSequence;
    private long barsWritten;

    BarJournalWriter(final JournalWriter writer, final ImportTarget target, final long firstSequence)
    {
        this.writer = writer;
        this.target = target;
        this.intervalNs = target.intervalSeconds() * 1_000_000_000L;
        this.nextSequence = firstSequence;
    }

    /** Journals the target's SymbolDefinition (source CONFIG) at {@code timeNs}. */
    void defineSymbol(final long timeNs)
    {
        final SymbolDefinitionEncoder definition = new SymbolDefinitionEncoder().wrapAndApplyHeader(buffer, 0, header);
        definition.header().sequence(nextSequence).eventTimeNs(timeNs).source(Source.CONFIG);
        definition.symbolId(target.symbolId())
            .priceScale((short)target.priceScale())
            .qtyScale((short)target.qtyScale())
            .name(target.symbolName());
        writer.append(buffer, 0, MessageHeaderEncoder.ENCODED_LENGTH + definition.encodedLength());
        nextSequence++;
    }

    @Override
    public void onBar(
        final long openTimeMs,
        final long open,
        final long high,
        final long low,
        final long close,
        final long volume,
        final long turnover)
    {
        final long openTimeNs = openTimeMs * NANOS_PER_MILLI;
        bar.wrapAndApplyHeader(buffer, 0, header);
        bar.header().sequence(nextSequence).eventTimeNs(openTimeNs + intervalNs).source(Source.IMPORT);
        bar.symbolId(target.symbolId())
            .intervalSeconds(target.intervalSeconds())
            .openTimeNs(openTimeNs)
            .open(open)
            .high(high)
            .low(low)
            .close(close)
            .volume(volume)
            .turnover(turnover)
            .closed(BooleanType.TRUE);
        writer.append(buffer, 0, MessageHeaderEncoder.ENCODED_LENGTH + bar.encodedLength());
        nextSequence++;
        barsWritten++;
    }

    /** The sequence the next record would get. */
    long nextSequence()
    {
        return nextSequence;
    }

    long barsWritten()
    {
        return barsWritten;
    }
}
