package ringfire.journal.importer;

import java.time.Instant;

/**
 * Missing bars between two consecutive bars: open times in [fromMs, toMs). {@code before} names the row of the bar
 * after the gap (file:line or file:list[i]).
 */
public record Gap(long fromMs, long toMs, long missingBars, String before)
{
    /** ISO-8601 UTC start of the gap, e.g. 2025-05-29T17:08:00Z. */
    public String from()
    {
        return Instant.ofEpochMilli(fromMs).toString();
    }

    /** ISO-8601 UTC end of the gap (exclusive): the open time of the bar after it. */
    public String to()
    {
        return Instant.ofEpochMilli(toMs).toString();
    }

    @Override
    public String toString()
    {
        return "[" + from() + ", " + to() + ") " + missingBars + (missingBars == 1 ? " missing bar" : " missing bars")
            + " before " + before;
    }
}
