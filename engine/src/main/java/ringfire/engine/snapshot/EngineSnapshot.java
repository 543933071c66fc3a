package ringfire.engine.snapshot;

import ringfire.codecs.sbe.OrderPurpose;
import ringfire.codecs.sbe.PositionSide;
import ringfire.codecs.sbe.Side;
import ringfire.codecs.sbe.TradingState;
import ringfire.engine.execution.paper.PaperOrderType;
import ringfire.engine.report.Trade;

import java.util.List;

/**
 * What the trading core looked like after one event, taken on the pipeline thread by {@link SnapshotPublisher}:
 * immutable, so any thread may read it. Units as in the engine: prices and quantities at the symbol's scales
 * (carried in each row), Money and Ratios at 10^-8, times epoch nanoseconds.
 *
 * @param sequence    sequence of the input after which it was taken
 * @param eventTimeNs that input's event time
 * @param marketTimeNs the latest event time of the market data seen (see {@link SnapshotPublisher}), 0 before any
 * @param trades      the last closed round trips (at most {@link SnapshotPublisher#MAX_TRADES}), oldest first
 * @param equity      equity after the last event of each minute of market time, at that time, oldest first (bounded)
 */
public record EngineSnapshot(long sequence, long eventTimeNs, long marketTimeNs, Account account, Risk risk, List<PositionRow> positions,
    List<OrderRow> orders, List<Trade> trades, EquitySeries equity)
{
    /**
     * The ledger's totals since the session started, Money.
     *
     * @param realizedPnl realized P&amp;L before fees and funding
     * @param funding     funding paid (negative when received)
     */
    public record Account(long balance, long equity, long realizedPnl, long unrealizedPnl, long fees, long funding,
        long startOfDayEquity, long dayPnl, long peakEquity)
    {
    }

    /**
     * @param drawdown  (peak − equity) / peak, Ratio, rounded up (as the breakers see it)
     * @param dailyLoss max(0, −day P&amp;L) / start-of-day equity, Ratio, rounded up; 0 when that equity is not positive
     */
    public record Risk(TradingState state, boolean debugBlock, boolean drawdownPaused, boolean dailyLossBlocked,
        long drawdown, long dailyLoss, int entriesToday)
    {
    }

    /**
     * An open position, valued at its symbol's last mark.
     *
     * @param realizedPnl realized P&amp;L of this position so far (partial exits), Money, before fees
     * @param fees        fees of this position so far, Money
     * @param funding     funding paid over this position, Money
     * @param liquidationPrice estimated liquidation price (isolated margin)
     */
    public record PositionRow(int symbolId, String symbol, PositionSide side, long qty, long entryPrice, long markPrice,
        int leverage, long unrealizedPnl, long realizedPnl, long fees, long funding, long liquidationPrice,
        long openTimeNs, int priceScale, int qtyScale)
    {
    }

    /**
     * An open order: one waiting at the paper broker ({@code clientOrderId} &gt;= 0), or a level of an exit plan
     * ({@code clientOrderId} {@link #PLAN_LEVEL}): its protective stop as a STOP, its take-profit and pending
     * partial levels as LIMITs, all EXIT. A plan's level is not at the broker: it fills when the plan sees the
     * price reach it.
     *
     * @param price 0 for a MARKET order, else the limit or trigger price
     */
    public record OrderRow(long clientOrderId, int symbolId, String symbol, Side side, PaperOrderType type,
        OrderPurpose purpose, long qty, long price, long createdNs, int priceScale, int qtyScale)
    {
        public static final long PLAN_LEVEL = -1;
    }
}
