package ringfire.engine.testing;

import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import ringfire.codecs.EventView;
import ringfire.engine.pipeline.Decisions;
import ringfire.engine.pipeline.EngineEvent;
import ringfire.engine.pipeline.EventJournal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** An in-memory journal stage for tests: keeps copies of inputs and decisions. */
public class CollectingJournal implements EventJournal
{
    public final List<byte[]> inputs = Collections.synchronizedList(new ArrayList<>());
    public final List<byte[]> decisions = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void onInput(final EngineEvent event)
    {
        inputs.add(copy(event.input(), 0, event.inputLength()));
    }

    @Override
    public void onDecisions(final EngineEvent event)
    {
        final Decisions d = event.decisions();
        for (int i = 0; i < d.count(); i++)
        {
            decisions.add(copy(d.buffer(), d.offset(i), d.length(i)));
        }
    }

    public List<Integer> decisionTemplates()
    {
        synchronized (decisions)
        {
            return decisions.stream().map(b -> EventView.templateId(new UnsafeBuffer(b), 0)).toList();
        }
    }

    private static byte[] copy(final DirectBuffer buffer, final int offset, final int length)
    {
        final byte[] bytes = new byte[length];
        buffer.getBytes(offset, bytes);
        return bytes;
    }
}
