package ringfire.engine.report;

import org.agrona.DirectBuffer;
import ringfire.codecs.EventView;
import ringfire.codecs.sbe.ExitTriggeredDecoder;
import ringfire.codecs.sbe.FillDecoder;
import ringfire.codecs.sbe.FundingDecoder;
import ringfire.codecs.sbe.MessageHeaderDecoder;
import ringfire.codecs.sbe.PositionUpdateDecoder;

import java.util.function.Consumer;

/**
 * Closed round trips from decision frames as they are made, with the rules of the backtest report's
 * {@code trades.csv} (one {@link TradeBook}): Fill, PositionUpdate, Funding and ExitTriggered decisions are
 * booked, every other frame is ignored. Decoding allocates nothing; a fill allocates only for the trade it opens
 * or closes. Single-threaded.
 */
public final class RoundTrips
{
    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final FillDecoder fill = new FillDecoder();
    private final PositionUpdateDecoder position = new PositionUpdateDecoder();
    private final FundingDecoder funding = new FundingDecoder();
    private final ExitTriggeredDecoder exit = new ExitTriggeredDecoder();
    private final TradeBook book;

    /** @param closed receives each trade when its position is flat again, numbered 1.. in closing order */
    public RoundTrips(final Consumer<Trade> closed)
    {
        this(new TradeBook(closed));
    }

    /** Books into a trade book the caller also reads (the backtest report's {@link JournalScan}). */
    RoundTrips(final TradeBook book)
    {
        this.book = book;
    }

    /** Defines a symbol; fills of undefined symbols are refused. Defining the same symbol again is a no-op. */
    public void define(final int symbolId, final String name, final int priceScale, final int qtyScale)
    {
        book.define(new SymbolInfo(symbolId, name, priceScale, qtyScale));
    }

    /** Books one decision frame (header included), if it is one that changes a round trip. */
    public void onDecision(final DirectBuffer buffer, final int offset)
    {
        final long timeNs = EventView.eventTimeNs(buffer, offset);
        switch (EventView.templateId(buffer, offset))
        {
            case FillDecoder.TEMPLATE_ID ->
            {
                fill.wrapAndApplyHeader(buffer, offset, header);
                book.fill(fill.symbolId(), fill.side(), fill.price(), fill.qty(), fill.fee(), timeNs);
            }
            case PositionUpdateDecoder.TEMPLATE_ID ->
            {
                position.wrapAndApplyHeader(buffer, offset, header);
                book.positionUpdate(position.symbolId(), position.side(), position.size(), position.entryPrice());
            }
            case FundingDecoder.TEMPLATE_ID ->
            {
                funding.wrapAndApplyHeader(buffer, offset, header);
                book.funding(funding.symbolId(), funding.payment());
            }
            case ExitTriggeredDecoder.TEMPLATE_ID ->
            {
                exit.wrapAndApplyHeader(buffer, offset, header);
                book.exitTriggered(exit.symbolId(), exit.reason());
            }
            default ->
            {
            }
        }
    }
}
