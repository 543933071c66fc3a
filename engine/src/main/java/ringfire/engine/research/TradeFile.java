package ringfire.engine.research;

import ringfire.codecs.Decimals;
import ringfire.codecs.Scales;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/** The P&amp;L column of a trades.csv (a backtest's, or any CSV with a {@code pnl} column of USDT amounts). */
public final class TradeFile
{
    private TradeFile()
    {
    }

    /**
     * The trades' P&amp;L in file order (Money, exact to 8 decimals).
     *
     * @throws IllegalArgumentException naming the file (and line) when it is missing, has no pnl column, or a pnl
     *                                  is not a number with at most 8 decimals
     */
    public static long[] readPnl(final Path file)
    {
        if (Files.isDirectory(file))
        {
            throw new IllegalArgumentException(file + ": is a directory; give a trades.csv");
        }
        long[] pnl = new long[256];
        int n = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8))
        {
            final String header = in.readLine();
            final int column = header == null ? -1 : Arrays.asList(header.strip().split(",", -1)).indexOf("pnl");
            if (column < 0)
            {
                throw new IllegalArgumentException(file + ": not a trades file (no pnl column in the header)");
            }
            String line;
            int lineNo = 1;
            while ((line = in.readLine()) != null)
            {
                lineNo++;
                if (line.isBlank())
                {
                    continue;
                }
                final String[] fields = line.split(",", -1);
                final long value = column < fields.length
                    ? Decimals.parse(fields[column].strip(), Scales.MONEY) : Decimals.INVALID;
                if (value == Decimals.INVALID)
                {
                    throw new IllegalArgumentException(file + ":" + lineNo + ": pnl "
                        + (column < fields.length ? "'" + fields[column] + "'" : "missing")
                        + " is not a number with at most " + Scales.MONEY + " decimals");
                }
                if (n == pnl.length)
                {
                    pnl = Arrays.copyOf(pnl, n * 2);
                }
                pnl[n++] = value;
            }
        }
        catch (final NoSuchFileException e)
        {
            throw new IllegalArgumentException(file + ": no such file");
        }
        catch (final java.nio.charset.MalformedInputException e)
        {
            throw new IllegalArgumentException(file + ": not a text file");
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return Arrays.copyOf(pnl, n);
    }
}
