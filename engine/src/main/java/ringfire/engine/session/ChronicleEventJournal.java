package ringfire.engine.session;

import ringfire.engine.pipeline.Decisions;
import ringfire.engine.pipeline.EngineEvent;
import ringfire.engine.pipeline.EventJournal;
import ringfire.journal.Journal;
import ringfire.journal.JournalWriter;

/**
 * Journal stage backed by a Chronicle Queue journal. Each pipeline thread appends through its own writer (the
 * input thread and the stage thread differ in {@code JOURNAL_PARALLEL} mode).
 */
final class ChronicleEventJournal implements EventJournal
{
    private final Journal journal;
    private final ThreadLocal<JournalWriter> writers;

    ChronicleEventJournal(final Journal journal)
    {
        this.journal = journal;
        this.writers = ThreadLocal.withInitial(journal::writer);
    }

    @Override
    public void onInput(final EngineEvent event)
    {
        writers.get().append(event.input(), 0, event.inputLength());
    }

    @Override
    public void onDecisions(final EngineEvent event)
    {
        final JournalWriter writer = writers.get();
        final Decisions decisions = event.decisions();
        for (int i = 0, n = decisions.count(); i < n; i++)
        {
            writer.append(decisions.buffer(), decisions.offset(i), decisions.length(i));
        }
    }

    @Override
    public void onThreadStop()
    {
        writers.get().close();
        writers.remove();
    }

    Journal journal()
    {
        return journal;
    }
}
