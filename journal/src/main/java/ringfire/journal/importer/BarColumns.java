package ringfire.journal.importer;

import java.util.Arrays;

/**
 * Bars held in memory column by column (seven longs a bar: a year of 1m bars is about 30 MB), filled as a
 * {@link BarSink}. The arrays are public for tight loops; only the first {@link #size} entries are bars.
 */
public final class BarColumns implements BarSink
{
    public long[] openTimeMs = new long[1024];
    public long[] open = new long[1024];
    public long[] high = new long[1024];
    public long[] low = new long[1024];
    public long[] close = new long[1024];
    public long[] volume = new long[1024];
    public long[] turnover = new long[1024];
    public int size;

    @Override
    public void onBar(final long openTime, final long o, final long h, final long l, final long c, final long v,
        final long t)
    {
        if (size == openTimeMs.length)
        {
            resize(size * 2);
        }
        openTimeMs[size] = openTime;
        open[size] = o;
        high[size] = h;
        low[size] = l;
        close[size] = c;
        volume[size] = v;
        turnover[size] = t;
        size++;
    }

    /** Drops the spare capacity. */
    public void trim()
    {
        resize(size);
    }

    /** Hands every bar to {@code sink}, in order. */
    public void replay(final BarSink sink)
    {
        for (int i = 0; i < size; i++)
        {
            sink.onBar(openTimeMs[i], open[i], high[i], low[i], close[i], volume[i], turnover[i]);
        }
    }

    private void resize(final int n)
    {
        openTimeMs = Arrays.copyOf(openTimeMs, n);
        open = Arrays.copyOf(open, n);
        high = Arrays.copyOf(high, n);
        low = Arrays.copyOf(low, n);
        close = Arrays.copyOf(close, n);
        volume = Arrays.copyOf(volume, n);
        turnover = Arrays.copyOf(turnover, n);
    }
}
