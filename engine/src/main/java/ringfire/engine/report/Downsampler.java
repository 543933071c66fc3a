package ringfire.engine.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Streaming, deterministic downsampling of a time series for charts (M4). A series of at most {@code maxPoints}
 * points is kept whole. A longer one is cut into at most {@code maxPoints / 4} buckets of equal point counts (a
 * power of two), and each bucket keeps its first, lowest, highest and last point, so peaks, troughs and the end of
 * the series survive; when the buckets run out, neighbours merge in pairs and the bucket size doubles. At most
 * {@code maxPoints} points come out, in time order.
 */
final class Downsampler
{
    /** One kept point. */
    record Point(long timeNs, double value)
    {
    }

    private final int maxPoints;
    private final long[] rawTimes;
    private final double[] rawValues;
    private final int maxBuckets;
    private final long[] index;   // 4 per bucket: first, min, max, last (point numbers)
    private final long[] times;
    private final double[] values;
    private int buckets;
    private long bucketSize = 1;
    private long count;
    private int raw;

    Downsampler(final int maxPoints)
    {
        if (maxPoints < 8)
        {
            throw new IllegalArgumentException("maxPoints must be at least 8: " + maxPoints);
        }
        this.maxPoints = maxPoints;
        this.rawTimes = new long[maxPoints];
        this.rawValues = new double[maxPoints];
        this.maxBuckets = maxPoints / 4 / 2 * 2;
        this.index = new long[maxBuckets * 4];
        this.times = new long[maxBuckets * 4];
        this.values = new double[maxBuckets * 4];
    }

    void add(final long timeNs, final double value)
    {
        if (raw < maxPoints && count == raw)
        {
            rawTimes[raw] = timeNs;
            rawValues[raw] = value;
            raw++;
            count++;
            return;
        }
        if (count == raw)
        {
            count = 0;
            for (int i = 0; i < raw; i++)
            {
                addToBucket(rawTimes[i], rawValues[i]);
            }
        }
        addToBucket(timeNs, value);
    }

    private void addToBucket(final long timeNs, final double value)
    {
        long b = count / bucketSize;
        if (b == buckets && buckets == maxBuckets)
        {
            mergePairs();
            b = count / bucketSize;
        }
        final int base = (int)b * 4;
        if (b == buckets)
        {
            buckets++;
            for (int k = 0; k < 4; k++)
            {
                set(base + k, count, timeNs, value);
            }
        }
        else
        {
            if (value < values[base + 1])
            {
                set(base + 1, count, timeNs, value);
            }
            if (value > values[base + 2])
            {
                set(base + 2, count, timeNs, value);
            }
            set(base + 3, count, timeNs, value);
        }
        count++;
    }

    /** The kept points, in time order, without repeats. */
    List<Point> points()
    {
        if (count == raw)
        {
            final List<Point> whole = new ArrayList<>(raw);
            for (int i = 0; i < raw; i++)
            {
                whole.add(new Point(rawTimes[i], rawValues[i]));
            }
            return whole;
        }
        final List<Point> out = new ArrayList<>(buckets * 4);
        long last = -1;
        for (int b = 0; b < buckets; b++)
        {
            final int base = b * 4;
            // first <= min, max <= last by point number; emit min and max in the order they occurred
            final int lo = index[base + 1] <= index[base + 2] ? base + 1 : base + 2;
            final int hi = lo == base + 1 ? base + 2 : base + 1;
            for (final int k : new int[] {base, lo, hi, base + 3})
            {
                if (index[k] != last)
                {
                    out.add(new Point(times[k], values[k]));
                    last = index[k];
                }
            }
        }
        return out;
    }

    private void mergePairs()
    {
        for (int b = 0; b < buckets / 2; b++)
        {
            final int to = b * 4;
            final int a = 2 * b * 4;
            final int c = a + 4;
            copy(a, to);
            copy(values[c + 1] < values[a + 1] ? c + 1 : a + 1, to + 1);
            copy(values[c + 2] > values[a + 2] ? c + 2 : a + 2, to + 2);
            copy(c + 3, to + 3);
        }
        buckets /= 2;
        bucketSize *= 2;
    }

    private void copy(final int from, final int to)
    {
        set(to, index[from], times[from], values[from]);
    }

    private void set(final int k, final long i, final long t, final double v)
    {
        index[k] = i;
        times[k] = t;
        values[k] = v;
    }
}
