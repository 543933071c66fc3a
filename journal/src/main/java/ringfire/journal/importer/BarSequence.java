package ringfire.journal.importer;

import java.time.Instant;

/**
 * Time order of the bars of one read, across all its files: a bar must open after the one before it (a repeat is a
 * duplicate, an earlier time goes back); missing bars in between are gaps, recorded but not errors.
 */
final class BarSequence
{
    private final long intervalMs;
    private final BarSink sink;
    private final KlineStats stats;
    private long previousMs = KlineStats.NONE;
    private String previousFile;
    private boolean previousJson;
    private long previousRow;
    private String journalLabel;

    BarSequence(final long intervalMs, final BarSink sink, final KlineStats stats)
    {
        this.intervalMs = intervalMs;
        this.sink = sink;
        this.stats = stats;
    }

    /** The first bar must open after {@code lastOpenTimeMs}: the journal's last bar of this symbol and interval. */
    void startAfter(final long lastOpenTimeMs, final String label)
    {
        previousMs = lastOpenTimeMs;
        previousFile = null;
        journalLabel = label;
    }

    /** Delivers the bar and returns null, or returns why it is out of order. */
    String accept(
        final String file,
        final boolean json,
        final long row,
        final long openTimeMs,
        final long open,
        final long high,
        final long low,
        final long close,
        final long volume,
        final long turnover)
    {
        if (previousMs != KlineStats.NONE)
        {
            if (openTimeMs <= previousMs)
            {
                return orderProblem(openTimeMs);
            }
            if (openTimeMs - previousMs > intervalMs)
            {
                stats.gap(previousMs + intervalMs, openTimeMs, (openTimeMs - previousMs) / intervalMs - 1,
                    KlineReadSession.where(file, json, row));
            }
        }
        sink.onBar(openTimeMs, open, high, low, close, volume, turnover);
        stats.bar(openTimeMs);
        previousMs = openTimeMs;
        previousFile = file;
        previousJson = json;
        previousRow = row;
        return null;
    }

    private String orderProblem(final long openTimeMs)
    {
        final Instant time = Instant.ofEpochMilli(openTimeMs);
        if (previousFile == null)
        {
            return "open time " + time + " is not after the last " + journalLabel + " bar already in the journal ("
                + Instant.ofEpochMilli(previousMs) + ")";
        }
        final String previous = KlineReadSession.where(previousFile, previousJson, previousRow);
        if (openTimeMs == previousMs)
        {
            return "duplicate bar: open time " + time + " is also at " + previous;
        }
        return "open time " + time + " goes back in time: the bar before it (" + previous + ") opened at "
            + Instant.ofEpochMilli(previousMs);
    }
}
