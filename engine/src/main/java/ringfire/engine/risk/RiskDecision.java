package ringfire.engine.risk;

import ringfire.codecs.sbe.RiskReason;

/**
 * Outcome of a {@link PreTradeCheck}, reusable. Accepted: {@link #qty()} (instrument qty scale) and
 * {@link #stopPrice()} (instrument price scale) to use. Rejected: {@link #reason()} and {@link #detail()}, the
 * value that failed (units depend on the reason: see {@link PreTradeCheck}); {@link #qty()} holds the quantity
 * sized so far (0 before sizing).
 */
public final class RiskDecision
{
    private RiskReason reason;
    private long detail;
    private long qty;
    private long stopPrice;
    private long riskFraction;
    private long confidenceFactor;
    private RiskReason cappedBy;
    private long liquidationPrice;
    private int correlatedSymbolId;

    public boolean accepted()
    {
        return reason == null;
    }

    /** Null when accepted. */
    public RiskReason reason()
    {
        return reason;
    }

    public long detail()
    {
        return detail;
    }

    public long qty()
    {
        return qty;
    }

    public long stopPrice()
    {
        return stopPrice;
    }

    /** Risk fraction used (Ratio), 0 before sizing. */
    public long riskFraction()
    {
        return riskFraction;
    }

    /** Confidence factor used (Ratio), 0 before sizing. */
    public long confidenceFactor()
    {
        return confidenceFactor;
    }

    /** POSITION_NOTIONAL or SYMBOL_EXPOSURE when that cap reduced the quantity, else null. */
    public RiskReason cappedBy()
    {
        return cappedBy;
    }

    /** Estimated liquidation price (price scale), 0 before the liquidation check. */
    public long liquidationPrice()
    {
        return liquidationPrice;
    }

    /** The open same-side symbol that failed the correlation guard, 0 otherwise. */
    public int correlatedSymbolId()
    {
        return correlatedSymbolId;
    }

    void reset()
    {
        reason = null;
        detail = 0;
        qty = 0;
        stopPrice = 0;
        riskFraction = 0;
        confidenceFactor = 0;
        cappedBy = null;
        liquidationPrice = 0;
        correlatedSymbolId = 0;
    }

    boolean reject(final RiskReason reason, final long detail)
    {
        this.reason = reason;
        this.detail = detail;
        return false;
    }

    void qty(final long qty)
    {
        this.qty = qty;
    }

    void stopPrice(final long stopPrice)
    {
        this.stopPrice = stopPrice;
    }

    void sizing(final long riskFraction, final long confidenceFactor)
    {
        this.riskFraction = riskFraction;
        this.confidenceFactor = confidenceFactor;
    }

    void cappedBy(final RiskReason cappedBy)
    {
        this.cappedBy = cappedBy;
    }

    void liquidationPrice(final long liquidationPrice)
    {
        this.liquidationPrice = liquidationPrice;
    }

    void correlatedSymbolId(final int correlatedSymbolId)
    {
        this.correlatedSymbolId = correlatedSymbolId;
    }
}
