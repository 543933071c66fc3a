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
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/** An equity curve: bar close times (epoch ns) and equity (Money), as a backtest's equity.csv holds it. */
public record EquitySeries(long[] closeTimeNs, long[] equity)
{
    /** Reads {@code time,equity} rows (ISO-8601 UTC time, exact money). */
    public static EquitySeries read(final Path file)
    {
        long[] times = new long[1024];
        long[] values = new long[1024];
        int n = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8))
        {
            String line = in.readLine();
            if (line == null || !line.strip().equals("time,equity"))
            {
                throw new IllegalArgumentException(file + ": not an equity.csv (expected the header time,equity)");
            }
            int lineNo = 1;
            while ((line = in.readLine()) != null)
            {
                lineNo++;
                if (line.isBlank())
                {
                    continue;
                }
                final int comma = line.indexOf(',');
                final long money = comma < 0 ? Decimals.INVALID
                    : Decimals.parse(line.substring(comma + 1).strip(), Scales.MONEY);
                if (money == Decimals.INVALID)
                {
                    throw new IllegalArgumentException(file + ":" + lineNo + ": expected time,equity");
                }
                final Instant t;
                try
                {
                    t = Instant.parse(line.substring(0, comma).strip());
                }
                catch (final DateTimeParseException e)
                {
                    throw new IllegalArgumentException(file + ":" + lineNo + ": bad time '" + line.substring(0, comma)
                        + "'");
                }
                if (n == times.length)
                {
                    times = Arrays.copyOf(times, n * 2);
                    values = Arrays.copyOf(values, n * 2);
                }
                times[n] = t.getEpochSecond() * 1_000_000_000L + t.getNano();
                values[n] = money;
                n++;
            }
        }
        catch (final NoSuchFileException e)
        {
            throw new IllegalArgumentException(file + ": no such file");
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return new EquitySeries(Arrays.copyOf(times, n), Arrays.copyOf(values, n));
    }

    public int size()
    {
        return equity.length;
    }
}
