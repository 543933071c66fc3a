package ringfire.journal.importer;

import ringfire.journal.JournalException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A journal directory as it was before an import, so that a failed import into a new journal leaves nothing behind. */
final class JournalDirectory
{
    private static final String QUEUE_FILE_SUFFIX = ".cq4";

    private final Path dir;
    private final boolean existed;
    private final Set<Path> entries;

    private JournalDirectory(final Path dir, final boolean existed, final Set<Path> entries)
    {
        this.dir = dir;
        this.existed = existed;
        this.entries = entries;
    }

    /** True when {@code dir} is a directory holding Chronicle queue files: a journal to append to. */
    static boolean holdsQueueFiles(final Path dir)
    {
        return Files.isDirectory(dir)
            && list(dir).stream().anyMatch(p -> p.getFileName().toString().endsWith(QUEUE_FILE_SUFFIX));
    }

    /** Remembers whether {@code dir} exists and what it holds. */
    static JournalDirectory before(final Path dir)
    {
        final boolean existed = Files.exists(dir);
        return new JournalDirectory(dir, existed, existed ? list(dir) : Set.of());
    }

    /**
     * Best effort: removes what appeared since {@link #before}, and the directory itself when it did not exist. A
     * failure here is not reported: the import already failed with its own reason.
     */
    void removeCreated()
    {
        if (!Files.exists(dir))
        {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir))
        {
            for (final Path p : walk.sorted(Comparator.reverseOrder()).toList())
            {
                if (!existed || !(p.equals(dir) || isUnderAnEntry(p)))
                {
                    Files.deleteIfExists(p);
                }
            }
        }
        catch (final IOException | RuntimeException ignored)
        {
            // leftovers are refused by name by the next import into this directory
        }
    }

    private boolean isUnderAnEntry(final Path p)
    {
        for (final Path entry : entries)
        {
            if (p.startsWith(entry))
            {
                return true;
            }
        }
        return false;
    }

    private static Set<Path> list(final Path dir)
    {
        try (Stream<Path> entries = Files.list(dir))
        {
            return entries.collect(Collectors.toSet());
        }
        catch (final IOException e)
        {
            throw new ImportException("cannot read journal directory " + dir + ": " + JournalException.firstLine(e), e);
        }
    }
}
