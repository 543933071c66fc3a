package ringfire.journal;

import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.wire.DocumentContext;
import org.agrona.DirectBuffer;

/** Appends encoded events, one excerpt each. Thread-confined; allocation-free in steady state. */
public final class JournalWriter implements AutoCloseable
{
    private final ExcerptAppender appender;

    JournalWriter(final ExcerptAppender appender)
    {
        this.appender = appender;
    }

    public void append(final DirectBuffer buffer, final int offset, final int length)
    {
        try (DocumentContext dc = appender.writingDocument())
        {
            final Bytes<?> bytes = dc.wire().bytes();
            final byte[] array = buffer.byteArray();
            if (array != null)
            {
                bytes.write(array, buffer.wrapAdjustment() + offset, length);
            }
            else
            {
                for (int i = 0; i < length; i++)
                {
                    bytes.writeByte(buffer.getByte(offset + i));
                }
            }
        }
    }

    /** Chronicle index of the last excerpt this writer appended. */
    public long lastIndexAppended()
    {
        return appender.lastIndexAppended();
    }

    @Override
    public void close()
    {
        appender.close();
    }
}
