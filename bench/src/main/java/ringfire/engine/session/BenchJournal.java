package ringfire.engine.session;

import ringfire.engine.pipeline.EventJournal;
import ringfire.journal.Journal;

/** The latency harness's access to the session's Chronicle journal stage. Bench module only. */
public final class BenchJournal
{
    private BenchJournal()
    {
    }

    /** The journal stage a {@link Session} runs, over {@code journal}. */
    public static EventJournal chronicle(final Journal journal)
    {
        return new ChronicleEventJournal(journal);
    }
}
