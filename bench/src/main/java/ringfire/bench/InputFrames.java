package ringfire.bench;

import org.agrona.MutableDirectBuffer;
import ringfire.codecs.sbe.BarEncoder;
import ringfire.codecs.sbe.BooleanType;
import ringfire.codecs.sbe.MessageHeaderEncoder;
import ringfire.codecs.sbe.Side;
import ringfire.codecs.sbe.Source;
import ringfire.codecs.sbe.SymbolDefinitionEncoder;
import ringfire.codecs.sbe.TimerKind;
import ringfire.codecs.sbe.TimerTickEncoder;
import ringfire.codecs.sbe.TradeEncoder;
import ringfire.engine.market.InstrumentSpec;
import ringfire.engine.pipeline.Ingress;

import java.util.List;

/**
 * Publishes inputs onto a pipeline's {@link Ingress}, encoded in place the way the real sources do (the symbol
 * table as a session defines it, bars as the backtest feeds them, trades as the market-data gateway publishes
 * them). No allocation per input.
 */
public final class InputFrames
{
    private final Ingress ingress;
    private final MessageHeaderEncoder header = new MessageHeaderEncoder();
    private final SymbolDefinitionEncoder definition = new SymbolDefinitionEncoder();
    private final BarEncoder bar = new BarEncoder();
    private final TradeEncoder trade = new TradeEncoder();
    private final TimerTickEncoder timer = new TimerTickEncoder();

    public InputFrames(final Ingress ingress)
    {
        this.ingress = ingress;
    }

    /** The symbol table, as {@code Session} puts it on the ring before any other input. */
    public void defineSymbols(final List<InstrumentSpec> instruments, final long timeNs)
    {
        for (final InstrumentSpec instrument : instruments)
        {
            final long claim = ingress.claim();
            definition.wrapAndApplyHeader(ingress.buffer(claim), 0, header)
                .header().sequence(0).eventTimeNs(timeNs).source(Source.CONFIG);
            definition.symbolId(instrument.id()).priceScale((short)instrument.priceScale())
                .qtyScale((short)instrument.qtyScale()).name(instrument.name());
            ingress.publish(claim, MessageHeaderEncoder.ENCODED_LENGTH + definition.encodedLength());
        }
    }

    /** A closed 1m-style bar known at its close time (open + interval), as the backtest's bar feed sends it. */
    public void bar(final int symbolId, final int intervalSeconds, final long openTimeNs, final long open,
        final long high, final long low, final long close, final long volume, final long turnover)
    {
        final long closeNs = openTimeNs + intervalSeconds * 1_000_000_000L;
        final long claim = ingress.claim();
        final MutableDirectBuffer buffer = ingress.buffer(claim);
        bar.wrapAndApplyHeader(buffer, 0, header).header().sequence(0).eventTimeNs(closeNs).source(Source.IMPORT);
        bar.symbolId(symbolId).intervalSeconds(intervalSeconds).openTimeNs(openTimeNs).open(open).high(high).low(low)
            .close(close).volume(volume).turnover(turnover).closed(BooleanType.TRUE);
        ingress.publish(claim, MessageHeaderEncoder.ENCODED_LENGTH + bar.encodedLength());
    }

    /** A public trade, as the market-data gateway publishes it (source FEED). */
    public void trade(final int symbolId, final Side side, final long price, final long qty, final long timeNs,
        final CharSequence tradeId)
    {
        final long claim = ingress.claim();
        trade.wrapAndApplyHeader(ingress.buffer(claim), 0, header).header().sequence(0).eventTimeNs(timeNs)
            .source(Source.FEED);
        trade.symbolId(symbolId).side(side).price(price).qty(qty).tradeId(tradeId);
        ingress.publish(claim, MessageHeaderEncoder.ENCODED_LENGTH + trade.encodedLength());
    }

    /** A heartbeat timer tick. */
    public void heartbeat(final long timeNs)
    {
        final long claim = ingress.claim();
        timer.wrapAndApplyHeader(ingress.buffer(claim), 0, header).header().sequence(0).eventTimeNs(timeNs)
            .source(Source.TIMER);
        timer.timerId(1).kind(TimerKind.HEARTBEAT);
        ingress.publish(claim, MessageHeaderEncoder.ENCODED_LENGTH + timer.encodedLength());
    }
}
