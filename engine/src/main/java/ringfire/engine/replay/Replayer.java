package ringfire.engine.replay;

import org.agrona.DirectBuffer;
import ringfire.codecs.EventView;
import ringfire.codecs.sbe.MessageHeaderDecoder;
import ringfire.codecs.sbe.SessionStartDecoder;
import ringfire.engine.pipeline.Egress;
import ringfire.engine.pipeline.Faults;
import ringfire.engine.pipeline.Pipeline;
import ringfire.engine.pipeline.PipelineConfig;
import ringfire.engine.session.TradingStages;
import ringfire.engine.settings.EngineSettings;
import ringfire.journal.DecisionHash;
import ringfire.journal.Journal;
import ringfire.journal.JournalException;
import ringfire.journal.JournalReader;

import java.nio.file.Path;
import java.util.List;

/**
 * Feeds a journal's inputs through a fresh pipeline and compares the decisions it makes with the recorded
 * ones, byte for byte. Each SessionStart in the journal begins a fresh pipeline built from the settings it
 * recorded (with any overrides applied), as the engine itself did when it started.
 */
public final class Replayer
{
    private final PipelineConfig pipelineConfig;
    private final List<String> overrides;
    private final FrameRenderer renderer;
    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final SessionStartDecoder sessionStart = new SessionStartDecoder();
    private final RecordedFrames expected = new RecordedFrames();
    private final DecisionHash hash = new DecisionHash();
    private final Faults faults = new Faults();
    private Pipeline pipeline;
    private RecordingJournal recorder;
    private Divergence divergence;
    private long sessions;
    private long inputs;

    /** @param overrides settings to change, as {@code key=value}, applied to every recorded session */
    public Replayer(final PipelineConfig pipelineConfig, final List<String> overrides, final FrameRenderer renderer)
    {
        this.pipelineConfig = pipelineConfig;
        this.overrides = List.copyOf(overrides);
        this.renderer = renderer;
    }

    public ReplayResult replay(final Path dir)
    {
        try (Journal journal = Journal.openForReading(dir); JournalReader reader = journal.reader())
        {
            reader.forEach(this::onRecord);
            finishSession();
        }
        finally
        {
            if (pipeline != null)
            {
                pipeline.close();
            }
        }
        return new ReplayResult(sessions, inputs, hash.count(), hash.hex(), faults.total(), divergence);
    }

    private void onRecord(final DirectBuffer buffer, final int offset, final int length, final long index)
    {
        if (EventView.templateId(buffer, offset) == SessionStartDecoder.TEMPLATE_ID)
        {
            finishSession();
            startSession(buffer, offset);
        }
        else if (EventView.isMetadata(buffer, offset))
        {
            return;
        }
        else if (EventView.isDecision(buffer, offset))
        {
            expected.add(buffer, offset, length);
        }
        else
        {
            if (pipeline == null)
            {
                throw new JournalException("journal has input events before any SessionStart (index "
                    + Long.toHexString(index) + "); cannot tell which settings made its decisions");
            }
            pipeline.ingress().publishCopy(buffer, offset, length);
            inputs++;
        }
    }

    private void startSession(final DirectBuffer buffer, final int offset)
    {
        sessionStart.wrapAndApplyHeader(buffer, offset, header);
        sessionStart.skipEngineVersion();
        sessionStart.skipConfigHash();
        EngineSettings settings = EngineSettings.parse(sessionStart.config());
        for (final String override : overrides)
        {
            final int eq = override.indexOf('=');
            if (eq <= 0)
            {
                throw new IllegalArgumentException("override '" + override + "': expected key=value");
            }
            settings = settings.with(override.substring(0, eq), override.substring(eq + 1));
        }
        recorder = new RecordingJournal();
        pipeline = Pipeline.start(pipelineConfig, recorder, TradingStages.create(settings), Egress.NONE, faults, 0);
        sessions++;
    }

    private void finishSession()
    {
        if (pipeline == null)
        {
            compare(new RecordedFrames());
            return;
        }
        pipeline.awaitProcessed();
        pipeline.close();
        pipeline = null;
        compare(recorder.decisions());
    }

    private void compare(final RecordedFrames actual)
    {
        final int n = Math.max(expected.size(), actual.size());
        for (int i = 0; i < n && divergence == null; i++)
        {
            final boolean hasExpected = i < expected.size();
            final boolean hasActual = i < actual.size();
            final long expSeq = hasExpected ? expected.sequence(i) : Long.MAX_VALUE;
            final long actSeq = hasActual ? actual.sequence(i) : Long.MAX_VALUE;
            if (expSeq < actSeq)
            {
                divergence = new Divergence(expSeq, render(expected, i), "none");
            }
            else if (actSeq < expSeq)
            {
                divergence = new Divergence(actSeq, "none", render(actual, i));
            }
            else if (!expected.sameBytes(i, actual, i))
            {
                divergence = new Divergence(expSeq, render(expected, i), render(actual, i));
            }
        }
        for (int i = 0; i < actual.size(); i++)
        {
            hash.update(actual.buffer(), actual.offset(i), actual.length(i));
        }
        expected.clear();
    }

    private String render(final RecordedFrames frames, final int i)
    {
        return renderer.render(frames.buffer(), frames.offset(i), frames.length(i));
    }
}
