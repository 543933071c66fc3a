package ringfire.journal.testing;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

/** Damages Chronicle queue files the way crashes, disks and careless copies do, for error-path tests. */
public final class QueueFileDamage
{
    /** Size of the Chronicle header word in front of every excerpt. */
    public static final int EXCERPT_HEADER_LENGTH = 4;
    private static final int SCAN_LIMIT = 16 * 1024 * 1024;

    private QueueFileDamage()
    {
    }

    /** The journal's {@code .cq4} queue files, sorted by name (that is, by cycle). */
    public static List<Path> queueFiles(final Path dir)
    {
        try (Stream<Path> files = Files.list(dir))
        {
            return files.filter(p -> p.getFileName().toString().endsWith(".cq4")).sorted().toList();
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException(e);
        }
    }

    public static Path firstQueueFile(final Path dir)
    {
        return queueFiles(dir).get(0);
    }

    /** Position of the first occurrence of the ASCII {@code marker} in the file's first 16 MiB, or -1. */
    public static long find(final Path file, final String marker)
    {
        final byte[] needle = marker.getBytes(StandardCharsets.US_ASCII);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ))
        {
            final int size = (int)Math.min(channel.size(), SCAN_LIMIT);
            final ByteBuffer bytes = ByteBuffer.allocate(size);
            while (bytes.hasRemaining() && channel.read(bytes) >= 0)
            {
                // fill
            }
            outer:
            for (int i = 0; i + needle.length <= size; i++)
            {
                for (int j = 0; j < needle.length; j++)
                {
                    if (bytes.get(i + j) != needle[j])
                    {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException(e);
        }
    }

    /** Position of the excerpt header of the record whose payload holds {@code marker} at {@code payloadOffset}. */
    public static long excerptHeaderOf(final Path file, final String marker, final int payloadOffset)
    {
        final long at = find(file, marker);
        if (at < 0)
        {
            throw new IllegalStateException("'" + marker + "' not found in " + file);
        }
        return at - payloadOffset - EXCERPT_HEADER_LENGTH;
    }

    public static void overwrite(final Path file, final long position, final byte[] bytes)
    {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw"))
        {
            f.seek(position);
            f.write(bytes);
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException(e);
        }
    }

    public static void putIntLittleEndian(final Path file, final long position, final int value)
    {
        overwrite(file, position, new byte[] {(byte)value, (byte)(value >>> 8), (byte)(value >>> 16), (byte)(value >>> 24)});
    }

    public static void truncate(final Path file, final long size)
    {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw"))
        {
            f.setLength(size);
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException(e);
        }
    }
}
