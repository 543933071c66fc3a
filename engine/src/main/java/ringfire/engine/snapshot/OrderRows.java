package ringfire.engine.snapshot;

import ringfire.codecs.sbe.OrderPurpose;
import ringfire.codecs.sbe.Side;
import ringfire.engine.account.Ledger;
import ringfire.engine.execution.paper.OpenOrderVisitor;
import ringfire.engine.execution.paper.PaperOrderType;
import ringfire.engine.exit.ExitPlan;
import ringfire.engine.exit.ExitSettings;
import ringfire.engine.market.InstrumentSpec;
import ringfire.engine.session.TradingCore;

import java.util.ArrayList;
import java.util.List;

/**
 * The open orders of a snapshot: the paper broker's, in submission order, then each active exit plan's levels as
 * EXIT orders ({@link EngineSnapshot.OrderRow#PLAN_LEVEL}): the protective level (the tightest of the stop, the
 * trailing stop and the pullback level) as a STOP, the take-profit and the pending partial levels as LIMITs.
 * Used on the pipeline thread, only while publishing.
 */
final class OrderRows implements OpenOrderVisitor
{
    private List<EngineSnapshot.OrderRow> rows;
    private Ledger ledger;

    List<EngineSnapshot.OrderRow> collect(final TradingCore core)
    {
        rows = new ArrayList<>();
        ledger = core.ledger();
        core.broker().forEachOpenOrder(this);
        for (final InstrumentSpec spec : core.instruments())
        {
            planLevels(spec, core.plan(spec.id()));
        }
        final List<EngineSnapshot.OrderRow> out = List.copyOf(rows);
        rows = null;
        ledger = null;
        return out;
    }

    @Override
    public void onOpenOrder(final long clientOrderId, final int symbolId, final Side side,
        final PaperOrderType type, final long price, final long qty, final boolean reduceOnly, final long createdNs)
    {
        final InstrumentSpec spec = ledger.instrument(symbolId);
        rows.add(new EngineSnapshot.OrderRow(clientOrderId, symbolId, spec.name(), side, type,
            reduceOnly ? OrderPurpose.EXIT : OrderPurpose.ENTRY, qty, price, createdNs, spec.priceScale(),
            spec.qtyScale()));
    }

    private void planLevels(final InstrumentSpec spec, final ExitPlan plan)
    {
        if (plan == null || !plan.isActive())
        {
            return;
        }
        final boolean isLong = plan.isLong();
        final Side side = isLong ? Side.SELL : Side.BUY;
        final long remaining = plan.remainingQty();
        long stop = plan.effectiveStop();
        final long pullback = plan.pullbackLevel();
        if (pullback != ExitPlan.NONE && (isLong ? pullback > stop : pullback < stop))
        {
            stop = pullback;
        }
        add(spec, side, PaperOrderType.STOP, remaining, stop, plan.entryTimeNs());
        if (plan.takeProfit() != ExitPlan.NONE)
        {
            add(spec, side, PaperOrderType.LIMIT, remaining, plan.takeProfit(), plan.entryTimeNs());
        }
        if (plan.settings().partialsEnabled())
        {
            for (int i = plan.partialsDone() + 1; i <= ExitSettings.PARTIALS; i++)
            {
                final long qty = Math.min(plan.partialQty(i), remaining);
                if (qty > 0)
                {
                    add(spec, side, PaperOrderType.LIMIT, qty, plan.partialLevel(i), plan.entryTimeNs());
                }
            }
        }
    }

    private void add(final InstrumentSpec spec, final Side side, final PaperOrderType type, final long qty,
        final long price, final long timeNs)
    {
        rows.add(new EngineSnapshot.OrderRow(EngineSnapshot.OrderRow.PLAN_LEVEL, spec.id(), spec.name(), side, type,
            OrderPurpose.EXIT, qty, price, timeNs, spec.priceScale(), spec.qtyScale()));
    }
}
