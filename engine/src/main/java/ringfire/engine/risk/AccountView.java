package ringfire.engine.risk;

import ringfire.codecs.FixedMath;
import ringfire.codecs.sbe.PositionSide;

import java.math.RoundingMode;

/**
 * Read-only view of the account the risk rules need; the lead adapts the ledger to it. Amounts are Money
 * (10^-8 USDT), ratios are Ratios (10^-8). Implementations must not allocate.
 */
public interface AccountView
{
    /** Wallet balance (realised), Money. Drives the risk fraction. */
    long balance();

    /** Balance plus unrealised PnL, Money. */
    long equity();

    /** Highest equity seen (the drawdown reference), Money. */
    long peakEquity();

    /** Equity at the start of the trading day, Money. */
    long startOfDayEquity();

    /** PnL since the start of the day (realised + unrealised, after fees), Money; negative is a loss. */
    long dayPnl();

    /** Open positions (symbols not flat). */
    int openPositions();

    /** Entries already made today (the counter resets at the day roll). */
    int entriesToday();

    /** Absolute notional already committed to {@code symbolId} (open position plus working entries), Money. */
    long exposure(int symbolId);

    /** Side of the open position in {@code symbolId}, FLAT when none. */
    PositionSide positionSide(int symbolId);

    /**
     * (peak − equity) / peak as a Ratio rounded toward negative infinity, 0 when equity is at or above the peak
     * (or no peak). Rounding down makes {@code drawdown() >= t} exact for any Ratio {@code t}. An override must
     * keep that rounding. Allocation-free.
     */
    default long drawdown()
    {
        final long peak = peakEquity();
        final long equity = equity();
        if (peak <= 0 || equity >= peak)
        {
            return 0;
        }
        return FixedMath.ratio(peak - equity, peak, RoundingMode.FLOOR);
    }
}
