package ringfire.engine.replay;

import ringfire.engine.pipeline.Decisions;
import ringfire.engine.pipeline.EngineEvent;
import ringfire.engine.pipeline.EventJournal;

/** Journal stage of a replay: inputs are already journaled; the decisions the fresh pipeline makes are kept. */
final class RecordingJournal implements EventJournal
{
    private final RecordedFrames decisions = new RecordedFrames();

    @Override
    public void onInput(final EngineEvent event)
    {
    }

    @Override
    public void onDecisions(final EngineEvent event)
    {
        final Decisions d = event.decisions();
        for (int i = 0, n = d.count(); i < n; i++)
        {
            decisions.add(d.buffer(), d.offset(i), d.length(i));
        }
    }

    RecordedFrames decisions()
    {
        return decisions;
    }
}
