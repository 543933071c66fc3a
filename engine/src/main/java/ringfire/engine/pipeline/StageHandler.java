package ringfire.engine.pipeline;

import com.lmax.disruptor.EventHandler;
import com.lmax.disruptor.Sequence;
import org.agrona.DirectBuffer;
import ringfire.engine.metrics.PipelineMetrics;
import ringfire.engine.metrics.PipelineStep;

/**
 * Runs the stages in their fixed order for each event, then journals the decisions and hands them to the
 * egress. In {@link PipelineConfig.Mode#SINGLE} it journals the input first itself; otherwise it waits for the
 * journal thread to have appended the input before any decision is journaled or leaves, and for an input stamped
 * by this process's clock (whose time the journal may raise, see {@link InputJournalHandler}) before the stages
 * run. With metrics enabled it times each step and the whole event; with them off it does not read the clock.
 */
final class StageHandler implements EventHandler<EngineEvent>
{
    private final Stage[] stages;
    private final EventJournal journal;
    private final Egress egress;
    private final Faults faults;
    private final InputJournalHandler parallelJournal;
    private final InputJournalHandler inputJournal;
    private final PipelineMetrics metrics;
    private final boolean timed;

    StageHandler(
        final Stage[] stages,
        final EventJournal journal,
        final Egress egress,
        final Faults faults,
        final InputJournalHandler parallelJournal,
        final PipelineMetrics metrics)
    {
        this.stages = stages;
        this.journal = journal;
        this.egress = egress;
        this.faults = faults;
        this.parallelJournal = parallelJournal;
        this.inputJournal = parallelJournal != null ? parallelJournal : new InputJournalHandler(journal, faults, metrics);
        this.metrics = metrics;
        this.timed = metrics.enabled();
    }

    @Override
    public void onEvent(final EngineEvent event, final long ringSequence, final boolean endOfBatch)
    {
        if (!timed)
        {
            process(event, ringSequence);
            return;
        }
        final long startNs = metrics.nanoTime();
        final boolean released = process(event, ringSequence);
        metrics.eventDone(event.input(), event.templateId(), event.receivedNs(), startNs, metrics.nanoTime(), released);
    }

    /** Returns true when the event's decisions were journaled and handed to the egress. */
    private boolean process(final EngineEvent event, final long ringSequence)
    {
        if (parallelJournal == null)
        {
            inputJournal.journal(event);
            if (!event.isJournaled())
            {
                return false;
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
                return false;
            }
        }
        return release(event);
    }

    private void runStages(final EngineEvent event)
    {
        final Decisions decisions = event.decisions();
        long startNs = timed ? metrics.nanoTime() : 0;
        for (int i = 0; i < stages.length; i++)
        {
            final Stage stage = stages[i];
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
            if (timed)
            {
                final long endNs = metrics.nanoTime();
                metrics.step(PipelineStep.ofStage(i), startNs, endNs);
                startNs = endNs;
            }
        }
    }

    private boolean release(final EngineEvent event)
    {
        final Decisions decisions = event.decisions();
        if (decisions.count() == 0)
        {
            return false;
        }
        final long journalNs = timed ? metrics.nanoTime() : 0;
        try
        {
            journal.onDecisions(event);
        }
        catch (final RuntimeException e)
        {
            faults.record("journal", event.sequence(), e);
            return false;
        }
        final long egressNs = timed ? metrics.nanoTime() : 0;
        if (timed)
        {
            metrics.step(PipelineStep.JOURNAL_DECISIONS, journalNs, egressNs);
        }
        final DirectBuffer buffer = decisions.buffer();
        for (int i = 0, n = decisions.count(); i < n; i++)
        {
            if (timed)
            {
                metrics.decisionReleased(buffer, decisions.offset(i), decisions.length(i));
            }
            try
            {
                egress.onDecision(buffer, decisions.offset(i), decisions.length(i));
            }
            catch (final RuntimeException e)
            {
                faults.record("egress", event.sequence(), e);
            }
        }
        if (timed)
        {
            metrics.step(PipelineStep.EGRESS, egressNs, metrics.nanoTime());
        }
        return true;
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
