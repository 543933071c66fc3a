package ringfire.engine.metrics;

import org.agrona.concurrent.SystemNanoClock;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import ringfire.codecs.sbe.AdminAction;
import ringfire.engine.pipeline.Egress;
import ringfire.engine.pipeline.PipelineConfig;
import ringfire.engine.session.Session;
import ringfire.engine.session.SessionConfig;
import ringfire.engine.settings.EngineSettings;
import ringfire.engine.testing.BarFile;
import ringfire.engine.testing.Inputs;
import ringfire.journal.JournalOptions;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recording metrics allocates nothing per event on the pipeline threads: the steady-state session of
 * {@code SteadyStateAllocationTest} with metrics on and every bar stamped with a receipt time, while another
 * thread takes snapshots. Measured with the JVM's per-thread allocation counter, not with time.
 */
class MetricsAllocationTest
{
    private static final com.sun.management.ThreadMXBean THREADS =
        (com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean();

    @ParameterizedTest
    @EnumSource(PipelineConfig.Mode.class)
    void shouldNotAllocatePerEventWhileRecording(final PipelineConfig.Mode mode, @TempDir final Path dir)
    {
        final BarFile btc = BarFile.load(Inputs.BTC);
        final BarFile eth = BarFile.load(Inputs.ETH);
        final RecordingMetrics metrics = new RecordingMetrics(SystemNanoClock.INSTANCE);
        final PipelineConfig config = new PipelineConfig(mode, PipelineConfig.Wait.BLOCKING, 1024);
        try (Session session = Session.start(dir, JournalOptions.defaults(), config,
            new SessionConfig(EngineSettings.defaults(), 0), Egress.NONE, metrics))
        {
            final Inputs inputs = new Inputs(session.ingress(), System::nanoTime);
            for (int pass = 0; pass < 3; pass++)
            {
                feed(inputs, btc, eth, metrics);
            }
            session.awaitProcessed();
            final List<Thread> pipelineThreads = pipelineThreads(mode.threads());
            final long before = allocated(pipelineThreads);
            final long eventsBefore = metrics.snapshot().steps().get("risk").count();
            feed(inputs, btc, eth, metrics);
            session.awaitProcessed();
            final long bytes = allocated(pipelineThreads) - before;
            final long events = metrics.snapshot().steps().get("risk").count() - eventsBefore;
            assertThat(events).isEqualTo(2L * btc.size() + 2);
            // 2,882 inputs, several hundred decisions, each timed in 5 to 7 steps: a per-event allocation would
            // be >= 46 KB.
            assertThat(bytes).as("bytes allocated by the pipeline threads").isLessThan(16 * 1024);
            assertThat(session.faults().total()).isZero();
        }
    }

    private static void feed(final Inputs inputs, final BarFile btc, final BarFile eth, final RecordingMetrics metrics)
    {
        for (int i = 0; i < btc.size(); i++)
        {
            if (i == 500)
            {
                inputs.admin(AdminAction.PAUSE, 0);
            }
            if (i == 800)
            {
                inputs.admin(AdminAction.RESUME, 0);
            }
            if (i % 500 == 0)
            {
                metrics.snapshot();
            }
            btc.publish(inputs, i);
            eth.publish(inputs, i);
        }
    }

    private static long allocated(final List<Thread> threads)
    {
        long sum = 0;
        for (final Thread t : threads)
        {
            sum += THREADS.getThreadAllocatedBytes(t.threadId());
        }
        return sum;
    }

    /** The pipeline threads of the newest pipeline: the highest-numbered thread ids. */
    private static List<Thread> pipelineThreads(final int n)
    {
        return Thread.getAllStackTraces().keySet().stream()
            .filter(t -> t.getName().startsWith("ringfire-pipeline-") && t.isAlive())
            .sorted((a, b) -> Long.compare(b.threadId(), a.threadId()))
            .limit(n)
            .toList();
    }
}
