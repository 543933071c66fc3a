package ringfire.engine.execution.paper;

/**
 * What the paper broker needs to know of the caller's ledger: the position (for reduce-only orders and
 * funding), the mark price and the funding rate. Must reflect fills already reported to {@link PaperListener}.
 */
public interface PositionView
{
    /** Returned by {@link #fundingRate} when the data carried no funding rate for the symbol. */
    long NO_RATE = Long.MIN_VALUE;

    /** Signed position at the instrument's qty scale: long &gt; 0, short &lt; 0, flat 0. */
    long positionQty(int symbolId);

    /** Mark price at the instrument's price scale, or 0 when unknown (no funding is charged then). */
    long markPrice(int symbolId);

    /** Latest funding rate from the data (Ratio), or {@link #NO_RATE}. */
    long fundingRate(int symbolId);
}
