package ringfire.engine.pipeline;

import com.lmax.disruptor.EventHandler;
import com.lmax.disruptor.Sequence;

/**
 * Journal stage on its own thread ({@link PipelineConfig.Mode#JOURNAL_PARALLEL}): appends each input and
 * advances its sequence per event, so the stage thread can release decisions as soon as their input is safe.
 */
final class InputJournalHandler implements EventHandler<EngineEvent>
{
    private final EventJournal journal;
    private final Faults faults;
    private Sequence progress;

    InputJournalHandler(final EventJournal journal, final Faults faults)
    {
        this.journal = journal;
        this.faults = faults;
    }

    @Override
    public void setSequenceCallback(final Sequence sequenceCallback)
    {
        progress = sequenceCallback;
    }

    Sequence progress()
    {
        return progress;
    }

    @Override
    public void onEvent(final EngineEvent event, final long ringSequence, final boolean endOfBatch)
    {
        journalInput(journal, faults, event);
        progress.set(ringSequence);
    }

    static void journalInput(final EventJournal journal, final Faults faults, final EngineEvent event)
    {
        try
        {
            journal.onInput(event);
            event.journaled(true);
        }
        catch (final RuntimeException e)
        {
            event.journaled(false);
            faults.record("journal", event.sequence(), e);
        }
    }

    @Override
    public void onShutdown()
    {
        journal.onThreadStop();
    }
}
