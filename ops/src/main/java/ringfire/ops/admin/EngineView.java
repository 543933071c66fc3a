package ringfire.ops.admin;

import ringfire.engine.settings.EngineSettings;
import ringfire.ops.metrics.MetricFamily;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.SortedMap;

/**
 * What the admin port may read about the running engine; nothing here changes it. The daemon implements it from
 * snapshots the pipeline publishes (never by reading the stages' state from another thread). Amounts are exact
 * decimals (USDT, prices and quantities at the symbol's scale); fractions are fractions (0.15 = 15 %). A value
 * not known yet is null.
 */
public interface EngineView
{
    /** The decision-relevant settings in force: instrument table, risk limits. */
    EngineSettings settings();

    Status status();

    List<Position> positions();

    List<Order> orders();

    /** The last {@code last} closed trades, oldest first. */
    List<Trade> trades(int last);

    Pnl pnl();

    Risk risk();

    List<StrategyInfo> strategies();

    /**
     * Equity over event time, oldest first: bounded (the daemon keeps one point per minute of event time for the
     * last day, plus the latest), for the status page's chart.
     */
    List<EquityPoint> equity();

    /** Counters and gauges by name, e.g. {@code pipeline.events}, {@code gateway.reconnects}. */
    SortedMap<String, Number> metrics();

    /** The metrics for {@code GET /metrics} (Prometheus text); empty when the engine keeps none. */
    default List<MetricFamily> metricFamilies()
    {
        return List.of();
    }

    /**
     * @param mode          paper, testnet or live
     * @param tradingState  RUNNING, PAUSED or HALTED
     * @param debugBlock    every order blocked at the execution boundary
     * @param feed          the market-data connection, e.g. CONNECTED, DISCONNECTED
     * @param lastSequence  sequence number of the last input the pipeline processed
     * @param lastEventTime event time of that input
     */
    record Status(String mode, String tradingState, boolean debugBlock, String feed, long lastSequence,
        Instant lastEventTime, Instant startedAt, BigDecimal equity, int openPositions, int openOrders, long faults)
    {
    }

    /** @param side LONG or SHORT */
    record Position(String symbol, String side, BigDecimal qty, BigDecimal entryPrice, BigDecimal markPrice,
        int leverage, BigDecimal unrealizedPnl, BigDecimal realizedPnl, BigDecimal liquidationPrice)
    {
    }

    /** @param type MARKET, LIMIT or STOP; @param purpose ENTRY or EXIT */
    record Order(long clientOrderId, String symbol, String side, String type, String purpose, BigDecimal qty,
        BigDecimal price, Instant created)
    {
    }

    /** A closed round trip, as a row of the backtest's {@code trades.csv}. */
    record Trade(long tradeId, String symbol, String side, BigDecimal qty, Instant entryTime, BigDecimal entryPrice,
        Instant exitTime, BigDecimal exitPrice, BigDecimal fees, BigDecimal pnl, String exitReason)
    {
    }

    record Pnl(BigDecimal balance, BigDecimal equity, BigDecimal realizedPnl, BigDecimal unrealizedPnl,
        BigDecimal fees, BigDecimal funding, BigDecimal startOfDayEquity, BigDecimal dayPnl, BigDecimal peakEquity)
    {
    }

    /**
     * @param drawdown     from peak equity, a fraction
     * @param dailyLoss    since the start of the trading day, a fraction of start-of-day equity
     * @param softBlock    what blocks entries without a state change (DRAWDOWN_SOFT, DAILY_LOSS), or null
     */
    record Risk(String tradingState, boolean debugBlock, BigDecimal drawdown, BigDecimal dailyLoss, int entriesToday,
        String softBlock)
    {
    }

    record EquityPoint(Instant time, BigDecimal equity)
    {
    }

    /** @param instance e.g. {@code BTC_SMA_1A2B3} */
    record StrategyInfo(String instance, String name, String symbol, SortedMap<String, String> params)
    {
    }
}
