package ringfire.engine.snapshot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringfire.engine.pipeline.Egress;
import ringfire.engine.pipeline.PipelineConfig;
import ringfire.engine.session.Session;
import ringfire.engine.session.SessionConfig;
import ringfire.engine.settings.EngineSettings;
import ringfire.engine.testing.Inputs;
import ringfire.journal.JournalOptions;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Between publications the publisher allocates nothing on the pipeline thread: 20,000 flat BTC bars 1 ms apart
 * (market time moves, nothing is decided, no minute closes) with an hour between publications, measured with the
 * JVM's per-thread allocation counter.
 */
class SnapshotAllocationTest
{
    private static final com.sun.management.ThreadMXBean THREADS =
        (com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean();
    private static final long T0 = 1_748_736_000_000_000_000L; // 2025-06-01T00:00:00Z
    private static final int TICKS = 20_000;

    @Test
    void shouldNotAllocatePerEventBetweenPublications(@TempDir final Path dir)
    {
        final SnapshotPublisher publisher = new SnapshotPublisher(3600 * 1_000_000_000L);
        final PipelineConfig config = new PipelineConfig(PipelineConfig.Mode.SINGLE, PipelineConfig.Wait.BLOCKING, 1024);
        try (Session session = Session.start(dir, JournalOptions.defaults(), config,
            new SessionConfig(EngineSettings.defaults(), T0), Egress.NONE, publisher))
        {
            final Inputs inputs = new Inputs(session.ingress());
            feed(inputs, 0);
            session.awaitProcessed();
            final EngineSnapshot first = publisher.latest();
            assertThat(first.marketTimeNs()).isEqualTo(T0 + 1_000_000L);
            final Thread pipelineThread = findPipelineThread();
            final long before = THREADS.getThreadAllocatedBytes(pipelineThread.threadId());
            feed(inputs, TICKS);
            session.awaitProcessed();
            final long allocated = THREADS.getThreadAllocatedBytes(pipelineThread.threadId()) - before;
            // a snapshot is several hundred bytes and the smallest object 16: one of either per input would be
            // megabytes or at least 320 KB; what is left is one-off (JIT, Chronicle index blocks), ~1 B per input
            assertThat((double)allocated / TICKS).as("bytes allocated by the pipeline thread per input (%d in all)",
                allocated).isLessThan(2.0);
            assertThat(publisher.latest()).as("no publication while measuring").isSameAs(first);
            assertThat(first.eventTimeNs()).isEqualTo(T0 + 1_000_000L);
            assertThat(session.faults().total()).isZero();
        }
    }

    /** {@link #TICKS} flat bars closing 1 ms apart from T0 + {@code from} ms: all in the first minute. */
    private static void feed(final Inputs inputs, final int from)
    {
        final long t0Ms = T0 / 1_000_000L;
        for (int i = from; i < from + TICKS; i++)
        {
            inputs.bar(Inputs.BTC, t0Ms - 60_000L + i + 1, 60, "100000", "100000", "100000", "100000", "1");
        }
    }

    private static Thread findPipelineThread()
    {
        return Thread.getAllStackTraces().keySet().stream()
            .filter(t -> t.getName().startsWith("ringfire-pipeline-") && t.isAlive())
            .reduce((a, b) -> a.threadId() > b.threadId() ? a : b)
            .orElseThrow();
    }
}
