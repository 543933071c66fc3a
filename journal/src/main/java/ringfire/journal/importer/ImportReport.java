package ringfire.journal.importer;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * What an import did: where it wrote, the sequences it used and what it read ({@link KlineStats}).
 *
 * @param appended               true when the journal existed and the records were appended
 * @param symbolDefined          true when a SymbolDefinition was written (false: the journal already had it)
 * @param firstSequence          sequence of the first record written
 * @param lastSequence           sequence of the last record written
 * @param journalLastEventTimeNs latest event time in the journal before the import, or Long.MIN_VALUE
 */
public record ImportReport(
    ImportTarget target,
    List<Path> files,
    Path journalDir,
    boolean appended,
    boolean symbolDefined,
    long firstSequence,
    long lastSequence,
    long journalLastEventTimeNs,
    KlineStats stats)
{
    private static final long NANOS_PER_MILLI = 1_000_000L;

    public long rowsRead()
    {
        return stats.rowsRead();
    }

    public long barsWritten()
    {
        return stats.bars();
    }

    public long rowsSkipped()
    {
        return stats.rowsSkipped();
    }

    /** The first {@value KlineStats#MAX_SKIP_REASONS} skipped rows, each "file:line: problem". */
    public List<String> skipReasons()
    {
        return stats.skipReasons();
    }

    public List<Gap> gaps()
    {
        return stats.gaps();
    }

    public long missingBars()
    {
        return stats.missingBars();
    }

    public long firstOpenTimeMs()
    {
        return stats.firstOpenTimeMs();
    }

    public long lastOpenTimeMs()
    {
        return stats.lastOpenTimeMs();
    }

    /** True when the first imported bar closes before the journal's latest event: its event times go back there. */
    public boolean goesBackInJournal()
    {
        return journalLastEventTimeNs != Long.MIN_VALUE
            && (firstOpenTimeMs() + target.intervalMs()) * NANOS_PER_MILLI < journalLastEventTimeNs;
    }

    /** Several lines for the command line, ending with a line break. */
    public String describe()
    {
        final StringBuilder out = new StringBuilder(256);
        out.append(appended ? "appended " : "imported ").append(barsWritten()).append(' ').append(target.label())
            .append(" bars (symbol id ").append(target.symbolId()).append(") ")
            .append(appended ? "to journal " : "into new journal ").append(journalDir)
            .append(": sequences ").append(firstSequence).append("..").append(lastSequence)
            .append(symbolDefined ? ", SymbolDefinition first" : ", symbol already defined").append('\n');
        out.append("files: ");
        for (int i = 0; i < files.size(); i++)
        {
            out.append(i == 0 ? "" : ", ").append(files.get(i));
        }
        out.append('\n');
        stats.describeTo(out);
        if (goesBackInJournal())
        {
            out.append("note: the journal already has events up to ")
                .append(Instant.ofEpochSecond(0, journalLastEventTimeNs))
                .append(", so event times go back at sequence ").append(firstSequence).append('\n');
        }
        return out.toString();
    }
}
