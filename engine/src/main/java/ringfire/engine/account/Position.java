package ringfire.engine.account;

import ringfire.codecs.FixedMath;
import ringfire.codecs.Scales;
import ringfire.codecs.sbe.PositionSide;
import ringfire.engine.market.InstrumentSpec;

import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * The position in one symbol, changed only by its {@link Ledger}. Quantity ({@code qtyScale}) is unsigned, &gt; 0
 * while open; the side says the direction. Prices are at {@code priceScale}; P&amp;L, fees and funding are Money
 * (10^-8 USDT), each rounded {@link RoundingMode#HALF_EVEN} when the exact value has more than 8 decimals.
 *
 * <p>Adding to a position sets the entry price to {@code (oldQty*oldEntry + qty*price) / newQty}, rounded
 * HALF_EVEN to the price scale. Realized P&amp;L, fees and funding are totals for the current position: they are
 * reset when a position opens from flat (or by a flip) and kept, with the entry price, after it closes.
 */
public final class Position
{
    private final int symbolId;
    private final int priceScale;
    private final int qtyScale;
    private PositionSide side = PositionSide.FLAT;
    private long qty;
    private int leverage;
    private long entryPrice;
    private long realizedPnl;
    private long feesPaid;
    private long fundingPaid;
    private long openTimeNs;

    Position(final InstrumentSpec spec, final int leverage)
    {
        this.symbolId = spec.id();
        this.priceScale = spec.priceScale();
        this.qtyScale = spec.qtyScale();
        this.leverage = leverage;
    }

    /** Gross realized P&amp;L (Money) of closing {@code closeQty} at {@code price}, before fees. */
    public long pnlAt(final long price, final long closeQty)
    {
        if (side == PositionSide.FLAT)
        {
            return 0;
        }
        final long pnl = FixedMath.notional(price - entryPrice, priceScale, closeQty, qtyScale, RoundingMode.HALF_EVEN);
        return side == PositionSide.LONG ? pnl : -pnl;
    }

    /** Unrealized P&amp;L (Money) at {@code markPrice}; 0 when flat. */
    public long unrealizedPnl(final long markPrice)
    {
        return pnlAt(markPrice, qty);
    }

    /**
     * Leverage-adjusted P&amp;L as a Ratio: {@code (mark - entry) / entry * leverage} for a long, negated for a short
     * (a 1 % move at 10x is 0.10), rounded HALF_EVEN; 0 when flat.
     */
    public long pnlRatio(final long markPrice)
    {
        if (side == PositionSide.FLAT)
        {
            return 0;
        }
        final long change = side == PositionSide.LONG ? markPrice - entryPrice : entryPrice - markPrice;
        return FixedMath.mulDiv(change, leverage * Scales.RATIO_ONE, entryPrice, RoundingMode.HALF_EVEN);
    }

    /** Notional (Money, unsigned) at {@code price}, rounded HALF_EVEN; 0 when flat. */
    public long notional(final long price)
    {
        return qty == 0 ? 0 : FixedMath.notional(price, priceScale, qty, qtyScale, RoundingMode.HALF_EVEN);
    }

    /** Realized P&amp;L minus fees minus funding of the current (or last closed) position, Money. */
    public long netPnl()
    {
        return realizedPnl - feesPaid - fundingPaid;
    }

    void open(final PositionSide side, final long price, final long qty, final long fee, final long timeNs)
    {
        this.side = side;
        this.qty = qty;
        this.entryPrice = price;
        this.realizedPnl = 0;
        this.feesPaid = fee;
        this.fundingPaid = 0;
        this.openTimeNs = timeNs;
    }

    void add(final long price, final long addQty, final long fee)
    {
        final long newQty = Math.addExact(qty, addQty);
        entryPrice = averagePrice(qty, entryPrice, addQty, price, newQty);
        qty = newQty;
        feesPaid += fee;
    }

    /** Closes {@code closeQty} (at most {@link #qty()}) at {@code price}; returns the realized P&amp;L. */
    long reduce(final long price, final long closeQty, final long fee)
    {
        final long pnl = pnlAt(price, closeQty);
        realizedPnl += pnl;
        feesPaid += fee;
        qty -= closeQty;
        if (qty == 0)
        {
            side = PositionSide.FLAT;
        }
        return pnl;
    }

    void addFunding(final long payment)
    {
        fundingPaid += payment;
    }

    void leverage(final int leverage)
    {
        this.leverage = leverage;
    }

    static long averagePrice(final long qtyA, final long priceA, final long qtyB, final long priceB, final long total)
    {
        final long a = qtyA * priceA;
        final long b = qtyB * priceB;
        final long sum = a + b;
        if (Math.multiplyHigh(qtyA, priceA) == 0 && Math.multiplyHigh(qtyB, priceB) == 0 && a >= 0 && b >= 0 && sum >= 0)
        {
            return FixedMath.divide(sum, total, RoundingMode.HALF_EVEN);
        }
        final BigInteger exact = BigInteger.valueOf(qtyA).multiply(BigInteger.valueOf(priceA))
            .add(BigInteger.valueOf(qtyB).multiply(BigInteger.valueOf(priceB)));
        return new java.math.BigDecimal(exact).divide(java.math.BigDecimal.valueOf(total), 0, RoundingMode.HALF_EVEN)
            .longValueExact();
    }

    public int symbolId()
    {
        return symbolId;
    }

    public PositionSide side()
    {
        return side;
    }

    public boolean isOpen()
    {
        return side != PositionSide.FLAT;
    }

    /** Quantity at the qty scale; &gt; 0 while open, 0 when flat. */
    public long qty()
    {
        return qty;
    }

    public int leverage()
    {
        return leverage;
    }

    /** Average entry price at the price scale (of the last position once closed; 0 before the first). */
    public long entryPrice()
    {
        return entryPrice;
    }

    public long realizedPnl()
    {
        return realizedPnl;
    }

    public long feesPaid()
    {
        return feesPaid;
    }

    /** Funding paid (Money; negative when received on balance) over the current position. */
    public long fundingPaid()
    {
        return fundingPaid;
    }

    /** Event time (epoch ns) of the fill that opened the current (or last) position. */
    public long openTimeNs()
    {
        return openTimeNs;
    }
}
