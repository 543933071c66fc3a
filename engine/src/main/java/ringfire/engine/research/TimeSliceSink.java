package ringfire.engine.research;

import ringfire.journal.importer.BarSink;

/** Passes on only the bars whose open time is in [from, to), counting them. */
public final class TimeSliceSink implements BarSink
{
    private final long fromMs;
    private final long toMs;
    private final BarSink next;
    private long bars;

    public TimeSliceSink(final long fromMs, final long toMs, final BarSink next)
    {
        this.fromMs = fromMs;
        this.toMs = toMs;
        this.next = next;
    }

    @Override
    public void onBar(final long openTimeMs, final long open, final long high, final long low, final long close,
        final long volume, final long turnover)
    {
        if (openTimeMs >= fromMs && openTimeMs < toMs)
        {
            bars++;
            next.onBar(openTimeMs, open, high, low, close, volume, turnover);
        }
    }

    public long bars()
    {
        return bars;
    }
}
