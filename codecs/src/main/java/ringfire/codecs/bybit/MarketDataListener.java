package ringfire.codecs.bybit;

import org.agrona.DirectBuffer;
import ringfire.codecs.sbe.BookAction;
import ringfire.codecs.sbe.Side;

/**
 * Receives the events of the Bybit public market-data streams, one call per event, on the thread that called
 * {@link BybitMarketDataAdapter#onMessage}. Prices and quantities are scaled longs at the symbol's scales
 * ({@link SymbolResolver}); money at {@code Scales.MONEY}, rates at {@code Scales.RATIO}; times are Bybit's epoch
 * milliseconds. A message's events are delivered only after the whole message was read and checked.
 * {@link CharSequence} and {@link DirectBuffer} arguments are flyweights, valid only during the call: copy what
 * you keep. An exception thrown here propagates out of {@code onMessage}; the adapter's state stays consistent.
 */
public interface MarketDataListener
{
    /** One public trade ({@code publicTrade}); {@code side} is the taker's. */
    void onTrade(int symbolId, Side side, long price, long qty, long tradeTimeMs, long crossSeq,
        CharSequence tradeId, boolean blockTrade);

    /** One liquidation ({@code allLiquidation}); {@code side} BUY means a long position was liquidated; the
     * price is the bankruptcy price. */
    void onLiquidation(int symbolId, Side side, long price, long qty, long timeMs);

    /** The symbol's ticker after merging this message ({@code tickers} snapshot or delta). 0 means "not sent". */
    void onTicker(int symbolId, long bidPrice, long bidQty, long askPrice, long askQty, long lastPrice,
        long markPrice, long indexPrice, long fundingRate, long nextFundingTimeMs, long crossSeq, long timestampMs);

    /**
     * One level of an {@code orderbook} update, in message order (bids then asks). A SNAPSHOT update replaces the
     * whole book: its first level follows a call with {@code last} true (or none). In a DELTA, qty 0 deletes the
     * level. {@code timeMs} is the matching-engine time {@code cts} (else {@code ts}). An update without levels
     * makes no call; the adapter's {@link LocalBook} is current either way.
     */
    void onBookLevel(int symbolId, BookAction action, Side side, long price, long qty, long updateId, long timeMs,
        boolean last);

    /**
     * A delta whose update id does not follow the book's ({@code expectedUpdateId} is
     * {@link LocalBook#NO_UPDATE_ID} for a delta before any snapshot). The book drops deltas until the next
     * snapshot: resubscribe to get one. Called once per gap.
     */
    void onBookGap(int symbolId, long expectedUpdateId, long receivedUpdateId);

    /** One kline candle; {@code confirmed} true once it is closed, false while it is forming. */
    void onBar(int symbolId, int intervalSeconds, long startMs, long open, long high, long low, long close,
        long volume, long turnover, boolean confirmed);

    /** The reply to a subscribe request; a failure's reason is in {@code retMsg}. */
    void onSubscribeResponse(boolean success, CharSequence reqId, CharSequence retMsg);

    void onUnsubscribeResponse(boolean success, CharSequence reqId, CharSequence retMsg);

    /** The reply to a ping (public streams send op "ping" with ret_msg "pong"; others op "pong"). */
    void onPong(CharSequence reqId);

    /** A well-formed message with a topic ({@link DecodeKind#UNKNOWN_TOPIC}) or op ({@link DecodeKind#UNKNOWN_OP})
     * this adapter does not decode, as received. Also counted. */
    void onUnknown(DecodeKind kind, DirectBuffer message, int offset, int length);
}
