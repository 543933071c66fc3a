package ringfire.codecs.bybit;

import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import ringfire.codecs.sbe.BookAction;
import ringfire.codecs.sbe.Side;

import java.util.Objects;

/**
 * Turns Bybit v5 public WebSocket text frames into {@link MarketDataListener} calls (see the package docs for
 * the topic → event mapping). One message in, its events out, nothing allocated after warm-up; bad or unknown
 * messages never throw out of {@link #onMessage}: they are counted in {@link #counters()} and produce no event
 * (unknown topics and ops also go to {@link MarketDataListener#onUnknown}). Keeps per symbol the merged ticker
 * and a {@link LocalBook}. Single-threaded: one adapter per connection, called from its I/O thread.
 */
public final class BybitMarketDataAdapter
{
    private final SymbolResolver symbols;
    private final MarketDataListener listener;
    private final DecodeCounters counters = new DecodeCounters();
    private final MessageReader reader;
    private final TextSlice text = new TextSlice();
    private final UnsafeBuffer arrayView = new UnsafeBuffer(new byte[0]);
    private final TickerState[] tickers;
    private final LocalBook[] books;
    private byte[] copy = new byte[4_096];

    public BybitMarketDataAdapter(final SymbolResolver symbols, final MarketDataListener listener)
    {
        this(symbols, listener, LocalBook.DEFAULT_DEPTH);
    }

    /** {@code bookDepth}: levels a side each {@link LocalBook} keeps; match the orderbook topic's depth. */
    public BybitMarketDataAdapter(final SymbolResolver symbols, final MarketDataListener listener, final int bookDepth)
    {
        this.symbols = Objects.requireNonNull(symbols, "symbols");
        this.listener = Objects.requireNonNull(listener, "listener");
        symbols.seal();
        reader = new MessageReader(symbols, counters);
        tickers = new TickerState[symbols.size()];
        books = new LocalBook[symbols.size()];
        for (int slot = 0; slot < symbols.size(); slot++)
        {
            tickers[slot] = new TickerState();
            books[slot] = new LocalBook(bookDepth);
        }
    }

    /** Decodes one whole text frame held in {@code bytes[offset, offset + length)}. */
    public void onMessage(final byte[] bytes, final int offset, final int length)
    {
        arrayView.wrap(bytes);
        onMessage(arrayView, offset, length);
    }

    /** Decodes one whole text frame; a buffer not backed by a byte array is copied first. */
    public void onMessage(final DirectBuffer buffer, final int offset, final int length)
    {
        buffer.boundsCheck(offset, length);
        counters.onMessage();
        final byte[] array = buffer.byteArray();
        final DecodeKind kind;
        if (array != null)
        {
            kind = reader.read(array, buffer.wrapAdjustment() + offset, length);
        }
        else
        {
            if (copy.length < length)
            {
                copy = new byte[Math.max(length, copy.length * 2)];
            }
            buffer.getBytes(offset, copy, 0, length);
            kind = reader.read(copy, 0, length);
        }
        if (kind != null)
        {
            counters.record(kind, buffer, offset, length);
            if (kind == DecodeKind.UNKNOWN_TOPIC || kind == DecodeKind.UNKNOWN_OP)
            {
                listener.onUnknown(kind, buffer, offset, length);
            }
            return;
        }
        emit();
    }

    /** Forgets every book and ticker, e.g. after a reconnect: books wait for a snapshot, tickers for one too. */
    public void reset()
    {
        for (int slot = 0; slot < books.length; slot++)
        {
            books[slot].clear();
            tickers[slot].clear();
        }
    }

    public DecodeCounters counters()
    {
        return counters;
    }

    public SymbolResolver symbols()
    {
        return symbols;
    }

    /** The symbol's book, or null for a symbol id not configured. */
    public LocalBook book(final int symbolId)
    {
        final int slot = symbols.slotOfId(symbolId);
        return slot == SymbolResolver.NOT_FOUND ? null : books[slot];
    }

    /** The symbol's merged ticker, or null for a symbol id not configured. */
    public TickerState ticker(final int symbolId)
    {
        final int slot = symbols.slotOfId(symbolId);
        return slot == SymbolResolver.NOT_FOUND ? null : tickers[slot];
    }

    private void emit()
    {
        final Envelope e = reader.envelope;
        final int slot = e.slot;
        switch (e.topic.kind)
        {
            case Topic.TRADE -> emitTrades(symbols.symbolId(slot));
            case Topic.LIQUIDATION -> emitLiquidations(symbols.symbolId(slot));
            case Topic.TICKER -> emitTicker(slot);
            case Topic.BOOK -> emitBook(slot);
            case Topic.KLINE -> emitBars(symbols.symbolId(slot), e.topic.parameter);
            default -> emitReply(e);
        }
    }

    private void emitTrades(final int symbolId)
    {
        final TradeBatch t = reader.trades;
        for (int i = 0; i < t.count; i++)
        {
            text.wrap(t.ids, i * TradeBatch.MAX_ID_LENGTH, t.idLength[i]);
            listener.onTrade(symbolId, t.side[i], t.price[i], t.qty[i], t.timeMs[i], t.crossSeq[i], text,
                t.blockTrade[i]);
        }
    }

    private void emitLiquidations(final int symbolId)
    {
        final TradeBatch t = reader.trades;
        for (int i = 0; i < t.count; i++)
        {
            listener.onLiquidation(symbolId, t.side[i], t.price[i], t.qty[i], t.timeMs[i]);
        }
    }

    private void emitTicker(final int slot)
    {
        final Envelope e = reader.envelope;
        final TickerState s = tickers[slot];
        final boolean snapshot = e.type == Envelope.SNAPSHOT;
        if (!snapshot && !s.hasSnapshot())
        {
            counters.increment(DecodeKind.TICKER_DELTA_WITHOUT_SNAPSHOT);
            return;
        }
        s.apply(reader.ticker, snapshot, e.cs, e.ts);
        listener.onTicker(symbols.symbolId(slot), s.bidPrice(), s.bidQty(), s.askPrice(), s.askQty(), s.lastPrice(),
            s.markPrice(), s.indexPrice(), s.fundingRate(), s.nextFundingTimeMs(), s.crossSeq(), s.timestampMs());
    }

    private void emitBook(final int slot)
    {
        final Envelope e = reader.envelope;
        final BookUpdate update = reader.book;
        final LocalBook book = books[slot];
        final int symbolId = symbols.symbolId(slot);
        final long timeMs = e.bookTimeMs();
        // u == 1: the service restarted; Bybit says to treat the message as a snapshot whatever its type.
        final boolean snapshot = e.type == Envelope.SNAPSHOT || update.updateId == 1;
        if (snapshot)
        {
            book.applySnapshot(update, timeMs);
        }
        else
        {
            final long expected = book.expectedUpdateId();
            final int verdict = book.checkDelta(update.updateId);
            if (verdict == LocalBook.DELTA_GAP)
            {
                counters.increment(DecodeKind.BOOK_GAP);
                listener.onBookGap(symbolId, expected, update.updateId);
                return;
            }
            if (verdict == LocalBook.DELTA_DROP)
            {
                counters.increment(DecodeKind.BOOK_DELTA_DROPPED);
                return;
            }
            book.applyDelta(update, timeMs);
        }
        final BookAction action = snapshot ? BookAction.SNAPSHOT : BookAction.DELTA;
        final int total = update.bidCount + update.askCount;
        for (int i = 0; i < update.bidCount; i++)
        {
            listener.onBookLevel(symbolId, action, Side.BUY, update.bidPrice[i], update.bidQty[i], update.updateId,
                timeMs, i + 1 == total);
        }
        for (int i = 0; i < update.askCount; i++)
        {
            listener.onBookLevel(symbolId, action, Side.SELL, update.askPrice[i], update.askQty[i], update.updateId,
                timeMs, update.bidCount + i + 1 == total);
        }
    }

    private void emitBars(final int symbolId, final int intervalSeconds)
    {
        final KlineBatch b = reader.bars;
        for (int i = 0; i < b.count; i++)
        {
            listener.onBar(symbolId, intervalSeconds, b.startMs[i], b.open[i], b.high[i], b.low[i], b.close[i],
                b.volume[i], b.turnover[i], b.confirmed[i]);
        }
    }

    private void emitReply(final Envelope e)
    {
        switch (e.op)
        {
            case Envelope.OP_SUBSCRIBE -> listener.onSubscribeResponse(e.success, e.reqId, e.retMsg);
            case Envelope.OP_UNSUBSCRIBE -> listener.onUnsubscribeResponse(e.success, e.reqId, e.retMsg);
            default -> listener.onPong(e.reqId);
        }
    }
}
