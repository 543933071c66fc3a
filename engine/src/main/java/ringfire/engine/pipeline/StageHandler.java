package ringfire.engine.pipeline;

import com.lmax.disruptor.EventHandler;
import com.lmax.disruptor.Sequence;
import org.agrona.DirectBuffer;

/**
 * Runs the stages in their fixed order for each event, then journals the decisions and hands them to the
 * egress. In {@link PipelineConfig.Mode#SINGLE} it journals the input first itself; otherwise it waits for the
 * journal thread to have appended the input before any decision is journaled or leaves, and for an input stamped
 * by this process's clock (whose time the journal may raise, see {@link InputJournalHandler}) before the stages run.
 */
final class StageHandler implements EventHandler<EngineEvent>
{
    private final Stage[] stages;
    private final EventJournal journal;
    private final Egress egress;
    private final Faults faults;
    private final InputJournalHandler parallelJournal;
    private final InputJournalHandler inputJournal;

    StageHandler(
        final Stage[] stages,
        final EventJournal journal,
        final Egress egress,
        final Faults faults,
        final InputJournalHandler parallelJournal)
    {
        this.stages = stages;
        this.journal = journal;
        this.egress = egress;
        this.faults = faults;
        this.parallelJournal = parallelJournal;
        this.inputJournal = parallelJournal != null ? parallelJournal : new InputJournalHandler(journal, faults);
    }

    @Override
    public void onEvent(final EngineEvent event, final long ringSequence, final boolean endOfBatch)
    {
        if (parallelJournal == null)
        {
            inputJournal.journal(event);
            if (!event.isJournaled())
            {
                return;
            }
            runStages(event);
        }
        else
        {
            if (InputJournalHandler.isLocallyStamped(event))
            {
                // the journal thread may still raise this input's time: let it finish before the stages read it
                awaitJournaled(parallelJournal.progress(), ringSequence);
            }
            runStages(event);
            awaitJournaled(parallelJournal.progress(), ringSequence);
            if (!event.isJournaled())
            {
                return;
            }
        }
        release(event);
    }

    private void runStages(final EngineEvent event)
    {
        final Decisions decisions = event.decisions();
        for (final Stage stage : stages)
        {
            final int mark = decisions.mark();
            try
            {
                stage.onEvent(event);
            }
            catch (final RuntimeException e)
            {
                decisions.rollback(mark);
                faults.record(stage.name(), event.sequence(), e);
                return;
            }
        }
    }

    private void release(final EngineEvent event)
    {
        final Decisions decisions = event.decisions();
        if (decisions.count() == 0)
        {
            return;
        }
        try
        {
            journal.onDecisions(event);
        }
        catch (final RuntimeException e)
        {
            faults.record("journal", event.sequence(), e);
            return;
        }
        final DirectBuffer buffer = decisions.buffer();
        for (int i = 0, n = decisions.count(); i < n; i++)
        {
            try
            {
                egress.onDecision(buffer, decisions.offset(i), decisions.length(i));
            }
            catch (final RuntimeException e)
            {
                faults.record("egress", event.sequence(), e);
            }
        }
    }

    private static void awaitJournaled(final Sequence journalProgress, final long ringSequence)
    {
        int spins = 0;
        while (journalProgress.get() < ringSequence)
        {
            if (++spins < 100)
            {
                Thread.onSpinWait();
            }
            else
            {
                Thread.yield();
            }
        }
    }

    @Override
    public void onShutdown()
    {
        if (parallelJournal != null)
        {
            journal.onThreadStop();
        }
    }
}
