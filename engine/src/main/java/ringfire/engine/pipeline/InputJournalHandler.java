package ringfire.engine.pipeline;

import com.lmax.disruptor.EventHandler;
import com.lmax.disruptor.Sequence;
import ringfire.engine.metrics.PipelineMetrics;
import ringfire.engine.metrics.PipelineStep;

/**
 * Journal stage on its own thread ({@link PipelineConfig.Mode#JOURNAL_PARALLEL}): appends each input and
 * advances its sequence per event, so the stage thread can release decisions as soon as their input is safe.
 */
final class InputJournalHandler implements EventHandler<EngineEvent>
{
    private final EventJournal journal;
    private final Faults faults;
    private final PipelineMetrics metrics;
    private final boolean timed;
    private Sequence progress;

    InputJournalHandler(final EventJournal journal, final Faults faults, final PipelineMetrics metrics)
    {
        this.journal = journal;
        this.faults = faults;
        this.metrics = metrics;
        this.timed = metrics.enabled();
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
        journalInput(journal, faults, event, metrics, timed);
        progress.set(ringSequence);
    }

    /** Journals the event's input; with {@code timed}, reports the time taken and the bytes appended. */
    static void journalInput(final EventJournal journal, final Faults faults, final EngineEvent event,
        final PipelineMetrics metrics, final boolean timed)
    {
        try
        {
            final long startNs = timed ? metrics.nanoTime() : 0;
            journal.onInput(event);
            event.journaled(true);
            if (timed)
            {
                metrics.step(PipelineStep.JOURNAL_INPUT, startNs, metrics.nanoTime());
                metrics.inputJournaled(event.inputLength());
            }
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
