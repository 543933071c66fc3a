package ringfire.engine.report;

import ringfire.codecs.Decimals;
import ringfire.codecs.Scales;
import ringfire.codecs.sbe.PositionSide;

/**
 * One round trip of a position, from flat back to flat. Prices and quantities are at the symbol's scales; fees,
 * funding and P&amp;L are Money (10^-8 USDT).
 *
 * @param id         1.., in the order the trades closed
 * @param side       LONG or SHORT
 * @param qty        quantity opened (the sum of the entry fills)
 * @param entryPrice the position's average entry price (as the engine journaled it)
 * @param exitPrice  quantity-weighted average of the exit fills, HALF_EVEN to the price scale
 * @param fees       every fee of the trade, entry and exits
 * @param funding    funding paid while it was open (negative when received)
 * @param pnl        realized P&amp;L minus fees minus funding
 * @param exitReason the reason of the last exit before the position was flat (ExitTriggered), UNKNOWN if none
 */
public record Trade(
    int id,
    String symbol,
    PositionSide side,
    long qty,
    long entryTimeNs,
    long entryPrice,
    long exitTimeNs,
    long exitPrice,
    long fees,
    long funding,
    long pnl,
    String exitReason,
    int priceScale,
    int qtyScale)
{
    public static final String CSV_HEADER =
        "trade_id,symbol,side,qty,entry_time,entry_price,exit_time,exit_price,fees,pnl,exit_reason";

    /** The trades.csv row (without the line end). */
    public String csvRow()
    {
        return id + "," + symbol + "," + side.name() + "," + Decimals.format(qty, qtyScale) + ","
            + Times.iso(entryTimeNs) + "," + Decimals.format(entryPrice, priceScale) + ","
            + Times.iso(exitTimeNs) + "," + Decimals.format(exitPrice, priceScale) + ","
            + Decimals.format(fees, Scales.MONEY) + "," + Decimals.format(pnl, Scales.MONEY) + "," + exitReason;
    }
}
