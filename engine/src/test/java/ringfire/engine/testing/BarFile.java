package ringfire.engine.testing;

import ringfire.engine.market.InstrumentSpec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Real Bybit 1m candles from test resources ({@code open_time_ms,open,high,low,close,volume}). */
public record BarFile(InstrumentSpec instrument, List<String[]> rows)
{
    public static BarFile load(final InstrumentSpec instrument)
    {
        final String resource = "/bars/" + instrument.name() + "-1m-2025-06-01.csv";
        try (InputStream in = BarFile.class.getResourceAsStream(resource))
        {
            if (in == null)
            {
                throw new IllegalStateException("missing test resource " + resource);
            }
            final BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            final List<String[]> rows = new ArrayList<>();
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine())
            {
                rows.add(line.split(","));
            }
            return new BarFile(instrument, rows);
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException(e);
        }
    }

    public long openTimeMs(final int i)
    {
        return Long.parseLong(rows.get(i)[0]);
    }

    public long publish(final Inputs inputs, final int i)
    {
        final String[] r = rows.get(i);
        return inputs.bar(instrument, Long.parseLong(r[0]), 60, r[1], r[2], r[3], r[4], r[5]);
    }

    public int size()
    {
        return rows.size();
    }
}
