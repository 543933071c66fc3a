package ringfire.bench.latency;

import com.lmax.disruptor.EventHandler;
import org.agrona.DirectBuffer;
import ringfire.engine.pipeline.BenchAccess;
import ringfire.engine.pipeline.Decisions;
import ringfire.engine.pipeline.Egress;
import ringfire.engine.pipeline.EngineEvent;
import ringfire.engine.pipeline.EventJournal;
import ringfire.engine.pipeline.Faults;
import ringfire.engine.pipeline.Stage;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * One step of a one-thread-per-stage pipeline: the input journal, one decision stage, or the last stage followed
 * by the release of the decisions (journal them, then egress), as the engine's stage handler does. A fault in a
 * stage is recorded and the event's decisions from that stage rolled back; later stages still see the event (the
 * engine's own handler skips them). The first fault's description is kept for the report.
 *
 * <p>The engine's stages share state (ledger, exit plans, broker, decision log) and are built to run on one thread,
 * one event at a time. Run one per thread, a stage works on event {@code n + 1} while the next works on {@code n}:
 * this threading is a timing experiment of the harness, not a way the engine can run.
 */
final class StageStep implements EventHandler<EngineEvent>
{
    private final Stage stage;
    private final boolean last;
    private final EventJournal journal;
    private final Egress egress;
    private final Faults faults;
    private final AtomicReference<String> firstFault;
    private final Consumer<EngineEvent> inputJournal;
    private volatile long processed;

    private StageStep(final Stage stage, final boolean last, final EventJournal journal, final Egress egress,
        final Faults faults, final AtomicReference<String> firstFault)
    {
        this.stage = stage;
        this.last = last;
        this.journal = journal;
        this.egress = egress;
        this.faults = faults;
        this.firstFault = firstFault;
        this.inputJournal = stage == null ? BenchAccess.inputJournal(journal, faults) : null;
    }

    /**
     * The steps of the pipeline's order: journal, risk, exit-plan, strategy, execution + release.
     *
     * @param firstFault receives a description of the first exception a stage throws
     */
    static StageStep[] chain(final Stage[] stages, final EventJournal journal, final Egress egress, final Faults faults,
        final AtomicReference<String> firstFault)
    {
        final StageStep[] steps = new StageStep[stages.length + 1];
        steps[0] = new StageStep(null, false, journal, null, faults, firstFault);
        for (int i = 0; i < stages.length; i++)
        {
            final boolean last = i == stages.length - 1;
            steps[i + 1] = new StageStep(stages[i], last, last ? journal : null, last ? egress : null, faults,
                firstFault);
        }
        return steps;
    }

    void apply(final EngineEvent event)
    {
        if (stage == null)
        {
            inputJournal.accept(event);
        }
        else if (event.isJournaled())
        {
            final Decisions decisions = event.decisions();
            final int mark = decisions.mark();
            try
            {
                stage.onEvent(event);
            }
            catch (final RuntimeException e)
            {
                decisions.rollback(mark);
                faults.record(stage.name(), event.sequence(), e);
                firstFault.compareAndSet(null, stage.name() + " at input sequence " + event.sequence() + ": " + e);
            }
            if (last)
            {
                release(event);
            }
        }
        processed = processed + 1;
    }

    /** Events this step has handled. */
    long processed()
    {
        return processed;
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
            egress.onDecision(buffer, decisions.offset(i), decisions.length(i));
        }
    }

    /** This step's thread ends: release its journal writer if it has one. */
    void threadStopped()
    {
        if (journal != null)
        {
            journal.onThreadStop();
        }
    }

    @Override
    public void onEvent(final EngineEvent event, final long sequence, final boolean endOfBatch)
    {
        apply(event);
    }

    @Override
    public void onShutdown()
    {
        threadStopped();
    }
}
