package ringfire.engine.testing;

import ringfire.codecs.sbe.AdminAction;
import ringfire.engine.metrics.PipelineMetrics;
import ringfire.engine.pipeline.Egress;
import ringfire.engine.pipeline.Ingress;
import ringfire.engine.pipeline.PipelineConfig;
import ringfire.engine.session.Session;
import ringfire.engine.session.SessionConfig;
import ringfire.engine.settings.EngineSettings;
import ringfire.journal.JournalOptions;

import java.nio.file.Path;
import java.util.function.LongSupplier;

/** Records a realistic session: a day of real BTC and ETH 1m bars, with the operator pausing for a while. */
public final class Sessions
{
    public static final int PAUSE_AT_BAR = 400;
    public static final int RESUME_AT_BAR = 700;
    public static final int HALT_AT_BAR = 1300;

    private Sessions()
    {
    }

    public static void record(final Path dir, final EngineSettings settings, final PipelineConfig.Mode mode)
    {
        record(dir, settings, mode, 0, BarFile.load(Inputs.BTC).size());
    }

    public static void record(final Path dir, final EngineSettings settings, final PipelineConfig.Mode mode,
        final int fromBar, final int toBar)
    {
        record(dir, settings, mode, fromBar, toBar, PipelineMetrics.OFF, () -> 0);
    }

    /**
     * As {@link #record(Path, EngineSettings, PipelineConfig.Mode, int, int)}, reporting to {@code metrics}, with
     * bars stamped with receipt times from {@code receivedNs} (see {@link Inputs#Inputs(Ingress, LongSupplier)}).
     */
    public static void record(final Path dir, final EngineSettings settings, final PipelineConfig.Mode mode,
        final int fromBar, final int toBar, final PipelineMetrics metrics, final LongSupplier receivedNs)
    {
        final BarFile btc = BarFile.load(Inputs.BTC);
        final BarFile eth = BarFile.load(Inputs.ETH);
        final PipelineConfig pipelineConfig = new PipelineConfig(mode, PipelineConfig.Wait.BLOCKING, 1024);
        final SessionConfig config = new SessionConfig(settings, btc.openTimeMs(fromBar) * 1_000_000L);
        try (Session session = Session.start(dir, JournalOptions.defaults(), pipelineConfig, config, Egress.NONE,
            metrics))
        {
            final Inputs inputs = new Inputs(session.ingress(), receivedNs);
            for (int i = fromBar; i < toBar; i++)
            {
                final long timeNs = btc.openTimeMs(i) * 1_000_000L;
                if (i == PAUSE_AT_BAR)
                {
                    inputs.admin(AdminAction.PAUSE, timeNs);
                }
                if (i == RESUME_AT_BAR)
                {
                    inputs.admin(AdminAction.RESUME, timeNs);
                }
                if (i == HALT_AT_BAR)
                {
                    inputs.admin(AdminAction.HALT, timeNs);
                }
                btc.publish(inputs, i);
                eth.publish(inputs, i);
            }
            session.awaitProcessed();
            if (session.faults().total() != 0)
            {
                throw new AssertionError("faults while recording: " + session.faults().total());
            }
        }
    }
}
