package ringfire.engine.pipeline;

import com.lmax.disruptor.EventHandler;
import com.lmax.disruptor.Sequence;
import ringfire.codecs.EventView;
import ringfire.codecs.sbe.Source;
import ringfire.engine.metrics.PipelineMetrics;
import ringfire.engine.metrics.PipelineStep;

/**
 * Appends each input to the journal. On its own thread ({@link PipelineConfig.Mode#JOURNAL_PARALLEL}) it advances
 * its sequence per event, so the stage thread can release decisions as soon as their input is safe; in
 * {@link PipelineConfig.Mode#SINGLE} the stage thread calls {@link #journal} itself.
 *
 * <p>Event time never goes back for inputs stamped by this process's own clock (sources ADMIN, TIMER, ENGINE,
 * CONFIG): such an input earlier than the latest event time journaled so far takes that time, written into the
 * frame before it is journaled, so the journal and a replay of it agree. Inputs carrying the exchange's or the
 * data's time (FEED, EXCHANGE, SIM, IMPORT) keep it as it came. A replay applies the same rule to inputs already
 * raised, which changes nothing.
 */
final class InputJournalHandler implements EventHandler<EngineEvent>
{
    private final EventJournal journal;
    private final Faults faults;
    private long latestInputTimeNs = Long.MIN_VALUE;
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
        journal(event);
        progress.set(ringSequence);
    }

    /** Raises a locally stamped input's time to the latest journaled one if it is earlier, then appends the input. */
    void journal(final EngineEvent event)
    {
        if (isLocallyStamped(event) && event.eventTimeNs() < latestInputTimeNs)
        {
            event.eventTimeNs(latestInputTimeNs);
        }
        try
        {
            final long startNs = timed ? metrics.nanoTime() : 0;
            journal.onInput(event);
            event.journaled(true);
            latestInputTimeNs = Math.max(latestInputTimeNs, event.eventTimeNs());
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

    /** Whether the input's time came from this process's clock, so that {@link #journal} may raise it. */
    static boolean isLocallyStamped(final EngineEvent event)
    {
        final short source = EventView.sourceCode(event.input(), 0);
        return source == Source.ADMIN.value() || source == Source.TIMER.value() || source == Source.ENGINE.value()
            || source == Source.CONFIG.value();
    }

    @Override
    public void onShutdown()
    {
        journal.onThreadStop();
    }
}
