package ringfire.engine.session;

import org.agrona.DirectBuffer;
import ringfire.codecs.EventView;
import ringfire.codecs.sbe.MessageHeaderDecoder;
import ringfire.codecs.sbe.SettingAppliedDecoder;
import ringfire.codecs.sbe.SettingResult;
import ringfire.engine.pipeline.Egress;
import ringfire.engine.settings.EngineSettings;

/**
 * The settings in force as seen from outside the pipeline: the session's start settings with every
 * {@code SettingApplied} APPLIED decision folded in, in order. It sits in the egress chain (on the stage thread,
 * after the decision is journaled) and passes every decision on; {@link #current()} may be read from any thread
 * and is at most one setting change behind the risk stage. Allocates only for a setting change.
 */
public final class AppliedSettings implements Egress
{
    private final Egress next;
    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final SettingAppliedDecoder applied = new SettingAppliedDecoder();
    private volatile EngineSettings current;

    /** @param next where every decision goes on to */
    public AppliedSettings(final EngineSettings start, final Egress next)
    {
        this.current = start;
        this.next = next;
    }

    /** The settings in force after the last applied change that left the pipeline. */
    public EngineSettings current()
    {
        return current;
    }

    @Override
    public void onDecision(final DirectBuffer buffer, final int offset, final int length)
    {
        if (EventView.templateId(buffer, offset) == SettingAppliedDecoder.TEMPLATE_ID)
        {
            applied.wrapAndApplyHeader(buffer, offset, header);
            if (applied.result() == SettingResult.APPLIED)
            {
                // the risk stage read the same key and value successfully, so the whole settings read them too
                current = current.with(applied.key(), applied.value());
            }
        }
        next.onDecision(buffer, offset, length);
    }
}
