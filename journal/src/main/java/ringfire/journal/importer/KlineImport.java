package ringfire.journal.importer;

import ringfire.journal.Journal;
import ringfire.journal.JournalOptions;
import ringfire.journal.JournalWriter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Imports kline files into a journal: a SymbolDefinition (unless the journal already has this very definition),
 * then one closed Bar per row, with consecutive sequences continuing the journal's.
 *
 * <p>Every file is read and checked before anything is written, so a bad row leaves no journal behind (and an
 * existing journal untouched); the files are then read a second time to write them. Into an existing journal, the
 * bars must continue after the symbol's last bar of the same interval there.
 */
public final class KlineImport
{
    private static final long NANOS_PER_MILLI = 1_000_000L;
    private static final BarSink CHECK_ONLY = (openTimeMs, open, high, low, close, volume, turnover) ->
    {
    };

    private KlineImport()
    {
    }

    /** Imports with {@link JournalOptions#defaults()}. */
    public static ImportReport run(
        final List<Path> files, final ImportTarget target, final boolean skipBad, final Path journalDir)
    {
        return run(files, target, skipBad, journalDir, JournalOptions.defaults());
    }

    /**
     * Imports {@code files}, in order, into the journal in {@code journalDir}, creating it or appending to it.
     *
     * @throws ImportException  when a file or row is bad (see {@link KlineFile}), or the journal defines the symbol
     *                          differently
     * @throws ringfire.journal.JournalException when the journal cannot be opened (another engine writes it, it is damaged)
     */
    public static ImportReport run(
        final List<Path> files,
        final ImportTarget target,
        final boolean skipBad,
        final Path journalDir,
        final JournalOptions options)
    {
        if (Files.exists(journalDir) && !Files.isDirectory(journalDir))
        {
            throw new ImportException("cannot import into " + journalDir + ": it is a file, not a journal directory");
        }
        return JournalDirectory.holdsQueueFiles(journalDir)
            ? append(files, target, skipBad, journalDir, options)
            : create(files, target, skipBad, journalDir, options);
    }

    private static ImportReport append(
        final List<Path> files,
        final ImportTarget target,
        final boolean skipBad,
        final Path journalDir,
        final JournalOptions options)
    {
        try (Journal journal = Journal.openForWriting(journalDir, options))
        {
            final ExistingJournal existing = ExistingJournal.scan(journal, target);
            final KlineStats checked = KlineFile.read(files, target, skipBad, CHECK_ONLY, existing.lastBarOpenTimeMs());
            return write(journal, files, target, skipBad, existing, checked, true);
        }
    }

    private static ImportReport create(
        final List<Path> files,
        final ImportTarget target,
        final boolean skipBad,
        final Path journalDir,
        final JournalOptions options)
    {
        final KlineStats checked = KlineFile.read(files, target, skipBad, CHECK_ONLY);
        final JournalDirectory directory = JournalDirectory.before(journalDir);
        try
        {
            try (Journal journal = Journal.openForWriting(journalDir, options))
            {
                return write(journal, files, target, skipBad, ExistingJournal.EMPTY, checked, false);
            }
        }
        catch (final RuntimeException e)
        {
            directory.removeCreated();
            throw e;
        }
    }

    private static ImportReport write(
        final Journal journal,
        final List<Path> files,
        final ImportTarget target,
        final boolean skipBad,
        final ExistingJournal existing,
        final KlineStats checked,
        final boolean appended)
    {
        final long firstSequence = existing.lastSequence() + 1;
        try (JournalWriter journalWriter = journal.writer())
        {
            final BarJournalWriter out = new BarJournalWriter(journalWriter, target, firstSequence);
            final boolean define = !existing.symbolDefined();
            if (define)
            {
                out.defineSymbol(checked.firstOpenTimeMs() * NANOS_PER_MILLI);
            }
            final KlineStats written;
            try
            {
                written = KlineFile.read(files, target, skipBad, out, existing.lastBarOpenTimeMs());
            }
            catch (final ImportException e)
            {
                throw changed(e.getMessage(), journal, appended, firstSequence, out, e);
            }
            if (written.bars() != checked.bars() || written.rowsRead() != checked.rowsRead())
            {
                throw changed(checked.rowsRead() + " rows and " + checked.bars() + " bars when checked, "
                    + written.rowsRead() + " rows and " + written.bars() + " bars when written", journal, appended,
                    firstSequence, out, null);
            }
            return new ImportReport(target, List.copyOf(files), journal.dir(), appended, define, firstSequence,
                out.nextSequence() - 1, existing.lastEventTimeNs(), written);
        }
    }

    private static ImportException changed(
        final String problem,
        final Journal journal,
        final boolean appended,
        final long firstSequence,
        final BarJournalWriter out,
        final Throwable cause)
    {
        final long kept = out.nextSequence() - firstSequence;
        return new ImportException(problem + " (found while writing, after the check had passed: did a file change? "
            + (appended ? "journal " + journal.dir() + " keeps the " + kept + " records written from sequence "
            + firstSequence : "the new journal was removed") + ")", cause);
    }
}
