package ringfire.engine.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringfire.codecs.sbe.AdminAction;
import ringfire.engine.session.Session;
import ringfire.engine.session.SessionConfig;
import ringfire.engine.settings.EngineSettings;
import ringfire.engine.testing.BarFile;
import ringfire.engine.testing.Inputs;
import ringfire.journal.JournalOptions;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pipeline thread allocates nothing per event once warm: real bars through the real stages and the
 * Chronicle journal, with signals, orders and rejections being decided. Measured with the JVM's per-thread
 * allocation counter, not with time.
 */
class SteadyStateAllocationTest
{
    private static final com.sun.management.ThreadMXBean THREADS =
        (com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean();

    @Test
    void shouldNotAllocatePerEventOnThePipelineThread(@TempDir final Path dir)
    {
        final BarFile btc = BarFile.load(Inputs.BTC);
        final BarFile eth = BarFile.load(Inputs.ETH);
        final PipelineConfig config = new PipelineConfig(PipelineConfig.Mode.SINGLE, PipelineConfig.Wait.BLOCKING, 1024);
        try (Session session = Session.start(dir, JournalOptions.defaults(), config,
            new SessionConfig(EngineSettings.defaults(), 0), Egress.NONE))
        {
            final Inputs inputs = new Inputs(session.ingress());
            for (int pass = 0; pass < 3; pass++)
            {
                feed(inputs, btc, eth);
            }
            session.awaitProcessed();
            final Thread pipelineThread = findPipelineThread();
            final long before = THREADS.getThreadAllocatedBytes(pipelineThread.threadId());
            feed(inputs, btc, eth);
            session.awaitProcessed();
            final long allocated = THREADS.getThreadAllocatedBytes(pipelineThread.threadId()) - before;
            // 2,885 inputs and several hundred decisions; a per-event allocation would be >= 46 KB.
            assertThat(allocated).as("bytes allocated by the pipeline thread").isLessThan(16 * 1024);
            assertThat(session.faults().total()).isZero();
        }
    }

    private static void feed(final Inputs inputs, final BarFile btc, final BarFile eth)
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
            btc.publish(inputs, i);
            eth.publish(inputs, i);
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
