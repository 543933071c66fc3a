package ringfire.engine.snapshot;

import java.util.Arrays;

/** An immutable copy of equity points over event time, oldest first: times epoch ns, equity Money. */
public final class EquitySeries
{
    public static final EquitySeries EMPTY = new EquitySeries(new long[0], new long[0]);

    private final long[] timesNs;
    private final long[] equities;

    EquitySeries(final long[] timesNs, final long[] equities)
    {
        this.timesNs = timesNs;
        this.equities = equities;
    }

    /** A series of copies of the given points (same length, oldest first). */
    public static EquitySeries of(final long[] timesNs, final long[] equities)
    {
        if (timesNs.length != equities.length)
        {
            throw new IllegalArgumentException("equity series: " + timesNs.length + " times but " + equities.length
                + " values");
        }
        return new EquitySeries(timesNs.clone(), equities.clone());
    }

    public int size()
    {
        return timesNs.length;
    }

    public long timeNs(final int i)
    {
        return timesNs[i];
    }

    public long equity(final int i)
    {
        return equities[i];
    }

    @Override
    public String toString()
    {
        return "EquitySeries" + Arrays.toString(timesNs) + Arrays.toString(equities);
    }
}
