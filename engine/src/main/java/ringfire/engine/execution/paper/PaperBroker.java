package ringfire.engine.execution.paper;

import ringfire.codecs.sbe.Liquidity;
import ringfire.codecs.sbe.OrderState;
import ringfire.codecs.sbe.Side;
import ringfire.engine.market.InstrumentSpec;

/**
 * Simulated exchange for paper trading and backtests: single-threaded, deterministic, allocation-free after
 * construction. It holds open orders in a fixed pool, matches them against the market events the caller feeds
 * it (rules in {@link MatchPrices}, prices and fees in {@link PaperMath}), settles funding and force-closes
 * liquidated positions. It does not keep positions: results go to a {@link PaperListener}, and positions, mark
 * prices and funding rates are read through a {@link PositionView}.
 *
 * <p>Eligibility: an order can fill only from the first market event ({@link #onTrade}, {@link #onTicker},
 * {@link #onBar}) that starts after {@link #submit} returned. So the caller feeds an input to the broker before
 * it submits the orders that input caused: an order decided on bar N fills at bar N+1's open, never on bar N.
 * Call {@link #onTime} with each input's event time before its market event, so funding falls on the position
 * held before that event's fills. Prices and quantities are at the instrument's scales, fees Money, times epoch ns.
 */
public final class PaperBroker
{
    public static final int DEFAULT_CAPACITY = 256;

    private final PaperSettings settings;
    private final PaperInstruments instruments;
    private final PositionView positions;
    private final PaperListener listener;
    private final OpenOrders orders;
    private final FundingSettlement funding;
    private final MatchPrices prices = new MatchPrices();
    private long eventCount;
    private boolean matching;

    public PaperBroker(final PaperSettings settings, final PaperInstruments instruments,
        final PositionView positions, final PaperListener listener, final int capacity)
    {
        this.settings = settings;
        this.instruments = instruments;
        this.positions = positions;
        this.listener = listener;
        this.orders = new OpenOrders(capacity);
        this.funding = new FundingSettlement(settings, instruments, positions, listener);
    }

    /**
     * Accepts an order ({@link OrderReason#OK}, reported as {@code NEW}) or rejects it (reported as
     * {@code REJECTED}). {@code price} is 0 for MARKET, the limit price for LIMIT, the trigger for STOP.
     * A reduce-only order is checked against the position when it would fill, not here.
     */
    public OrderReason submit(final long clientOrderId, final int symbolId, final Side side,
        final PaperOrderType type, final long price, final long qty, final boolean reduceOnly, final long timeNs)
    {
        if ((side != Side.BUY && side != Side.SELL) || type == null)
        {
            throw new IllegalArgumentException("order " + clientOrderId + ": side must be BUY or SELL and type set");
        }
        final OrderReason reason = validate(clientOrderId, symbolId, type, price, qty);
        if (reason != OrderReason.OK)
        {
            listener.onOrderState(clientOrderId, symbolId, OrderState.REJECTED, reason, timeNs);
            return reason;
        }
        orders.add(clientOrderId, symbolId, side, type, price, qty, reduceOnly, eventCount + 1, timeNs);
        listener.onOrderState(clientOrderId, symbolId, OrderState.NEW, OrderReason.OK, timeNs);
        return OrderReason.OK;
    }

    private OrderReason validate(final long clientOrderId, final int symbolId, final PaperOrderType type,
        final long price, final long qty)
    {
        final InstrumentSpec spec = instrument(symbolId);
        if (spec == null)
        {
            return OrderReason.UNKNOWN_SYMBOL;
        }
        if (orders.indexOf(clientOrderId) >= 0)
        {
            return OrderReason.DUPLICATE_ID;
        }
        if (qty <= 0 || qty % spec.qtyStep() != 0)
        {
            return OrderReason.INVALID_QTY;
        }
        if (type == PaperOrderType.MARKET ? price != 0 : price <= 0 || price % spec.tickSize() != 0)
        {
            return OrderReason.INVALID_PRICE;
        }
        if (orders.isFull() && !matching)
        {
            orders.compact();
        }
        return orders.isFull() ? OrderReason.POOL_FULL : OrderReason.OK;
    }

    /** Cancels one open order ({@code CANCELLED} reported), or returns {@link OrderReason#UNKNOWN_ORDER}. */
    public OrderReason cancel(final long clientOrderId, final long timeNs)
    {
        final int i = orders.indexOf(clientOrderId);
        if (i < 0)
        {
            return OrderReason.UNKNOWN_ORDER;
        }
        cancelAt(i, OrderReason.CANCELLED, timeNs);
        return OrderReason.OK;
    }

    /** Cancels the open orders of {@code symbolId}, or of every symbol when it is 0; returns how many. */
    public int cancelAll(final int symbolId, final long timeNs)
    {
        return cancelSymbol(symbolId, OrderReason.CANCELLED, timeNs);
    }

    /** A trade at {@code price}. */
    public void onTrade(final int symbolId, final long price, final long timeNs)
    {
        prices.quote(0, 0, price);
        match(symbolId, timeNs);
    }

    /** Best bid and ask (0 when unknown) and last trade price. */
    public void onTicker(final int symbolId, final long bid, final long ask, final long last, final long timeNs)
    {
        prices.quote(bid, ask, last);
        match(symbolId, timeNs);
    }

    /** A bar; the close is not used for matching (orders placed on this bar fill from the next event). */
    public void onBar(final int symbolId, final long open, final long high, final long low, final long close,
        final long timeNs)
    {
        prices.bar(open, high, low);
        match(symbolId, timeNs);
    }

    /**
     * Settles funding for every funding time crossed since the previous call ({@link FundingClock}), reporting one
     * {@link PaperListener#onFunding} per open position (details in {@link FundingSettlement}); returns how many.
     */
    public int onTime(final long timeNs)
    {
        return funding.onTime(timeNs);
    }

    /**
     * Force-closes {@code qty} of a liquidated position: cancels the symbol's open orders (reason
     * {@link OrderReason#LIQUIDATION}), then reports a taker fill of {@code side} (the closing side) at
     * {@code price} rounded to the tick against the account, without slippage. The caller decides when (its
     * ledger's liquidation check) and journals the reason; no order state is reported for the fill.
     */
    public void liquidate(final long clientOrderId, final int symbolId, final Side side, final long qty,
        final long price, final long timeNs)
    {
        final InstrumentSpec spec = instrument(symbolId);
        if (spec == null || (side != Side.BUY && side != Side.SELL) || qty <= 0 || price <= 0)
        {
            throw new IllegalArgumentException("liquidation of symbol " + symbolId
                + ": needs a known symbol, a side, a positive qty and a positive price");
        }
        cancelSymbol(symbolId, OrderReason.LIQUIDATION, timeNs);
        final long fillPrice = PaperMath.againstTick(spec, side, price);
        listener.onFill(clientOrderId, symbolId, side, fillPrice, qty,
            PaperMath.fee(spec, fillPrice, qty, settings.takerFee()), Liquidity.TAKER, timeNs);
    }

    /**
     * Fills an exit that an exit plan triggered at {@code price} (its stop, trailing, pullback, take-profit or
     * partial level, or the open of a bar that gapped beyond it): a stop order that was touched, so it fills now
     * as a taker with slippage against the order.
     */
    public void fillAt(final long clientOrderId, final int symbolId, final Side side, final long qty,
        final long price, final long timeNs)
    {
        final InstrumentSpec spec = instrument(symbolId);
        if (spec == null || (side != Side.BUY && side != Side.SELL) || qty <= 0 || price <= 0)
        {
            throw new IllegalArgumentException("exit fill of symbol " + symbolId
                + ": needs a known symbol, a side, a positive qty and a positive price");
        }
        final long fillPrice = PaperMath.slipped(spec, side, price, settings.slippage());
        listener.onFill(clientOrderId, symbolId, side, fillPrice, qty,
            PaperMath.fee(spec, fillPrice, qty, settings.takerFee()), Liquidity.TAKER, timeNs);
    }

    /** Open orders. */
    public int openOrders()
    {
        return orders.liveCount();
    }

    public boolean isOpen(final long clientOrderId)
    {
        return orders.indexOf(clientOrderId) >= 0;
    }

    /** Reports each open order, in submission order, to {@code visitor}; allocation-free. Not from a listener. */
    public void forEachOpenOrder(final OpenOrderVisitor visitor)
    {
        for (int i = 0, n = orders.size(); i < n; i++)
        {
            if (orders.isLive(i))
            {
                visitor.onOpenOrder(orders.clientOrderId(i), orders.symbolId(i), orders.side(i), orders.type(i),
                    orders.price(i), orders.qty(i), orders.reduceOnly(i), orders.createdNs(i));
            }
        }
    }

    private void match(final int symbolId, final long timeNs)
    {
        if (matching)
        {
            throw new IllegalStateException("paper broker: a market event was fed from inside a listener callback");
        }
        eventCount++;
        if (instrument(symbolId) == null)
        {
            return;
        }
        matching = true;
        try
        {
            final int n = orders.size();
            for (int i = 0; i < n; i++)
            {
                if (orders.isLive(i) && orders.symbolId(i) == symbolId && orders.eligibleFrom(i) <= eventCount)
                {
                    tryFill(i, instruments.get(symbolId), timeNs);
                }
            }
        }
        finally
        {
            matching = false;
        }
        orders.compact();
    }

    private void tryFill(final int i, final InstrumentSpec spec, final long timeNs)
    {
        final Side side = orders.side(i);
        final long price;
        final boolean maker;
        switch (orders.type(i))
        {
            case MARKET ->
            {
                final long base = prices.market(side);
                price = base > 0 ? PaperMath.slipped(spec, side, base, settings.slippage()) : 0;
                maker = false;
            }
            case LIMIT ->
            {
                price = prices.limitThrough(side, orders.price(i)) ? orders.price(i) : 0;
                maker = true;
            }
            default ->
            {
                final long base = prices.stop(side, orders.price(i));
                price = base > 0 ? PaperMath.slipped(spec, side, base, settings.slippage()) : 0;
                maker = false;
            }
        }
        if (price <= 0)
        {
            return;
        }
        long qty = orders.qty(i);
        if (orders.reduceOnly(i))
        {
            final long position = positions.positionQty(spec.id());
            final long closable = side == Side.BUY ? Math.max(0, -position) : Math.max(0, position);
            if (closable == 0)
            {
                cancelAt(i, OrderReason.REDUCE_ONLY, timeNs);
                return;
            }
            qty = Math.min(qty, closable);
        }
        final long clientOrderId = orders.clientOrderId(i);
        orders.remove(i);
        final long fee = PaperMath.fee(spec, price, qty, maker ? settings.makerFee() : settings.takerFee());
        listener.onFill(clientOrderId, spec.id(), side, price, qty, fee, maker ? Liquidity.MAKER : Liquidity.TAKER,
            timeNs);
        listener.onOrderState(clientOrderId, spec.id(), OrderState.FILLED, OrderReason.OK, timeNs);
    }

    private int cancelSymbol(final int symbolId, final OrderReason reason, final long timeNs)
    {
        int cancelled = 0;
        for (int i = 0, n = orders.size(); i < n; i++)
        {
            if (orders.isLive(i) && (symbolId == 0 || orders.symbolId(i) == symbolId))
            {
                cancelAt(i, reason, timeNs);
                cancelled++;
            }
        }
        return cancelled;
    }

    private void cancelAt(final int i, final OrderReason reason, final long timeNs)
    {
        final long clientOrderId = orders.clientOrderId(i);
        final int symbolId = orders.symbolId(i);
        orders.remove(i);
        listener.onOrderState(clientOrderId, symbolId, OrderState.CANCELLED, reason, timeNs);
    }

    private InstrumentSpec instrument(final int symbolId)
    {
        return instruments.get(symbolId);
    }
}
