package ringfire.engine.account;

import ringfire.codecs.FixedMath;
import ringfire.codecs.sbe.PositionSide;
import ringfire.codecs.sbe.Side;
import ringfire.engine.market.InstrumentSpec;
import ringfire.engine.market.Symbols;

import java.math.RoundingMode;

/**
 * The account of USDT-margined linear perpetuals: balance, one {@link Position} per symbol, the last mark price per
 * symbol, equity, peak equity, drawdown and the trading day. Single-threaded; every per-event method is
 * allocation-free and O(1) (unrealized P&amp;L and exposure totals are kept incrementally, exactly).
 *
 * <p>Units: prices and quantities at the symbol's scales; balance, P&amp;L, fees, funding, equity and exposure are
 * Money (10^-8 USDT); rates, drawdown and P&amp;L % are Ratios (10^-8, 1.0 = 10^8). Balance is the starting balance
 * plus realized P&amp;L minus fees minus funding paid. Equity is balance plus unrealized P&amp;L at the marks.
 * Unknown symbols and non-positive prices or quantities are programming errors ({@link IllegalArgumentException}).
 */
public final class Ledger
{
    private final LedgerSettings settings;
    private final InstrumentSpec[] specs = new InstrumentSpec[Symbols.MAX_SYMBOLS];
    private final Position[] positions = new Position[Symbols.MAX_SYMBOLS];
    private final long[] marks = new long[Symbols.MAX_SYMBOLS];
    private final long[] unrealized = new long[Symbols.MAX_SYMBOLS];
    private final long[] exposures = new long[Symbols.MAX_SYMBOLS];
    private final TradingDay day;
    private long balance;
    private long unrealizedTotal;
    private long exposureTotal;
    private long peakEquity;
    private long startOfDayEquity;
    private long realizedTotal;
    private long feesTotal;
    private long fundingTotal;
    private int openPositions;
    private int entriesToday;

    /** Each symbol starts at {@code min(defaultLeverage, instrument maxLeverage)}. */
    public Ledger(final LedgerSettings settings, final InstrumentSpec... instruments)
    {
        this.settings = settings;
        this.day = new TradingDay(settings.dayZone());
        for (final InstrumentSpec spec : instruments)
        {
            if (specs[spec.id()] != null)
            {
                throw new IllegalArgumentException("instrument id " + spec.id() + " is used twice");
            }
            specs[spec.id()] = spec;
            positions[spec.id()] = new Position(spec, Math.min(settings.defaultLeverage(), spec.maxLeverage()));
        }
        balance = settings.startingBalance();
        peakEquity = balance;
        startOfDayEquity = balance;
    }

    /**
     * Applies a fill: opens, adds to, reduces, closes or flips (closes, then opens the remainder at the fill price)
     * the position. The fee (Money; negative for a rebate) is taken from the balance; on a flip it is split
     * between the closed and the new position pro rata by quantity (HALF_EVEN). The first fill of a symbol
     * without a mark sets the mark to the fill price. Returns the realized P&amp;L (Money, before fees).
     */
    public long applyFill(
        final int symbolId, final Side side, final long price, final long qty, final long fee, final long timeNs)
    {
        final Position p = position(symbolId);
        if (price <= 0 || qty <= 0 || (side != Side.BUY && side != Side.SELL))
        {
            throw new IllegalArgumentException("fill needs BUY or SELL, price > 0 and qty > 0: symbol " + symbolId
                + " " + side + " price=" + price + " qty=" + qty);
        }
        final PositionSide direction = side == Side.BUY ? PositionSide.LONG : PositionSide.SHORT;
        if (marks[symbolId] == 0)
        {
            marks[symbolId] = price;
        }
        long realized = 0;
        if (!p.isOpen())
        {
            p.open(direction, price, qty, fee, timeNs);
            openPositions++;
        }
        else if (p.side() == direction)
        {
            p.add(price, qty, fee);
        }
        else if (qty <= p.qty())
        {
            realized = p.reduce(price, qty, fee);
            openPositions -= p.isOpen() ? 0 : 1;
        }
        else
        {
            final long closeQty = p.qty();
            final long closeFee = FixedMath.mulDiv(fee, closeQty, qty, RoundingMode.HALF_EVEN);
            realized = p.reduce(price, closeQty, closeFee);
            p.open(direction, price, qty - closeQty, fee - closeFee, timeNs);
        }
        balance += realized - fee;
        realizedTotal += realized;
        feesTotal += fee;
        revalue(symbolId);
        return realized;
    }

    /** Sets the mark price of a symbol and revalues its position. */
    public void mark(final int symbolId, final long price)
    {
        position(symbolId);
        if (price <= 0)
        {
            throw new IllegalArgumentException("mark price must be > 0: symbol " + symbolId + " price=" + price);
        }
        marks[symbolId] = price;
        revalue(symbolId);
    }

    /**
     * Settles funding at {@code rate} (Ratio) and {@code markPrice} (which also becomes the mark): payment =
     * notional at the mark (HALF_EVEN) × rate (HALF_EVEN). A long pays when the rate is positive, a short
     * receives; the other way round when it is negative. Returns the signed payment (positive = paid by the
     * account, 0 when flat), taken from the balance and added to funding paid.
     */
    public long applyFunding(final int symbolId, final long rate, final long markPrice)
    {
        mark(symbolId, markPrice);
        final Position p = positions[symbolId];
        if (!p.isOpen())
        {
            return 0;
        }
        final long payment = FixedMath.mulRatio(p.notional(markPrice), rate, RoundingMode.HALF_EVEN);
        final long signed = p.side() == PositionSide.LONG ? payment : -payment;
        p.addFunding(signed);
        balance -= signed;
        fundingTotal += signed;
        updatePeak();
        return signed;
    }

    /**
     * Advances the trading day to event time {@code timeNs}. Returns true when local 00:00 in the day zone was
     * crossed since the last call; then start-of-day equity becomes the current equity and entries today reset.
     * The first call establishes the day and start-of-day equity and returns false.
     */
    public boolean onTime(final long timeNs)
    {
        final boolean first = !day.isStarted();
        final boolean rolled = day.onTime(timeNs);
        if (first || rolled)
        {
            startOfDayEquity = equity();
            entriesToday = 0;
        }
        return rolled;
    }

    /** Sets a symbol's leverage (also for its open position); false, unchanged, unless 1..{@link #maxLeverage}. */
    public boolean leverage(final int symbolId, final int leverage)
    {
        final Position p = position(symbolId);
        if (leverage < 1 || leverage > maxLeverage(symbolId))
        {
            return false;
        }
        p.leverage(leverage);
        return true;
    }

    /** {@code min(account.maxLeverage, instrument maxLeverage)}. */
    public int maxLeverage(final int symbolId)
    {
        position(symbolId);
        return Math.min(settings.maxLeverage(), specs[symbolId].maxLeverage());
    }

    /** Estimated liquidation price of the open position at the price scale (see {@link Liquidation}); 0 when flat. */
    public long liquidationPrice(final int symbolId)
    {
        final Position p = position(symbolId);
        if (!p.isOpen())
        {
            return 0;
        }
        final InstrumentSpec spec = specs[symbolId];
        return Liquidation.estimateLiquidationPrice(
            p.side(), p.entryPrice(), p.leverage(), spec.maintenanceMarginRate(), spec.tickSize());
    }

    /** True when the position is open and {@code price} is at or beyond its liquidation price. */
    public boolean isLiquidated(final int symbolId, final long price)
    {
        final Position p = position(symbolId);
        return p.isOpen() && Liquidation.isBeyond(p.side(), liquidationPrice(symbolId), price);
    }

    /** See {@link Liquidation#estimateLiquidationPrice}. */
    public static long estimateLiquidationPrice(
        final PositionSide side, final long entryPrice, final int leverage, final long mmr, final long tickSize)
    {
        return Liquidation.estimateLiquidationPrice(side, entryPrice, leverage, mmr, tickSize);
    }

    private void revalue(final int symbolId)
    {
        final Position p = positions[symbolId];
        final long u = p.unrealizedPnl(marks[symbolId]);
        final long e = p.notional(marks[symbolId]);
        unrealizedTotal += u - unrealized[symbolId];
        exposureTotal += e - exposures[symbolId];
        unrealized[symbolId] = u;
        exposures[symbolId] = e;
        updatePeak();
    }

    private void updatePeak()
    {
        peakEquity = Math.max(peakEquity, equity());
    }

    /** The position of a known symbol (read-only to callers); throws for an unknown id. */
    public Position position(final int symbolId)
    {
        if (symbolId <= 0 || symbolId >= Symbols.MAX_SYMBOLS || positions[symbolId] == null)
        {
            throw new IllegalArgumentException("unknown symbol id " + symbolId);
        }
        return positions[symbolId];
    }

    public InstrumentSpec instrument(final int symbolId)
    {
        position(symbolId);
        return specs[symbolId];
    }

    public LedgerSettings settings()
    {
        return settings;
    }

    public long balance()
    {
        return balance;
    }

    /** Sum of the open positions' unrealized P&amp;L at their marks. */
    public long unrealizedPnl()
    {
        return unrealizedTotal;
    }

    public long equity()
    {
        return balance + unrealizedTotal;
    }

    /** Highest equity seen after any fill, mark or funding (the starting balance at first). */
    public long peakEquity()
    {
        return peakEquity;
    }

    /** {@code (peak - equity) / peak} as a Ratio, rounded up (CEILING, the conservative side); 0 when peak &lt;= 0. */
    public long drawdown()
    {
        return peakEquity <= 0 ? 0 : FixedMath.ratio(peakEquity - equity(), peakEquity, RoundingMode.CEILING);
    }

    /** Equity when the current trading day started (the starting balance before the first {@link #onTime}). */
    public long startOfDayEquity()
    {
        return startOfDayEquity;
    }

    /** Equity minus start-of-day equity: realized and unrealized P&amp;L, fees and funding since the day started. */
    public long dayPnl()
    {
        return equity() - startOfDayEquity;
    }

    public TradingDay tradingDay()
    {
        return day;
    }

    public int openPositions()
    {
        return openPositions;
    }

    /** Last mark price of a symbol at its price scale; 0 before any mark or fill. */
    public long markPrice(final int symbolId)
    {
        position(symbolId);
        return marks[symbolId];
    }

    /** Unsigned notional (Money) of the symbol's position at its mark; 0 when flat. */
    public long exposure(final int symbolId)
    {
        position(symbolId);
        return exposures[symbolId];
    }

    /** Sum of {@link #exposure} over all symbols. */
    public long totalExposure()
    {
        return exposureTotal;
    }

    /** Leverage-adjusted P&amp;L ratio of the symbol's position at its mark (see {@link Position#pnlRatio}). */
    public long pnlRatio(final int symbolId)
    {
        return position(symbolId).pnlRatio(marks[symbolId]);
    }

    public int entriesToday()
    {
        return entriesToday;
    }

    /** Counts one new entry in the current trading day. */
    public void recordEntry()
    {
        entriesToday++;
    }

    /** Account-wide realized P&amp;L since the ledger started (Money, before fees). */
    public long realizedPnl()
    {
        return realizedTotal;
    }

    public long feesPaid()
    {
        return feesTotal;
    }

    public long fundingPaid()
    {
        return fundingTotal;
    }
}
