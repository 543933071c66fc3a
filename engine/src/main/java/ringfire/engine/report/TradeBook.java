package ringfire.engine.report;

import ringfire.codecs.FixedMath;
import ringfire.codecs.sbe.ExitReason;
import ringfire.codecs.sbe.PositionSide;
import ringfire.codecs.sbe.Side;

import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Rebuilds positions and round trips from journaled decisions, in journal order: fills open, add to, reduce, close
 * or flip a position (as the engine's ledger does, with its P&amp;L rounding); PositionUpdate decisions carry the
 * engine's average entry price; Funding decisions are charged to the open trade of their symbol; the last
 * ExitTriggered of a symbol names the reason of the exit fill that follows it. Marks are the last bar closes.
 */
final class TradeBook
{
    private final Map<Integer, SymbolState> symbols = new TreeMap<>();
    private final Consumer<Trade> closed;
    private int nextId = 1;
    private long feesTotal;

    TradeBook(final Consumer<Trade> closed)
    {
        this.closed = closed;
    }

    void define(final SymbolInfo info)
    {
        final SymbolState existing = symbols.get(info.id());
        if (existing == null || existing.info.equals(info))
        {
            if (existing == null)
            {
                symbols.put(info.id(), new SymbolState(info));
            }
            return;
        }
        throw new IllegalArgumentException("symbol id " + info.id() + " is defined twice: " + existing.info + " and " + info);
    }

    SymbolInfo symbol(final int id)
    {
        return state(id).info;
    }

    boolean isDefined(final int id)
    {
        return symbols.containsKey(id);
    }

    void mark(final int symbolId, final long price)
    {
        state(symbolId).mark = price;
    }

    void exitTriggered(final int symbolId, final ExitReason reason)
    {
        state(symbolId).pendingReason = reason;
    }

    void funding(final int symbolId, final long payment)
    {
        final SymbolState s = state(symbolId);
        if (s.trade != null)
        {
            s.trade.funding += payment;
        }
    }

    void positionUpdate(final int symbolId, final PositionSide side, final long size, final long entryPrice)
    {
        final SymbolState s = state(symbolId);
        final PositionSide journaled = side == PositionSide.LONG || side == PositionSide.SHORT ? side : PositionSide.FLAT;
        final long journaledSize = journaled == PositionSide.FLAT ? 0 : size;
        if (journaled != s.side || journaledSize != s.size)
        {
            throw new IllegalStateException("journal is inconsistent: " + s.info.name() + " position is " + journaled
                + " " + journaledSize + " but its fills make it " + s.side + " " + s.size);
        }
        s.entry = journaled == PositionSide.FLAT ? 0 : entryPrice;
        if (s.trade != null)
        {
            s.trade.entryPrice = entryPrice;
        }
    }

    void fill(final int symbolId, final Side side, final long price, final long qty, final long fee, final long timeNs)
    {
        final SymbolState s = state(symbolId);
        feesTotal += fee;
        if (s.mark == 0)
        {
            s.mark = price;
        }
        final PositionSide direction = side == Side.BUY ? PositionSide.LONG : PositionSide.SHORT;
        if (s.side == PositionSide.FLAT)
        {
            open(s, direction, price, qty, fee, timeNs);
        }
        else if (s.side == direction)
        {
            s.trade.qty += qty;
            s.trade.fees += fee;
            s.size += qty;
        }
        else if (qty <= s.size)
        {
            reduce(s, price, qty, fee, timeNs);
        }
        else
        {
            final long closeQty = s.size;
            final long closeFee = FixedMath.mulDiv(fee, closeQty, qty, RoundingMode.HALF_EVEN);
            reduce(s, price, closeQty, closeFee, timeNs);
            open(s, direction, price, qty - closeQty, fee - closeFee, timeNs);
        }
    }

    private void open(final SymbolState s, final PositionSide direction, final long price, final long qty,
        final long fee, final long timeNs)
    {
        s.side = direction;
        s.size = qty;
        s.entry = price;
        s.pendingReason = null;
        final OpenTrade t = new OpenTrade(direction);
        t.qty = qty;
        t.entryTimeNs = timeNs;
        t.entryPrice = price;
        t.fees = fee;
        s.trade = t;
    }

    private void reduce(final SymbolState s, final long price, final long qty, final long fee, final long timeNs)
    {
        final OpenTrade t = s.trade;
        t.realized += pnl(s, price, qty);
        t.fees += fee;
        t.exitQty += qty;
        t.exitValue = t.exitValue.add(BigInteger.valueOf(price).multiply(BigInteger.valueOf(qty)));
        t.exitTimeNs = timeNs;
        s.size -= qty;
        if (s.size > 0)
        {
            return;
        }
        final long exitPrice = new java.math.BigDecimal(t.exitValue)
            .divide(java.math.BigDecimal.valueOf(t.exitQty), 0, RoundingMode.HALF_EVEN).longValueExact();
        final String reason = s.pendingReason == null ? "UNKNOWN" : s.pendingReason.name();
        final SymbolInfo info = s.info;
        closed.accept(new Trade(nextId++, info.name(), t.side, t.qty, t.entryTimeNs, t.entryPrice, t.exitTimeNs,
            exitPrice, t.fees, t.funding, t.realized - t.fees - t.funding, reason, info.priceScale(), info.qtyScale()));
        s.trade = null;
        s.side = PositionSide.FLAT;
        s.size = 0;
        s.entry = 0;
        s.pendingReason = null;
    }

    /** Signed P&amp;L (Money) of {@code qty} of the position at {@code price}, HALF_EVEN as the ledger rounds it. */
    private static long pnl(final SymbolState s, final long price, final long qty)
    {
        final long pnl = FixedMath.notional(price - s.entry, s.info.priceScale(), qty, s.info.qtyScale(),
            RoundingMode.HALF_EVEN);
        return s.side == PositionSide.SHORT ? -pnl : pnl;
    }

    /** Sum of the open positions' unrealized P&amp;L at the marks (Money). */
    long unrealized()
    {
        long total = 0;
        for (final SymbolState s : symbols.values())
        {
            if (s.side != PositionSide.FLAT && s.mark > 0)
            {
                total += pnl(s, s.mark, s.size);
            }
        }
        return total;
    }

    boolean anyOpen()
    {
        for (final SymbolState s : symbols.values())
        {
            if (s.side != PositionSide.FLAT)
            {
                return true;
            }
        }
        return false;
    }

    /** Number of positions still open (not in trades.csv). */
    int openCount()
    {
        int n = 0;
        for (final SymbolState s : symbols.values())
        {
            n += s.side != PositionSide.FLAT ? 1 : 0;
        }
        return n;
    }

    /** Fees of every fill (Money). */
    long feesTotal()
    {
        return feesTotal;
    }

    private SymbolState state(final int symbolId)
    {
        final SymbolState s = symbols.get(symbolId);
        if (s == null)
        {
            throw new IllegalArgumentException("symbol id " + symbolId + " has no SymbolDefinition in the journal");
        }
        return s;
    }

    private static final class SymbolState
    {
        final SymbolInfo info;
        PositionSide side = PositionSide.FLAT;
        long size;
        long entry;
        long mark;
        ExitReason pendingReason;
        OpenTrade trade;

        SymbolState(final SymbolInfo info)
        {
            this.info = info;
        }
    }

    private static final class OpenTrade
    {
        final PositionSide side;
        long qty;
        long entryTimeNs;
        long entryPrice;
        long exitQty;
        BigInteger exitValue = BigInteger.ZERO;
        long exitTimeNs;
        long fees;
        long funding;
        long realized;

        OpenTrade(final PositionSide side)
        {
            this.side = side;
        }
    }
}
