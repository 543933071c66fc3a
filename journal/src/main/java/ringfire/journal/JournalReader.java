package ringfire.journal;

import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.bytes.MappedBytes;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.wire.DocumentContext;
import org.agrona.concurrent.UnsafeBuffer;
import ringfire.codecs.EventView;

import java.io.File;
import java.nio.file.Path;
import java.util.function.LongSupplier;

/**
 * Reads journaled events in order. Every record is checked to be a whole frame of the Ringfire schema, and a reader
 * from {@link Journal#reader()} does not stop silently at a damaged record: reaching what looks like the end while the
 * queue still indexes later records is reported as damage.
 */
public final class JournalReader implements AutoCloseable
{
    /** No Ringfire event comes near this; a longer record means a damaged length word. */
    static final int MAX_RECORD_LENGTH = 64 * 1024 * 1024;
    private static final long NONE = -1;
    private static final int EXCERPT_HEADER_LENGTH = 4;

    private final Path dir;
    private final ExcerptTailer tailer;
    private final LongSupplier lastIndex;
    private byte[] array = new byte[1024];
    private final UnsafeBuffer buffer = new UnsafeBuffer(array);
    private long lastReadIndex = NONE;
    private File lastFile;
    private long lastFileLength;
    private long lastRecordEnd;

    /** A reader that trusts the end the tailer reports (for backward or positioned tailers). */
    JournalReader(final Path dir, final ExcerptTailer tailer)
    {
        this(dir, tailer, null);
    }

    /**
     * @param lastIndex the queue's last index, checked when the forward tailer finds no further record; null to
     *                  trust the tailer
     */
    JournalReader(final Path dir, final ExcerptTailer tailer, final LongSupplier lastIndex)
    {
        this.dir = dir;
        this.tailer = tailer;
        this.lastIndex = lastIndex;
    }

    /**
     * Delivers the next record to {@code handler}.
     *
     * @return false when there is no further record
     * @throws JournalException when the queue or a record is damaged
     */
    public boolean next(final RecordHandler handler)
    {
        int length = read();
        if (length < 0)
        {
            if (!moreIndexedThanRead())
            {
                requireRoomAfterLastRecord();
                return false;
            }
            // A live writer may have completed a record since the read above: look once more before calling it damage.
            length = read();
            if (length < 0)
            {
                throw new JournalException("damaged journal " + dir + ": " + (lastReadIndex == NONE
                    ? "the first record cannot be read"
                    : "the record after index " + Long.toHexString(lastReadIndex) + " cannot be read")
                    + " although the queue indexes records up to " + Long.toHexString(lastIndexOrNone()));
            }
        }
        if (!EventView.isWellFormed(buffer, 0, length))
        {
            throw new JournalException("damaged journal " + dir + ": record at index " + Long.toHexString(lastReadIndex)
                + " is not a Ringfire event (" + length + " bytes)");
        }
        handler.onRecord(buffer, 0, length, lastReadIndex);
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

    /** Chronicle index of the record last delivered, or -1 before the first. */
    public long lastReadIndex()
    {
        return lastReadIndex;
    }

    @Override
    public void close()
    {
        tailer.close();
    }

    /** Copies the next data record into {@link #buffer}; returns its length, or -1 when the tailer has none. */
    private int read()
    {
        try
        {
            while (true)
            {
                try (DocumentContext dc = tailer.readingDocument())
                {
                    if (!dc.isPresent())
                    {
                        return -1;
                    }
                    if (dc.isMetaData())
                    {
                        continue;
                    }
                    final long index = dc.index();
                    final Bytes<?> bytes = dc.wire().bytes();
                    requireWithinFile(bytes, index);
                    final long remaining = bytes.readRemaining();
                    if (remaining > MAX_RECORD_LENGTH)
                    {
                        throw new JournalException("damaged journal " + dir + ": record at index "
                            + Long.toHexString(index) + " claims " + remaining + " bytes");
                    }
                    final int length = (int)remaining;
                    if (length > array.length)
                    {
                        array = new byte[Math.max(length, array.length * 2)];
                        buffer.wrap(array);
                    }
                    bytes.read(array, 0, length);
                    lastReadIndex = index;
                    return length;
                }
            }
        }
        catch (final Exception | InternalError | AssertionError e)
        {
            throw Journal.damaged(dir, e);
        }
    }

    /**
     * A queue file cut short reads as zeros past its end (up to the end of the page), so the record must end within
     * the file. Queue files are created much larger than their records, so the file length is rarely looked up.
     */
    private void requireWithinFile(final Bytes<?> bytes, final long index)
    {
        if (!(bytes instanceof MappedBytes mapped))
        {
            return;
        }
        final long end = bytes.readLimit();
        final File file = mapped.mappedFile().file();
        if (end > lastFileLength || file != lastFile)
        {
            lastFile = file;
            lastFileLength = file.length();
            if (end > lastFileLength)
            {
                throw new JournalException("damaged journal " + dir + ": queue file " + file.getName() + " is truncated ("
                    + lastFileLength + " bytes) inside the record at index " + Long.toHexString(index));
            }
        }
        lastRecordEnd = end;
    }

    /** A queue file that ends right after the last record read was cut at a record boundary. */
    private void requireRoomAfterLastRecord()
    {
        if (lastFile != null && lastRecordEnd + EXCERPT_HEADER_LENGTH > lastFileLength
            && lastRecordEnd + EXCERPT_HEADER_LENGTH > lastFile.length())
        {
            throw new JournalException("damaged journal " + dir + ": queue file " + lastFile.getName()
                + " is truncated (" + lastFile.length() + " bytes) after the record at index "
                + Long.toHexString(lastReadIndex));
        }
    }

    private boolean moreIndexedThanRead()
    {
        if (lastIndex == null)
        {
            return false;
        }
        final long last = lastIndexOrNone();
        return last != NONE && (lastReadIndex == NONE || last > lastReadIndex);
    }

    private long lastIndexOrNone()
    {
        try
        {
            final long last = lastIndex.getAsLong();
            return last < 0 ? NONE : last;
        }
        catch (final Exception | InternalError | AssertionError e)
        {
            throw Journal.damaged(dir, e);
        }
    }
}
