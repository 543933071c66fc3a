package ringfire.journal.importer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What reading kline files found: rows, bars delivered, rows skipped (first reasons), gaps and the time range. */
public final class KlineStats
{
    /** Skip reasons kept; later ones are only counted. */
    public static final int MAX_SKIP_REASONS = 20;
    /** Gaps listed; later ones are only counted. */
    public static final int MAX_GAPS_LISTED = 1_000;
    /** First/last open time before any bar. */
    public static final long NONE = Long.MIN_VALUE;

    private final List<String> skipReasons = new ArrayList<>();
    private final List<Gap> gaps = new ArrayList<>();
    private long rowsRead;
    private long bars;
    private long rowsSkipped;
    private long gapCount;
    private long missingBars;
    private long firstOpenTimeMs = NONE;
    private long lastOpenTimeMs = NONE;

    KlineStats()
    {
    }

    /** Data rows read: CSV lines after the header (blank lines aside) or elements of a Bybit result.list. */
    public long rowsRead()
    {
        return rowsRead;
    }

    /** Bars that passed every check and reached the sink. */
    public long bars()
    {
        return bars;
    }

    public long rowsSkipped()
    {
        return rowsSkipped;
    }

    /** The first {@value #MAX_SKIP_REASONS} skipped rows, each "file:line: problem". */
    public List<String> skipReasons()
    {
        return Collections.unmodifiableList(skipReasons);
    }

    /** The first {@value #MAX_GAPS_LISTED} gaps, in time order. */
    public List<Gap> gaps()
    {
        return Collections.unmodifiableList(gaps);
    }

    public long gapCount()
    {
        return gapCount;
    }

    /** Bars missing in all gaps together. */
    public long missingBars()
    {
        return missingBars;
    }

    /** Open time of the first bar, or {@link #NONE}. */
    public long firstOpenTimeMs()
    {
        return firstOpenTimeMs;
    }

    /** Open time of the last bar, or {@link #NONE}. */
    public long lastOpenTimeMs()
    {
        return lastOpenTimeMs;
    }

    /** Appends the lines describing what was read (rows, time range, gaps, skipped rows) to {@code out}. */
    public StringBuilder describeTo(final StringBuilder out)
    {
        out.append("rows read: ").append(rowsRead).append(", bars: ").append(bars)
            .append(", rows skipped: ").append(rowsSkipped).append('\n');
        if (bars > 0)
        {
            out.append("open times: ").append(Instant.ofEpochMilli(firstOpenTimeMs)).append(" .. ")
                .append(Instant.ofEpochMilli(lastOpenTimeMs)).append('\n');
        }
        if (gapCount == 0)
        {
            out.append("gaps: none\n");
        }
        else
        {
            out.append("gaps: ").append(gapCount).append(" (").append(missingBars)
                .append(missingBars == 1 ? " missing bar)\n" : " missing bars)\n");
            for (final Gap gap : gaps)
            {
                out.append("  ").append(gap).append('\n');
            }
            if (gapCount > gaps.size())
            {
                out.append("  ... and ").append(gapCount - gaps.size()).append(" more\n");
            }
        }
        if (rowsSkipped > 0)
        {
            out.append("skipped rows").append(rowsSkipped > skipReasons.size()
                ? " (first " + skipReasons.size() + " of " + rowsSkipped + ")" : "").append(":\n");
            for (final String reason : skipReasons)
            {
                out.append("  ").append(reason).append('\n');
            }
        }
        return out;
    }

    void rowRead()
    {
        rowsRead++;
    }

    void skipped(final String reason)
    {
        rowsSkipped++;
        if (skipReasons.size() < MAX_SKIP_REASONS)
        {
            skipReasons.add(reason);
        }
    }

    void gap(final long fromMs, final long toMs, final long missing, final String before)
    {
        gapCount++;
        missingBars += missing;
        if (gaps.size() < MAX_GAPS_LISTED)
        {
            gaps.add(new Gap(fromMs, toMs, missing, before));
        }
    }

    void bar(final long openTimeMs)
    {
        if (bars == 0)
        {
            firstOpenTimeMs = openTimeMs;
        }
        lastOpenTimeMs = openTimeMs;
        bars++;
    }
}
