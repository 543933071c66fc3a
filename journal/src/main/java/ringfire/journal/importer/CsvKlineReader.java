package ringfire.journal.importer;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a kline CSV: the header {@value #COLUMNS} (optionally {@code ,turnover}), then one bar per line. Streams the
 * bytes through reused buffers; fields are parsed in place. Empty lines are ignored; CRLF line ends are accepted.
 */
final class CsvKlineReader
{
    static final String COLUMNS = "open_time_ms,open,high,low,close,volume";
    static final String COLUMNS_WITH_TURNOVER = COLUMNS + ",turnover";
    static final int MAX_LINE_LENGTH = 1 << 20;
    private static final int MAX_FIELDS = 7;
    private static final int MAX_QUOTED_HEADER = 80;

    private final byte[] chunk = new byte[KlineInput.BUFFER_SIZE];
    private final CharSlice[] fields = new CharSlice[MAX_FIELDS];
    private char[] line = new char[256];
    private int chunkPosition;
    private int chunkLimit;
    private long lineNumber;

    CsvKlineReader()
    {
        for (int i = 0; i < MAX_FIELDS; i++)
        {
            fields[i] = new CharSlice();
        }
    }

    void read(final String file, final InputStream in, final KlineReadSession session)
    {
        chunkPosition = 0;
        chunkLimit = 0;
        lineNumber = 0;
        try
        {
            final int columns = readHeader(file, in);
            final String header = columns == MAX_FIELDS ? COLUMNS_WITH_TURNOVER : COLUMNS;
            long rows = 0;
            int length;
            while ((length = readLine(file, in)) >= 0)
            {
                if (length == 0)
                {
                    continue;
                }
                rows++;
                final int found = split(length);
                if (found != columns)
                {
                    session.badRow(file, false, lineNumber, "expected " + columns + " columns (" + header + "), found "
                        + found);
                    continue;
                }
                session.csvRow(file, lineNumber, fields[0], fields[1], fields[2], fields[3], fields[4], fields[5],
                    columns == MAX_FIELDS ? fields[6] : null);
            }
            if (rows == 0)
            {
                throw new ImportException(file + ": no rows after the CSV header");
            }
        }
        catch (final IOException e)
        {
            throw KlineInput.unreadable(file + ":" + (lineNumber + 1), e);
        }
    }

    private int readHeader(final String file, final InputStream in) throws IOException
    {
        int length;
        do
        {
            length = readLine(file, in);
        }
        while (length == 0);
        final String header = length < 0 ? "" : new String(line, 0, Math.min(length, 200));
        if (header.equals(COLUMNS))
        {
            return MAX_FIELDS - 1;
        }
        if (header.equals(COLUMNS_WITH_TURNOVER))
        {
            return MAX_FIELDS;
        }
        throw new ImportException(file + ":" + lineNumber + ": not a kline file: expected a Bybit kline JSON object or "
            + "the CSV header " + COLUMNS + "[,turnover], found " + FieldProblems.quote(header, MAX_QUOTED_HEADER));
    }

    /** Splits the line at commas into {@link #fields}; returns how many fields the line has. */
    private int split(final int length)
    {
        int count = 0;
        int start = 0;
        for (int i = 0; i <= length; i++)
        {
            if (i == length || line[i] == ',')
            {
                if (count < MAX_FIELDS)
                {
                    fields[count].wrap(line, start, i - start);
                }
                count++;
                start = i + 1;
            }
        }
        return count;
    }

    /** Reads the next line into {@link #line} (bytes as Latin-1 chars, without CR/LF); its length, or -1 at the end. */
    private int readLine(final String file, final InputStream in) throws IOException
    {
        int length = 0;
        boolean any = false;
        while (true)
        {
            if (chunkPosition == chunkLimit)
            {
                chunkLimit = in.read(chunk, 0, chunk.length);
                chunkPosition = 0;
                if (chunkLimit <= 0)
                {
                    chunkLimit = 0;
                    if (!any)
                    {
                        return -1;
                    }
                    break;
                }
            }
            any = true;
            final byte b = chunk[chunkPosition++];
            if (b == '\n')
            {
                break;
            }
            if (length == line.length)
            {
                if (length >= MAX_LINE_LENGTH)
                {
                    throw new ImportException(file + ":" + (lineNumber + 1) + ": line longer than " + MAX_LINE_LENGTH
                        + " characters: not a kline CSV");
                }
                line = Arrays.copyOf(line, length * 2);
            }
            line[length++] = (char)(b & 0xFF);
        }
        lineNumber++;
        return length > 0 && line[length - 1] == '\r' ? length - 1 : length;
    }
}
