package ringfire.journal.importer;

import java.util.Arrays;

/** Bars of one file held as primitives, with the row each came from: a Bybit list arrives newest first. */
final class BarList
{
    private static final int STRIDE = 8;

    private long[] values = new long[STRIDE * 256];
    private int size;

    void clear()
    {
        size = 0;
    }

    int size()
    {
        return size;
    }

    void add(final long row, final RowChecker bar)
    {
        final int at = size * STRIDE;
        if (at + STRIDE > values.length)
        {
            values = Arrays.copyOf(values, values.length * 2);
        }
        values[at] = row;
        values[at + 1] = bar.openTimeMs;
        values[at + 2] = bar.open;
        values[at + 3] = bar.high;
        values[at + 4] = bar.low;
        values[at + 5] = bar.close;
        values[at + 6] = bar.volume;
        values[at + 7] = bar.turnover;
        size++;
    }

    long row(final int i)
    {
        return values[i * STRIDE];
    }

    long openTimeMs(final int i)
    {
        return values[i * STRIDE + 1];
    }

    long open(final int i)
    {
        return values[i * STRIDE + 2];
    }

    long high(final int i)
    {
        return values[i * STRIDE + 3];
    }

    long low(final int i)
    {
        return values[i * STRIDE + 4];
    }

    long close(final int i)
    {
        return values[i * STRIDE + 5];
    }

    long volume(final int i)
    {
        return values[i * STRIDE + 6];
    }

    long turnover(final int i)
    {
        return values[i * STRIDE + 7];
    }
}
