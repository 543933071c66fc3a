package ringfire.journal.dump;

import org.agrona.DirectBuffer;
import ringfire.codecs.EventView;
import ringfire.journal.Journal;
import ringfire.journal.JournalException;
import ringfire.journal.JournalReader;
import ringfire.journal.RecordHandler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Prints a journal as JSON lines, one per record in journal order (see {@link EventJsonFormatter} for the format).
 * Opens the journal read-only, so it may run while an engine writes it.
 */
public final class JournalDump
{
    private final Path dir;
    private final Appendable out;
    private final DumpFilter filter;
    private final EventSchema schema = EventSchema.instance();
    private final EventJsonFormatter formatter = new EventJsonFormatter();
    private long printed;

    private JournalDump(final Path dir, final Appendable out, final DumpFilter filter)
    {
        this.dir = dir;
        this.out = out;
        this.filter = filter;
    }

    /**
     * Prints every record of the journal in {@code dir} to {@code out} (a PrintStream, Writer or StringBuilder),
     * each line ended by {@code '\n'}.
     *
     * @return the number of lines printed
     * @throws JournalException      when the journal cannot be opened or is damaged; the message is one line
     * @throws UncheckedIOException  when {@code out} fails
     */
    public static long dump(final Path dir, final Appendable out)
    {
        return dump(dir, out, DumpFilter.ALL);
    }

    /**
     * Prints the records of the journal in {@code dir} that pass {@code filter}.
     *
     * @return the number of lines printed
     * @throws IllegalArgumentException when the filter names a type the schema does not have
     * @throws JournalException         when the journal cannot be opened or is damaged; the message is one line
     * @throws UncheckedIOException     when {@code out} fails
     */
    public static long dump(final Path dir, final Appendable out, final DumpFilter filter)
    {
        filter.validate(EventSchema.instance());
        final JournalDump dump = new JournalDump(dir, out, filter);
        final RecordHandler handler = dump::print;
        try (Journal journal = Journal.openForReading(dir); JournalReader reader = journal.reader())
        {
            while (dump.printed < filter.maxRecords() && reader.next(handler))
            {
                // each record is printed by print
            }
        }
        return dump.printed;
    }

    private void print(final DirectBuffer buffer, final int offset, final int length, final long index)
    {
        try
        {
            if (!filter.acceptsAll() && !accepts(buffer, offset, length))
            {
                return;
            }
            final String line = formatter.format(buffer, offset, length, index);
            out.append(line).append('\n');
            printed++;
        }
        catch (final IllegalArgumentException e)
        {
            throw new JournalException("damaged journal " + dir + ": record at index " + Long.toHexString(index) + ": "
                + JournalException.firstLine(e), e);
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException(e);
        }
    }

    private boolean accepts(final DirectBuffer buffer, final int offset, final int length)
    {
        formatter.observe(buffer, offset, length);
        final EventSchema.Message message = schema.message(EventView.templateId(buffer, offset));
        final String type = message == null ? "unknown" : message.name();
        final String symbol = message == null ? null : formatter.symbols().name(message.symbolId(buffer, offset, length));
        return filter.accepts(type, EventKind.of(buffer, offset), symbol);
    }
}
