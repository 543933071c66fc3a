package ringfire.ops.daemon;

import ringfire.codecs.Scales;
import ringfire.engine.report.Trade;
import ringfire.engine.settings.EngineSettings;
import ringfire.engine.market.InstrumentSpec;
import ringfire.engine.snapshot.EngineSnapshot;
import ringfire.engine.snapshot.EquitySeries;
import ringfire.engine.strategy.Strategies;
import ringfire.ops.admin.EngineView;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;

/**
 * Turns an {@link EngineSnapshot} (scaled longs, as the engine keeps them) into the admin port's
 * {@link EngineView} records (exact decimals): Money and Ratios at 8 decimals, prices and quantities at the
 * symbol's scales, times as instants. Runs on the admin threads; the snapshot is immutable.
 */
final class SnapshotView
{
    private SnapshotView()
    {
    }

    static List<EngineView.Position> positions(final EngineSnapshot s)
    {
        final List<EngineView.Position> out = new ArrayList<>();
        for (final EngineSnapshot.PositionRow p : s.positions())
        {
            out.add(new EngineView.Position(p.symbol(), p.side().name(), decimal(p.qty(), p.qtyScale()),
                decimal(p.entryPrice(), p.priceScale()), decimal(p.markPrice(), p.priceScale()), p.leverage(),
                money(p.unrealizedPnl()), money(p.realizedPnl()),
                p.liquidationPrice() > 0 ? decimal(p.liquidationPrice(), p.priceScale()) : null));
        }
        return Collections.unmodifiableList(out);
    }

    /** Broker orders first (by submission), then exit-plan levels (client order id -1); a MARKET order has no price. */
    static List<EngineView.Order> orders(final EngineSnapshot s)
    {
        final List<EngineView.Order> out = new ArrayList<>();
        for (final EngineSnapshot.OrderRow o : s.orders())
        {
            out.add(new EngineView.Order(o.clientOrderId(), o.symbol(), o.side().name(), o.type().name(),
                o.purpose().name(), decimal(o.qty(), o.qtyScale()), o.price() > 0 ? decimal(o.price(), o.priceScale()) : null,
                instant(o.createdNs())));
        }
        return Collections.unmodifiableList(out);
    }

    static List<EngineView.Trade> trades(final EngineSnapshot s, final int last)
    {
        final List<Trade> all = s.trades();
        final List<EngineView.Trade> out = new ArrayList<>();
        for (final Trade t : all.subList(Math.max(0, all.size() - Math.max(0, last)), all.size()))
        {
            out.add(new EngineView.Trade(t.id(), t.symbol(), t.side().name(), decimal(t.qty(), t.qtyScale()),
                instant(t.entryTimeNs()), decimal(t.entryPrice(), t.priceScale()), instant(t.exitTimeNs()),
                decimal(t.exitPrice(), t.priceScale()), money(t.fees()), money(t.pnl()), t.exitReason()));
        }
        return Collections.unmodifiableList(out);
    }

    static EngineView.Pnl pnl(final EngineSnapshot s)
    {
        final EngineSnapshot.Account a = s.account();
        return new EngineView.Pnl(money(a.balance()), money(a.equity()), money(a.realizedPnl()),
            money(a.unrealizedPnl()), money(a.fees()), money(a.funding()), money(a.startOfDayEquity()),
            money(a.dayPnl()), money(a.peakEquity()));
    }

    static EngineView.Risk risk(final EngineSnapshot s)
    {
        final EngineSnapshot.Risk r = s.risk();
        final String softBlock = r.drawdownPaused() && r.dailyLossBlocked() ? "DRAWDOWN_SOFT,DAILY_LOSS"
            : r.drawdownPaused() ? "DRAWDOWN_SOFT" : r.dailyLossBlocked() ? "DAILY_LOSS" : null;
        return new EngineView.Risk(r.state().name(), r.debugBlock(), ratio(r.drawdown()), ratio(r.dailyLoss()),
            r.entriesToday(), softBlock);
    }

    /** The closed minutes, then the snapshot itself (at its market time) when it is later than the last of them. */
    static List<EngineView.EquityPoint> equity(final EngineSnapshot s)
    {
        final EquitySeries series = s.equity();
        final List<EngineView.EquityPoint> out = new ArrayList<>(series.size() + 1);
        for (int i = 0; i < series.size(); i++)
        {
            out.add(new EngineView.EquityPoint(instant(series.timeNs(i)), money(series.equity(i))));
        }
        if (s.marketTimeNs() != 0 && (series.size() == 0 || s.marketTimeNs() > series.timeNs(series.size() - 1)))
        {
            out.add(new EngineView.EquityPoint(instant(s.marketTimeNs()), money(s.account().equity())));
        }
        return Collections.unmodifiableList(out);
    }

    /** One instance per configured instrument, from the settings (they do not change while running). */
    static List<EngineView.StrategyInfo> strategies(final EngineSettings settings)
    {
        final List<EngineView.StrategyInfo> out = new ArrayList<>();
        for (final InstrumentSpec spec : settings.instruments())
        {
            out.add(new EngineView.StrategyInfo(
                Strategies.instanceName(settings.strategy().factory(), settings.strategy().params(), spec.name()),
                settings.strategy().name(), spec.name(), Collections.unmodifiableSortedMap(
                    new TreeMap<>(settings.strategy().params()))));
        }
        return Collections.unmodifiableList(out);
    }

    static BigDecimal money(final long value)
    {
        return BigDecimal.valueOf(value, Scales.MONEY);
    }

    static BigDecimal ratio(final long value)
    {
        return BigDecimal.valueOf(value, Scales.RATIO);
    }

    static BigDecimal decimal(final long value, final int scale)
    {
        return BigDecimal.valueOf(value, scale);
    }

    static Instant instant(final long epochNs)
    {
        return Instant.ofEpochSecond(Math.floorDiv(epochNs, 1_000_000_000L), Math.floorMod(epochNs, 1_000_000_000L));
    }
}
