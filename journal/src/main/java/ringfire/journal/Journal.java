package ringfire.journal;

import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.TailerDirection;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueueBuilder;
import org.agrona.concurrent.EpochClock;
import org.agrona.concurrent.SystemEpochClock;
import ringfire.codecs.EventView;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A journal directory: a Chronicle Queue of SBE-encoded events, one event per excerpt. Writers hold the
 * directory's {@link MarkFile}, so a second engine cannot write the same journal.
 */
public final class Journal implements AutoCloseable
{
    private final Path dir;
    private final SingleChronicleQueue queue;
    private final MarkFile markFile;

    private Journal(final Path dir, final SingleChronicleQueue queue, final MarkFile markFile)
    {
        this.dir = dir;
        this.queue = queue;
        this.markFile = markFile;
    }

    /** Opens (creating if needed) a journal to append to; refused when another live engine writes it. */
    public static Journal openForWriting(final Path dir, final JournalOptions options)
    {
        return openForWriting(dir, options, SystemEpochClock.INSTANCE);
    }

    public static Journal openForWriting(final Path dir, final JournalOptions options, final EpochClock clock)
    {
        try
        {
            if (Files.exists(dir) && !Files.isDirectory(dir))
            {
                throw new JournalException("cannot write journal " + dir + ": it is a file, not a directory");
            }
            Files.createDirectories(dir);
        }
        catch (final IOException e)
        {
            throw new JournalException("cannot create journal directory " + dir + ": " + JournalException.firstLine(e));
        }
        final MarkFile mark = MarkFile.acquire(dir, clock, options.markTimeoutMs());
        try
        {
            final SingleChronicleQueue queue = SingleChronicleQueueBuilder.binary(dir)
                .rollCycle(options.rollCycle())
                .timeProvider(options.timeProvider())
                .build();
            return new Journal(dir, queue, mark);
        }
        catch (final RuntimeException e)
        {
            mark.close();
            throw new JournalException("cannot open journal " + dir + ": " + JournalException.firstLine(e), e);
        }
    }

    /**
     * Opens an existing journal read-only; a path that is not a journal, or whose queue files are damaged, is refused
     * with a one-line reason naming the path.
     */
    public static Journal openForReading(final Path dir)
    {
        QueueFiles.requireReadable(dir);
        try
        {
            final SingleChronicleQueue queue = SingleChronicleQueueBuilder.binary(dir).readOnly(true).build();
            return new Journal(dir, queue, null);
        }
        catch (final Exception | InternalError | AssertionError e)
        {
            throw damaged(dir, e);
        }
    }

    static void requireJournal(final Path dir)
    {
        QueueFiles.requireJournal(dir);
    }

    /** A one-line report of a failure inside Chronicle while reading {@code dir}. */
    static JournalException damaged(final Path dir, final Throwable e)
    {
        if (e instanceof JournalException je)
        {
            return je;
        }
        final String reason;
        if (e instanceof InternalError)
        {
            reason = "a queue file is shorter than its records (" + JournalException.firstLine(e) + ")";
        }
        else if (e instanceof AssertionError)
        {
            final StackTraceElement[] trace = e.getStackTrace();
            final String where = trace.length == 0 ? "Chronicle" : simpleName(trace[0].getClassName()) + "."
                + trace[0].getMethodName();
            reason = "a queue file is inconsistent (assertion failed in " + where
                + (e.getMessage() == null ? "" : ": " + JournalException.firstLine(e)) + ")";
        }
        else
        {
            reason = JournalException.firstLine(e);
        }
        return new JournalException("damaged journal " + dir + ": " + reason, e);
    }

    private static String simpleName(final String className)
    {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    public Path dir()
    {
        return dir;
    }

    /** A new appender; use it from one thread only. */
    public JournalWriter writer()
    {
        return new JournalWriter(queue.createAppender());
    }

    /**
     * A reader from the first record; use it from one thread only. When it finds no further record while the queue
     * says there is one, the journal is damaged and it throws rather than stopping early.
     */
    public JournalReader reader()
    {
        try
        {
            return new JournalReader(dir, queue.createTailer(), queue::lastIndex);
        }
        catch (final Exception | InternalError | AssertionError e)
        {
            throw damaged(dir, e);
        }
    }

    /** Chronicle index of the last record, or -1 when the journal is empty. */
    public long lastIndex()
    {
        try
        {
            return queue.lastIndex();
        }
        catch (final Exception | InternalError | AssertionError e)
        {
            throw damaged(dir, e);
        }
    }

    /** Sequence number in the header of the last record, or -1 when the journal is empty. */
    public long lastSequence()
    {
        final long[] last = {-1};
        final ExcerptTailer tailer;
        try
        {
            tailer = queue.createTailer().direction(TailerDirection.BACKWARD).toEnd();
        }
        catch (final Exception | InternalError | AssertionError e)
        {
            throw damaged(dir, e);
        }
        try (JournalReader reader = new JournalReader(dir, tailer))
        {
            reader.next((buffer, offset, length, index) -> last[0] = EventView.sequence(buffer, offset));
        }
        return last[0];
    }

    @Override
    public void close()
    {
        try
        {
            queue.close();
        }
        catch (final RuntimeException e)
        {
            if (markFile != null)
            {
                throw e;
            }
            // Closing a damaged read-only queue can fail again; there is nothing left to release or report.
        }
        finally
        {
            if (markFile != null)
            {
                markFile.close();
            }
        }
    }
}
