package ringfire.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * Checks a journal directory before Chronicle opens it read-only. A read-only Chronicle queue waits forever for a
 * queue file whose first header is missing or unfinished (it expects a writer to complete it), so such files are
 * refused here with a one-line reason instead.
 */
final class QueueFiles
{
    static final String SUFFIX = ".cq4";
    // Chronicle Wire header word: bit 31 = not complete, bit 30 = metadata, bits 0..29 = length.
    private static final int NOT_COMPLETE = 0x8000_0000;
    private static final int META_DATA = 0x4000_0000;
    private static final int LENGTH_MASK = 0x3FFF_FFFF;
    private static final int HEADER_LENGTH = 4;

    private QueueFiles()
    {
    }

    /** The directory exists, is a directory and holds at least one queue file; returns them sorted by name. */
    static List<Path> requireJournal(final Path dir)
    {
        if (!Files.exists(dir))
        {
            throw new JournalException("not a journal: " + dir + " does not exist");
        }
        if (!Files.isDirectory(dir))
        {
            throw new JournalException("not a journal: " + dir + " is a file, not a journal directory");
        }
        final List<Path> files;
        try (Stream<Path> list = Files.list(dir))
        {
            files = list.filter(p -> p.getFileName().toString().endsWith(SUFFIX) && Files.isRegularFile(p))
                .sorted()
                .toList();
        }
        catch (final IOException | RuntimeException e)
        {
            throw new JournalException("cannot read " + dir + ": " + JournalException.firstLine(e), e);
        }
        if (files.isEmpty())
        {
            throw new JournalException("not a journal: " + dir + " holds no " + SUFFIX + " queue files");
        }
        return files;
    }

    /** {@link #requireJournal(Path)}, and every queue file starts with a complete Chronicle store header. */
    static void requireReadable(final Path dir)
    {
        for (final Path file : requireJournal(dir))
        {
            checkHeader(dir, file);
        }
    }

    private static void checkHeader(final Path dir, final Path file)
    {
        final long size;
        final int header;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ))
        {
            size = channel.size();
            final ByteBuffer bytes = ByteBuffer.allocate(HEADER_LENGTH).order(ByteOrder.LITTLE_ENDIAN);
            while (bytes.hasRemaining() && channel.read(bytes) >= 0)
            {
                // read the header word
            }
            header = bytes.hasRemaining() ? 0 : bytes.getInt(0);
        }
        catch (final IOException | RuntimeException e)
        {
            throw new JournalException("cannot read journal " + dir + ": " + file.getFileName() + ": "
                + JournalException.firstLine(e), e);
        }
        final long length = header & LENGTH_MASK;
        if (size < HEADER_LENGTH)
        {
            throw new JournalException("damaged journal " + dir + ": queue file " + file.getFileName() + " is empty ("
                + size + " bytes)");
        }
        if ((header & NOT_COMPLETE) != 0 || (header & META_DATA) == 0 || length == 0 || HEADER_LENGTH + length > size)
        {
            throw new JournalException("damaged journal " + dir + ": queue file " + file.getFileName()
                + " does not start with a complete queue header (0x" + Integer.toHexString(header) + ")");
        }
    }
}
