package ringfire.ops.admin;

import org.agrona.concurrent.UnsafeBuffer;
import ringfire.codecs.EventView;
import ringfire.codecs.sbe.AdminCommandDecoder;
import ringfire.codecs.sbe.MessageHeaderDecoder;
import ringfire.codecs.sbe.SettingChangeDecoder;
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

/**
 * A real pipeline whose journal stage collects the inputs, to see the AdminCommand and SettingChange events the admin
 * port queues.
 */
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

    /** One journaled SettingChange input. */
    record Setting(long sequence, Source source, long timeNs, long commandId, String key, String value)
    {
    }

    final CollectingJournal journal = new CollectingJournal();
    final Pipeline pipeline = Pipeline.start(new PipelineConfig(PipelineConfig.Mode.SINGLE, PipelineConfig.Wait.BLOCKING,
        64), journal, new Stages(NOTHING, NOTHING, NOTHING, NOTHING), Egress.NONE, new Faults(), 100);

    AdminCommands commands(final EngineView view)
    {
        return new AdminCommands(pipeline.ingress(), view, () -> TIME_NS);
    }

    /** Every AdminCommand input journaled so far, decoded; every input must be an AdminCommand or SettingChange. */
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
                final int template = EventView.templateId(buffer, 0);
                if (template == SettingChangeDecoder.TEMPLATE_ID)
                {
                    continue;
                }
                if (template != AdminCommandDecoder.TEMPLATE_ID)
                {
                    throw new AssertionError("not an AdminCommand: template " + template);
                }
                decoder.wrapAndApplyHeader(buffer, 0, header);
                out.add(new Event(decoder.header().sequence(), decoder.header().source(), decoder.header().eventTimeNs(),
                    decoder.commandId(), decoder.action().name(), decoder.symbolId(), decoder.argument()));
            }
        }
        return out;
    }

    /** Every SettingChange input journaled so far, decoded. */
    List<Setting> settingChanges()
    {
        pipeline.awaitProcessed();
        final List<Setting> out = new ArrayList<>();
        final SettingChangeDecoder decoder = new SettingChangeDecoder();
        final MessageHeaderDecoder header = new MessageHeaderDecoder();
        synchronized (journal.inputs)
        {
            for (final byte[] frame : journal.inputs)
            {
                final UnsafeBuffer buffer = new UnsafeBuffer(frame);
                if (EventView.templateId(buffer, 0) == SettingChangeDecoder.TEMPLATE_ID)
                {
                    decoder.wrapAndApplyHeader(buffer, 0, header);
                    out.add(new Setting(decoder.header().sequence(), decoder.header().source(),
                        decoder.header().eventTimeNs(), decoder.commandId(), decoder.key(), decoder.value()));
                }
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
