package ringfire.engine.execution.paper;

import ringfire.codecs.sbe.Liquidity;
import ringfire.codecs.sbe.OrderState;
import ringfire.codecs.sbe.Side;

/**
 * Receives what the paper broker does; the caller applies fills and funding to its ledger and journals them.
 * Prices and quantities are at the instrument's scales, fees and payments Money (10^-8 USDT), rates Ratios,
 * times epoch nanoseconds. Called on the caller's thread, synchronously, in a deterministic order.
 */
public interface PaperListener
{
    /**
     * An order (or a liquidation) filled completely; there are no partial fills. {@code fee} is paid by the
     * account (negative for a maker rebate).
     */
    void onFill(long clientOrderId, int symbolId, Side side, long price, long qty, long fee, Liquidity liquidity,
        long timeNs);

    /**
     * An order changed state: {@code NEW} (accepted), {@code REJECTED}, {@code CANCELLED} or {@code FILLED}
     * (always right after its {@link #onFill}), with the reason ({@link OrderReason#OK} when accepted or filled).
     */
    void onOrderState(long clientOrderId, int symbolId, OrderState state, OrderReason reason, long timeNs);

    /**
     * Funding settled at {@code fundingTimeNs} on a position of {@code positionQty} (signed: long &gt; 0,
     * short &lt; 0) at {@code markPrice}. {@code payment} &gt; 0 is paid by the account, &lt; 0 received.
     */
    void onFunding(int symbolId, long fundingRate, long markPrice, long positionQty, long payment,
        long fundingTimeNs);
}
