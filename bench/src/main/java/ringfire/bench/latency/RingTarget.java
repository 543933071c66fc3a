package ringfire.bench.latency;

import ringfire.engine.pipeline.Egress;
import ringfire.engine.pipeline.EventJournal;
import ringfire.engine.pipeline.Faults;
import ringfire.engine.pipeline.Ingress;
import ringfire.engine.pipeline.Pipeline;
import ringfire.engine.pipeline.PipelineConfig;
import ringfire.engine.pipeline.Stages;

/** The engine's own {@link Pipeline}, as the daemon starts it. */
final class RingTarget implements Target
{
    private final Pipeline pipeline;

    RingTarget(final PipelineConfig config, final EventJournal journal, final Stages stages, final Egress egress,
        final Faults faults)
    {
        pipeline = Pipeline.start(config, journal, stages, egress, faults, 1);
    }

    @Override
    public Ingress ingress()
    {
        return pipeline.ingress();
    }

    @Override
    public void handOff()
    {
    }

    @Override
    public void awaitProcessed()
    {
        pipeline.awaitProcessed();
    }

    @Override
    public void close()
    {
        pipeline.close();
    }
}
