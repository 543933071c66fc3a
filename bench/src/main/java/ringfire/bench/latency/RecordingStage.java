package ringfire.bench.latency;

import ringfire.codecs.sbe.MessageHeaderDecoder;
import ringfire.codecs.sbe.TradeDecoder;
import ringfire.engine.pipeline.EngineEvent;
import ringfire.engine.pipeline.Stage;

/**
 * The execution stage with the measurement point right behind it: after execution has handled a feed trade, the
 * time since the trade's frame was received (and since it was due) is recorded. Every trade is measured, whether
 * or not it led to an order (the steady state of the harness makes no orders: positions are open, nothing
 * triggers). Journaling of decisions and their egress, which follow the execution stage, are not inside the
 * measurement.
 */
final class RecordingStage implements Stage
{
    private final Stage execution;
    private final Measurement measurement;
    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final TradeDecoder trade = new TradeDecoder();

    RecordingStage(final Stage execution, final Measurement measurement)
    {
        this.execution = execution;
        this.measurement = measurement;
    }

    @Override
    public void onEvent(final EngineEvent event)
    {
        execution.onEvent(event);
        if (event.templateId() == TradeDecoder.TEMPLATE_ID && event.receivedNs() != 0)
        {
            final long now = System.nanoTime();
            trade.wrapAndApplyHeader(event.input(), 0, header);
            measurement.record(tradeNumber(trade), event.receivedNs(), now);
        }
    }

    /** The feed's message number, which it sends as the trade id. */
    static long tradeNumber(final TradeDecoder trade)
    {
        long n = 0;
        for (int i = 0, len = TradeDecoder.tradeIdLength(); i < len; i++)
        {
            final byte b = trade.tradeId(i);
            if (b < '0' || b > '9')
            {
                break;
            }
            n = n * 10 + (b - '0');
        }
        return n;
    }

    @Override
    public String name()
    {
        return execution.name();
    }
}
