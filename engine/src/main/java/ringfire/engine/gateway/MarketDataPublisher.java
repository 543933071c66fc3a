package ringfire.engine.gateway;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;
import ringfire.codecs.bybit.DecodeKind;
import ringfire.codecs.bybit.MarketDataListener;
import ringfire.codecs.sbe.BarEncoder;
import ringfire.codecs.sbe.BookAction;
import ringfire.codecs.sbe.BookLevelEncoder;
import ringfire.codecs.sbe.BooleanType;
import ringfire.codecs.sbe.GatewayState;
import ringfire.codecs.sbe.GatewayStatusEncoder;
import ringfire.codecs.sbe.MessageHeaderEncoder;
import ringfire.codecs.sbe.Side;
import ringfire.codecs.sbe.Source;
import ringfire.codecs.sbe.TickerEncoder;
import ringfire.codecs.sbe.TradeEncoder;
import ringfire.engine.pipeline.Ingress;

import java.util.function.IntConsumer;

/**
 * Puts decoded Bybit market data on the ring as input events (source FEED), encoding in place: trades, merged
 * tickers, order-book levels, klines (confirmed ones as closed bars) and BOOK_GAP gateway status. Event times
 * are the exchange's: trade time, ticker timestamp, book update time, and a kline's close time (start +
 * interval). On a book gap it asks for a fresh snapshot through {@code resubscribe}. Liquidations, pongs and
 * replies carry nothing the pipeline decides on and are not published. Allocation-free.
 */
public final class MarketDataPublisher implements MarketDataListener
{
    private static final long MS = 1_000_000L;

    private final Ingress ingress;
    private final IntConsumer resubscribe;
    private final MessageHeaderEncoder header = new MessageHeaderEncoder();
    private final TradeEncoder trade = new TradeEncoder();
    private final TickerEncoder ticker = new TickerEncoder();
    private final BookLevelEncoder level = new BookLevelEncoder();
    private final BarEncoder bar = new BarEncoder();
    private final GatewayStatusEncoder status = new GatewayStatusEncoder();
    private long lastTimeNs;
    private long receivedNs;

    /** @param resubscribe called with a symbol id whose order book needs a fresh snapshot */
    public MarketDataPublisher(final Ingress ingress, final IntConsumer resubscribe)
    {
        this.ingress = ingress;
        this.resubscribe = resubscribe;
    }

    /**
     * Notes when the frame about to be decoded was received (monotonic nanoseconds); every input published from
     * it carries that time for latency metrics. Call before handing the frame to the decoder; 0 for unknown.
     */
    public void frameReceived(final long receivedNs)
    {
        this.receivedNs = receivedNs;
    }

    @Override
    public void onTrade(final int symbolId, final Side side, final long price, final long qty, final long tradeTimeMs,
        final long crossSeq, final CharSequence tradeId, final boolean blockTrade)
    {
        final long claim = ingress.claim();
        final MutableDirectBuffer buffer = ingress.buffer(claim);
        trade.wrapAndApplyHeader(buffer, 0, header).header().sequence(0).eventTimeNs(time(tradeTimeMs * MS)).source(Source.FEED);
        trade.symbolId(symbolId).side(side).price(price).qty(qty);
        trade.tradeId(tradeId.length() <= TradeEncoder.tradeIdLength() ? tradeId : tradeId.subSequence(0,
            TradeEncoder.tradeIdLength()));
        ingress.publish(claim, MessageHeaderEncoder.ENCODED_LENGTH + trade.encodedLength(), receivedNs);
    }

    @Override
    public void onLiquidation(final int symbolId, final Side side, final long price, final long qty, final long timeMs)
    {
    }

    @Override
    public void onTicker(final int symbolId, final long bidPrice, final long bidQty, final long askPrice,
        final long askQty, final long lastPrice, final long markPrice, final long indexPrice, final long fundingRate,
        final long nextFundingTimeMs, final long crossSeq, final long timestampMs)
    {
        final long claim = ingress.claim();
        ticker.wrapAndApplyHeader(ingress.buffer(claim), 0, header).header().sequence(0).eventTimeNs(time(timestampMs * MS))
            .source(Source.FEED);
        ticker.symbolId(symbolId).bidPrice(bidPrice).bidQty(bidQty).askPrice(askPrice).askQty(askQty)
            .lastPrice(lastPrice).markPrice(markPrice).indexPrice(indexPrice).fundingRate(fundingRate)
            .nextFundingTimeNs(nextFundingTimeMs * MS);
        ingress.publish(claim, MessageHeaderEncoder.ENCODED_LENGTH + ticker.encodedLength(), receivedNs);
    }

    @Override
    public void onBookLevel(final int symbolId, final BookAction action, final Side side, final long price,
        final long qty, final long updateId, final long timeMs, final boolean last)
    {
        final long claim = ingress.claim();
        level.wrapAndApplyHeader(ingress.buffer(claim), 0, header).header().sequence(0).eventTimeNs(time(timeMs * MS))
            .source(Source.FEED);
        level.symbolId(symbolId).action(action).side(side).price(price).qty(qty).updateId(updateId)
            .lastInUpdate(last ? BooleanType.TRUE : BooleanType.FALSE);
        ingress.publish(claim, MessageHeaderEncoder.ENCODED_LENGTH + level.encodedLength(), receivedNs);
    }

    @Override
    public void onBookGap(final int symbolId, final long expectedUpdateId, final long receivedUpdateId)
    {
        final long claim = ingress.claim();
        status.wrapAndApplyHeader(ingress.buffer(claim), 0, header).header().sequence(0).eventTimeNs(lastTimeNs)
            .source(Source.FEED);
        status.state(GatewayState.BOOK_GAP).symbolId(symbolId).detail(receivedUpdateId - expectedUpdateId);
        ingress.publish(claim, MessageHeaderEncoder.ENCODED_LENGTH + status.encodedLength(), receivedNs);
        resubscribe.accept(symbolId);
    }

    @Override
    public void onBar(final int symbolId, final int intervalSeconds, final long startMs, final long open,
        final long high, final long low, final long close, final long volume, final long turnover,
        final boolean confirmed)
    {
        final long claim = ingress.claim();
        final long startNs = startMs * MS;
        bar.wrapAndApplyHeader(ingress.buffer(claim), 0, header).header().sequence(0)
            .eventTimeNs(time(startNs + intervalSeconds * 1_000_000_000L)).source(Source.FEED);
        bar.symbolId(symbolId).intervalSeconds(intervalSeconds).openTimeNs(startNs).open(open).high(high).low(low)
            .close(close).volume(volume).turnover(turnover).closed(confirmed ? BooleanType.TRUE : BooleanType.FALSE);
        ingress.publish(claim, MessageHeaderEncoder.ENCODED_LENGTH + bar.encodedLength(), receivedNs);
    }

    /** Gap reports carry the time of the last event published before them. */
    private long time(final long timeNs)
    {
        lastTimeNs = timeNs;
        return timeNs;
    }

    @Override
    public void onSubscribeResponse(final boolean success, final CharSequence reqId, final CharSequence retMsg)
    {
    }

    @Override
    public void onUnsubscribeResponse(final boolean success, final CharSequence reqId, final CharSequence retMsg)
    {
    }

    @Override
    public void onPong(final CharSequence reqId)
    {
    }

    @Override
    public void onUnknown(final DecodeKind kind, final DirectBuffer message, final int offset, final int length)
    {
    }
}
