package ringfire.engine.snapshot;

import ringfire.codecs.FixedMath;
import ringfire.codecs.sbe.AdminCommandDecoder;
import ringfire.codecs.sbe.BarDecoder;
import ringfire.codecs.sbe.BookLevelDecoder;
import ringfire.codecs.sbe.FundingDecoder;
import ringfire.codecs.sbe.TickerDecoder;
import ringfire.codecs.sbe.TradeDecoder;
import ringfire.engine.account.Ledger;
import ringfire.engine.account.Position;
import ringfire.engine.market.InstrumentSpec;
import ringfire.engine.pipeline.Decisions;
import ringfire.engine.pipeline.EngineEvent;
import ringfire.engine.report.RoundTrips;
import ringfire.engine.report.Trade;
import ringfire.engine.risk.Breakers;
import ringfire.engine.session.TradingCore;
import ringfire.engine.session.TradingObserver;

import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Publishes {@link EngineSnapshot}s of the trading core for readers on other threads (the admin port): the
 * pipeline thread builds an immutable snapshot and swaps it into one volatile reference; readers only ever see
 * whole snapshots and never the core itself.
 *
 * <p>Why from the core and not from the journaled decisions: the decisions carry no marks, so unrealized P&amp;L,
 * equity, drawdown and the day's loss would only move when something was decided; the core has them exactly.
 * Round trips are the exception: they are booked from this event's decisions ({@link RoundTrips}), the same rules
 * as the backtest's {@code trades.csv}, because the core keeps no history of closed positions.
 *
 * <p>Time is market time: the latest event time of the market data seen (trades, tickers, book levels, bars,
 * funding). Other inputs are stamped by this host's clock (symbol definitions at start, operator commands, gateway
 * statuses), which may be far from the market's (the simulated exchange replays old bars), so they do not move it.
 * When: after an event that made decisions, after an AdminCommand (the debug switch changes no decision), on the
 * first event, when a minute of market time closes, and otherwise at most once per {@code intervalNs} of market
 * time (never the wall clock), so marks and unrealized P&amp;L stay fresh. Between publications an event costs a few
 * reads of the core and allocates nothing; a publication allocates the new snapshot. Nothing here decides or
 * journals anything, so a session journals the same with or without a publisher.
 */
public final class SnapshotPublisher implements TradingObserver
{
    /** Closed trades kept (the admin port asks for at most this many). */
    public static final int MAX_TRADES = 1000;
    /** One day of minutes. */
    public static final int EQUITY_MINUTES = 1440;
    private static final long NO_TIME = Long.MIN_VALUE;

    private final long intervalNs;
    private final EquityHistory history = new EquityHistory(EQUITY_MINUTES);
    private final ArrayDeque<Trade> closedTrades = new ArrayDeque<>();
    private final RoundTrips roundTrips = new RoundTrips(this::onTradeClosed);
    private final OrderRows orderRows = new OrderRows();
    private volatile EngineSnapshot latest;
    private boolean started;
    private boolean published;
    private long clockNs = NO_TIME;
    private long nextPublishNs;
    private List<Trade> trades = List.of();
    private boolean tradesChanged;
    private EquitySeries equity = EquitySeries.EMPTY;
    private long equityVersion;

    /** @param intervalNs event time between publications when nothing was decided, &gt; 0 */
    public SnapshotPublisher(final long intervalNs)
    {
        if (intervalNs <= 0)
        {
            throw new IllegalArgumentException("snapshot interval must be positive: " + intervalNs + " ns");
        }
        this.intervalNs = intervalNs;
    }

    /** The last snapshot published, or null before the first event. Any thread. */
    public EngineSnapshot latest()
    {
        return latest;
    }

    @Override
    public void afterEvent(final EngineEvent event, final TradingCore core)
    {
        if (!started)
        {
            started = true;
            for (final InstrumentSpec spec : core.instruments())
            {
                roundTrips.define(spec.id(), spec.name(), spec.priceScale(), spec.qtyScale());
            }
        }
        final Decisions decisions = event.decisions();
        for (int i = 0, n = decisions.count(); i < n; i++)
        {
            roundTrips.onDecision(decisions.buffer(), decisions.offset(i));
        }
        if (isMarketData(event.templateId()))
        {
            clockNs = Math.max(clockNs, event.eventTimeNs());
        }
        final boolean timed = clockNs != NO_TIME;
        final boolean minuteClosed = timed && history.onEvent(clockNs, core.ledger().equity());
        if (!published || decisions.count() > 0 || minuteClosed || (timed && clockNs >= nextPublishNs)
            || event.templateId() == AdminCommandDecoder.TEMPLATE_ID)
        {
            latest = build(event, core);
            published = true;
            nextPublishNs = clockNs + intervalNs;
        }
    }

    private static boolean isMarketData(final int templateId)
    {
        return templateId == TradeDecoder.TEMPLATE_ID || templateId == TickerDecoder.TEMPLATE_ID
            || templateId == BookLevelDecoder.TEMPLATE_ID || templateId == BarDecoder.TEMPLATE_ID
            || templateId == FundingDecoder.TEMPLATE_ID;
    }

    private void onTradeClosed(final Trade trade)
    {
        if (closedTrades.size() == MAX_TRADES)
        {
            closedTrades.removeFirst();
        }
        closedTrades.addLast(trade);
        tradesChanged = true;
    }

    private EngineSnapshot build(final EngineEvent event, final TradingCore core)
    {
        if (tradesChanged)
        {
            trades = List.copyOf(closedTrades);
            tradesChanged = false;
        }
        if (history.version() != equityVersion)
        {
            equity = history.copy();
            equityVersion = history.version();
        }
        final Ledger ledger = core.ledger();
        final List<EngineSnapshot.PositionRow> positions = new ArrayList<>();
        for (final InstrumentSpec spec : core.instruments())
        {
            final Position p = ledger.position(spec.id());
            if (p.isOpen())
            {
                final long mark = ledger.markPrice(spec.id());
                positions.add(new EngineSnapshot.PositionRow(spec.id(), spec.name(), p.side(), p.qty(), p.entryPrice(),
                    mark, p.leverage(), p.unrealizedPnl(mark), p.realizedPnl(), p.feesPaid(), p.fundingPaid(),
                    ledger.liquidationPrice(spec.id()), p.openTimeNs(), spec.priceScale(), spec.qtyScale()));
            }
        }
        return new EngineSnapshot(event.sequence(), event.eventTimeNs(), clockNs == NO_TIME ? 0 : clockNs,
            account(ledger), risk(ledger, core.breakers()),
            List.copyOf(positions), orderRows.collect(core), trades, equity);
    }

    private static EngineSnapshot.Account account(final Ledger ledger)
    {
        return new EngineSnapshot.Account(ledger.balance(), ledger.equity(), ledger.realizedPnl(),
            ledger.unrealizedPnl(), ledger.feesPaid(), ledger.fundingPaid(), ledger.startOfDayEquity(),
            ledger.dayPnl(), ledger.peakEquity());
    }

    private static EngineSnapshot.Risk risk(final Ledger ledger, final Breakers breakers)
    {
        final long start = ledger.startOfDayEquity();
        final long loss = Math.max(0, -ledger.dayPnl());
        final long dailyLoss = start <= 0 ? 0 : FixedMath.ratio(loss, start, RoundingMode.CEILING);
        return new EngineSnapshot.Risk(breakers.state(), breakers.debugBlock(), breakers.drawdownPaused(),
            breakers.dailyLossBlocked(), ledger.drawdown(), dailyLoss, ledger.entriesToday());
    }
}
