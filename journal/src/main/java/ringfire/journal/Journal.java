package ringfire.journal;

import net.openhft.chronicle.queue.TailerDirection;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueueBuilder;
import org.agrona.concurrent.EpochClock;
import org.agrona.concurrent.SystemEpochClock;
import ringfire.codecs.EventView;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

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

    /** Opens an existing journal read-only; a path that is not a journal is refused with a one-line reason. */
    public static Journal openForReading(final Path dir)
    {
        requireJournal(dir);
        try
        {
            final SingleChronicleQueue queue = SingleChronicleQueueBuilder.binary(dir).readOnly(true).build();
            return new Journal(dir, queue, null);
        }
        catch (final RuntimeException e)
        {
            throw new JournalException("damaged journal " + dir + ": " + JournalException.firstLine(e), e);
        }
    }

    static void requireJournal(final Path dir)
    {
        if (!Files.exists(dir))
        {
            throw new JournalException("not a journal: " + dir + " does not exist");
        }
        if (!Files.isDirectory(dir))
        {
            throw new JournalException("not a journal: " + dir + " is a file, not a journal directory");
        }
        try (Stream<Path> files = Files.list(dir))
        {
            if (files.noneMatch(p -> p.getFileName().toString().endsWith(".cq4")))
            {
                throw new JournalException("not a journal: " + dir + " holds no .cq4 queue files");
            }
        }
        catch (final IOException e)
        {
            throw new JournalException("cannot read " + dir + ": " + JournalException.firstLine(e));
        }
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

    public JournalReader reader()
    {
        return new JournalReader(dir, queue.createTailer());
    }

    public long lastIndex()
    {
        return queue.lastIndex();
    }

    /** Sequence number in the header of the last record, or -1 when the journal is empty. */
    public long lastSequence()
    {
        final long[] last = {-1};
        try (JournalReader reader = new JournalReader(dir,
            queue.createTailer().direction(TailerDirection.BACKWARD).toEnd()))
        {
            reader.next((buffer, offset, length, index) -> last[0] = EventView.sequence(buffer, offset));
        }
        return last[0];
    }

    @Override
    public void close()
    {
        queue.close();
        if (markFile != null)
        {
            markFile.close();
        }
    }
}
