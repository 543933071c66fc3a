package ringfire.engine.backtest;

import org.agrona.MutableDirectBuffer;
import ringfire.codecs.sbe.BarEncoder;
import ringfire.codecs.sbe.BooleanType;
import ringfire.codecs.sbe.MessageHeaderEncoder;
import ringfire.codecs.sbe.Source;
import ringfire.codecs.sbe.TimerKind;
import ringfire.codecs.sbe.TimerTickEncoder;
import ringfire.engine.pipeline.Ingress;
import ringfire.journal.importer.BarSink;

/**
 * Puts historical bars on the ring as closed Bar inputs (source IMPORT), each known at its close time
 * (open + interval), and ends the data with an END_OF_DATA timer tick. Encodes in place; no allocation per bar.
 */
final class BarFeed implements BarSink
{
    private final Ingress ingress;
    private final int symbolId;
    private final int intervalSeconds;
    private final BarEncoder bar = new BarEncoder();
    private final TimerTickEncoder timer = new TimerTickEncoder();
    private final MessageHeaderEncoder header = new MessageHeaderEncoder();
    private final Progress progress;
    private long bars;
    private long lastCloseNs;

    BarFeed(final Ingress ingress, final int symbolId, final int intervalSeconds, final Progress progress)
    {
        this.ingress = ingress;
        this.symbolId = symbolId;
        this.intervalSeconds = intervalSeconds;
        this.progress = progress;
    }

    @Override
    public void onBar(final long openTimeMs, final long open, final long high, final long low, final long close,
        final long volume, final long turnover)
    {
        final long openNs = openTimeMs * 1_000_000L;
        final long closeNs = openNs + intervalSeconds * 1_000_000_000L;
        final long claim = ingress.claim();
        final MutableDirectBuffer buffer = ingress.buffer(claim);
        bar.wrapAndApplyHeader(buffer, 0, header).header().sequence(0).eventTimeNs(closeNs).source(Source.IMPORT);
        bar.symbolId(symbolId).intervalSeconds(intervalSeconds).openTimeNs(openNs).open(open).high(high).low(low)
            .close(close).volume(volume).turnover(turnover).closed(BooleanType.TRUE);
        ingress.publish(claim, MessageHeaderEncoder.ENCODED_LENGTH + bar.encodedLength());
        lastCloseNs = closeNs;
        bars++;
        progress.onBar(bars, closeNs);
    }

    /** The data has ended: open positions close at the last close. */
    void endOfData()
    {
        final long claim = ingress.claim();
        timer.wrapAndApplyHeader(ingress.buffer(claim), 0, header).header().sequence(0).eventTimeNs(lastCloseNs)
            .source(Source.TIMER);
        timer.timerId(0).kind(TimerKind.END_OF_DATA);
        ingress.publish(claim, MessageHeaderEncoder.ENCODED_LENGTH + timer.encodedLength());
    }

    long bars()
    {
        return bars;
    }

    long lastCloseNs()
    {
        return lastCloseNs;
    }
}
