package ringfire.journal.importer;

import ringfire.journal.JournalException;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Opens a kline file, plain or gzip (told by its magic bytes, not its name), and tells JSON from CSV by content. */
final class KlineInput
{
    enum Format
    {
        CSV, JSON
    }

    static final int BUFFER_SIZE = 1 << 16;
    private static final int GZIP_MAGIC_1 = 0x1f;
    private static final int GZIP_MAGIC_2 = 0x8b;
    private static final int LOOKAHEAD = 4096;

    private KlineInput()
    {
    }

    /** Refuses a path that is missing, not a regular file or unreadable, with one line naming it. */
    static void requireReadable(final Path file)
    {
        if (!Files.exists(file))
        {
            throw new ImportException(file + ": no such file");
        }
        if (Files.isDirectory(file))
        {
            throw new ImportException(file + ": is a directory, not a kline file");
        }
        if (!Files.isReadable(file))
        {
            throw new ImportException(file + ": cannot read: permission denied");
        }
    }

    /** The file's bytes, decompressed when it starts with the gzip magic bytes; supports mark/reset. */
    static BufferedInputStream open(final Path file) throws IOException
    {
        final BufferedInputStream raw = new BufferedInputStream(Files.newInputStream(file), BUFFER_SIZE);
        try
        {
            raw.mark(2);
            final int b1 = raw.read();
            final int b2 = raw.read();
            raw.reset();
            if (b1 == GZIP_MAGIC_1 && b2 == GZIP_MAGIC_2)
            {
                return new BufferedInputStream(new GZIPInputStream(raw, BUFFER_SIZE), BUFFER_SIZE);
            }
            return raw;
        }
        catch (final IOException | RuntimeException e)
        {
            raw.close();
            throw e;
        }
    }

    /**
     * JSON when the first non-blank character is '{', else CSV. Skips a UTF-8 byte-order mark; the stream is left
     * at the start of the content.
     *
     * @throws ImportException when the file holds nothing but blanks
     */
    static Format detect(final BufferedInputStream in, final String file) throws IOException
    {
        in.mark(3);
        if (!(in.read() == 0xEF && in.read() == 0xBB && in.read() == 0xBF))
        {
            in.reset();
        }
        in.mark(LOOKAHEAD);
        try
        {
            for (int i = 0; i < LOOKAHEAD; i++)
            {
                final int b = in.read();
                if (b < 0)
                {
                    throw new ImportException(file + ": empty file");
                }
                if (b != ' ' && b != '\t' && b != '\r' && b != '\n')
                {
                    return b == '{' ? Format.JSON : Format.CSV;
                }
            }
            return Format.CSV;
        }
        finally
        {
            in.reset();
        }
    }

    /** "file: cannot read: cause" for an I/O failure (a truncated gzip file, a disk error). */
    static ImportException unreadable(final String where, final IOException e)
    {
        return new ImportException(where + ": cannot read: " + JournalException.firstLine(e), e);
    }
}
