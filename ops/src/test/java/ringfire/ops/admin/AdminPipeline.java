package ringfire.ops.admin;

import org.agrona.concurrent.UnsafeBuffer;
import ringfire.codecs.EventView;
import ringfire.codecs.sbe.AdminCommandDecoder;
import ringfire.codecs.sbe.MessageHeaderDecoder;
import ringfire.codecs.sbe.Source;
import ringfire.engine.pipeline.Egress;
import ringfire.engine.pipeline.EngineEvent;
import ringfire.engine.pipeline.Faults;
import ringfire.engine.pipeline.Pipeline;
import ringfire.engine.pipeline.PipelineConfig;
import ringfire.engine.pipeline.Stage;
import ringfire.engine.pipeline.Stages;
import ringfire.engine.testing.CollectingJournal;

import java.util.ArrayList;
import java.util.List;

/** A real pipeline whose journal stage collects the inputs, to see the AdminCommand events the admin port queues. */
final class AdminPipeline implements AutoCloseable
{
    static final long TIME_NS = 1_772_323_200_000_000_000L;

    private static final Stage NOTHING = new Stage()
    {
        @Override
        public void onEvent(final EngineEvent event)
        {
        }

        @Override
        public String name()
        {
            return "none";
        }
    };

    /** One journaled AdminCommand input. */
    record Event(long sequence, Source source, long timeNs, long commandId, String action, int symbolId, long argument)
    {
    }

    final CollectingJournal journal = new CollectingJournal();
    final Pipeline pipeline = Pipeline.start(new PipelineConfig(PipelineConfig.Mode.SINGLE, PipelineConfig.Wait.BLOCKING,
        64), journal, new Stages(NOTHING, NOTHING, NOTHING, NOTHING), Egress.NONE, new Faults(), 100);

    AdminCommands commands(final EngineView view)
    {
        return new AdminCommands(pipeline.ingress(), view, () -> TIME_NS);
    }

    /** Every input journaled so far, decoded; all must be AdminCommands. */
    List<Event> events()
    {
        pipeline.awaitProcessed();
        final List<Event> out = new ArrayList<>();
        final AdminCommandDecoder decoder = new AdminCommandDecoder();
        final MessageHeaderDecoder header = new MessageHeaderDecoder();
        synchronized (journal.inputs)
        {
            for (final byte[] frame : journal.inputs)
            {
                final UnsafeBuffer buffer = new UnsafeBuffer(frame);
                if (EventView.templateId(buffer, 0) != AdminCommandDecoder.TEMPLATE_ID)
                {
                    throw new AssertionError("not an AdminCommand: template " + EventView.templateId(buffer, 0));
                }
                decoder.wrapAndApplyHeader(buffer, 0, header);
                out.add(new Event(decoder.header().sequence(), decoder.header().source(), decoder.header().eventTimeNs(),
                    decoder.commandId(), decoder.action().name(), decoder.symbolId(), decoder.argument()));
            }
        }
        return out;
    }

    @Override
    public void close()
    {
        pipeline.close();
    }
}
