package ringfire.codecs.bybit;

import org.agrona.DirectBuffer;
import ringfire.codecs.sbe.BookAction;
import ringfire.codecs.sbe.Side;

import java.util.ArrayList;
import java.util.List;

/** Records every listener call as a value, in order. */
final class RecordingListener implements MarketDataListener
{
    record Trade(int symbolId, Side side, long price, long qty, long timeMs, long crossSeq, String tradeId,
        boolean blockTrade)
    {
    }

    record Liquidation(int symbolId, Side side, long price, long qty, long timeMs)
    {
    }

    record Ticker(int symbolId, long bidPrice, long bidQty, long askPrice, long askQty, long lastPrice,
        long markPrice, long indexPrice, long fundingRate, long nextFundingTimeMs, long crossSeq, long timestampMs)
    {
    }

    record Level(int symbolId, BookAction action, Side side, long price, long qty, long updateId, long timeMs,
        boolean last)
    {
    }

    record Gap(int symbolId, long expected, long received)
    {
    }

    record Bar(int symbolId, int intervalSeconds, long startMs, long open, long high, long low, long close,
        long volume, long turnover, boolean confirmed)
    {
    }

    record Reply(String op, boolean success, String reqId, String retMsg)
    {
    }

    record Pong(String reqId)
    {
    }

    record Unknown(DecodeKind kind, String message)
    {
    }

    final List<Object> events = new ArrayList<>();

    @SuppressWarnings("unchecked")
    <T> List<T> of(final Class<T> type)
    {
        return (List<T>)events.stream().filter(type::isInstance).toList();
    }

    @Override
    public void onTrade(final int symbolId, final Side side, final long price, final long qty, final long tradeTimeMs,
        final long crossSeq, final CharSequence tradeId, final boolean blockTrade)
    {
        events.add(new Trade(symbolId, side, price, qty, tradeTimeMs, crossSeq, tradeId.toString(), blockTrade));
    }

    @Override
    public void onLiquidation(final int symbolId, final Side side, final long price, final long qty, final long timeMs)
    {
        events.add(new Liquidation(symbolId, side, price, qty, timeMs));
    }

    @Override
    public void onTicker(final int symbolId, final long bidPrice, final long bidQty, final long askPrice,
        final long askQty, final long lastPrice, final long markPrice, final long indexPrice, final long fundingRate,
        final long nextFundingTimeMs, final long crossSeq, final long timestampMs)
    {
        events.add(new Ticker(symbolId, bidPrice, bidQty, askPrice, askQty, lastPrice, markPrice, indexPrice,
            fundingRate, nextFundingTimeMs, crossSeq, timestampMs));
    }

    @Override
    public void onBookLevel(final int symbolId, final BookAction action, final Side side, final long price,
        final long qty, final long updateId, final long timeMs, final boolean last)
    {
        events.add(new Level(symbolId, action, side, price, qty, updateId, timeMs, last));
    }

    @Override
    public void onBookGap(final int symbolId, final long expectedUpdateId, final long receivedUpdateId)
    {
        events.add(new Gap(symbolId, expectedUpdateId, receivedUpdateId));
    }

    @Override
    public void onBar(final int symbolId, final int intervalSeconds, final long startMs, final long open,
        final long high, final long low, final long close, final long volume, final long turnover,
        final boolean confirmed)
    {
        events.add(new Bar(symbolId, intervalSeconds, startMs, open, high, low, close, volume, turnover, confirmed));
    }

    @Override
    public void onSubscribeResponse(final boolean success, final CharSequence reqId, final CharSequence retMsg)
    {
        events.add(new Reply("subscribe", success, reqId.toString(), retMsg.toString()));
    }

    @Override
    public void onUnsubscribeResponse(final boolean success, final CharSequence reqId, final CharSequence retMsg)
    {
        events.add(new Reply("unsubscribe", success, reqId.toString(), retMsg.toString()));
    }

    @Override
    public void onPong(final CharSequence reqId)
    {
        events.add(new Pong(reqId.toString()));
    }

    @Override
    public void onUnknown(final DecodeKind kind, final DirectBuffer message, final int offset, final int length)
    {
        events.add(new Unknown(kind, message.getStringWithoutLengthUtf8(offset, length)));
    }
}
