package ringfire.journal;

import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.wire.DocumentContext;
import org.agrona.concurrent.UnsafeBuffer;
import ringfire.codecs.EventView;

import java.nio.file.Path;

/** Reads journaled events in order. Every record is checked to be a whole frame of the Ringfire schema. */
public final class JournalReader implements AutoCloseable
{
    private final Path dir;
    private final ExcerptTailer tailer;
    private byte[] array = new byte[1024];
    private final UnsafeBuffer buffer = new UnsafeBuffer(array);

    JournalReader(final Path dir, final ExcerptTailer tailer)
    {
        this.dir = dir;
        this.tailer = tailer;
    }

    /**
     * Delivers the next record to {@code handler}.
     *
     * @return false when there is no further record
     * @throws JournalException when the queue or a record is damaged
     */
    public boolean next(final RecordHandler handler)
    {
        final long index;
        final int length;
        try (DocumentContext dc = tailer.readingDocument())
        {
            if (!dc.isPresent())
            {
                return false;
            }
            if (dc.isMetaData())
            {
                return true;
            }
            index = dc.index();
            final Bytes<?> bytes = dc.wire().bytes();
            length = (int)bytes.readRemaining();
            if (length > array.length)
            {
                array = new byte[Math.max(length, array.length * 2)];
                buffer.wrap(array);
            }
            bytes.read(array, 0, length);
        }
        catch (final JournalException e)
        {
            throw e;
        }
        catch (final RuntimeException e)
        {
            throw new JournalException("damaged journal " + dir + ": " + JournalException.firstLine(e), e);
        }
        if (!EventView.isWellFormed(buffer, 0, length))
        {
            throw new JournalException("damaged journal " + dir + ": record at index " + Long.toHexString(index)
                + " is not a Ringfire event (" + length + " bytes)");
        }
        handler.onRecord(buffer, 0, length, index);
        return true;
    }

    /** Reads every remaining record; returns how many. */
    public long forEach(final RecordHandler handler)
    {
        long n = 0;
        while (next(handler))
        {
            n++;
        }
        return n;
    }

    @Override
    public void close()
    {
        tailer.close();
    }
}
