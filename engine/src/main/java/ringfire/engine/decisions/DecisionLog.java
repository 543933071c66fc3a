package ringfire.engine.decisions;

import ringfire.codecs.sbe.BalanceUpdateEncoder;
import ringfire.codecs.sbe.BooleanType;
import ringfire.codecs.sbe.ExitPlanStateEncoder;
import ringfire.codecs.sbe.ExitReason;
import ringfire.codecs.sbe.ExitTriggeredEncoder;
import ringfire.codecs.sbe.FillEncoder;
import ringfire.codecs.sbe.FundingEncoder;
import ringfire.codecs.sbe.Liquidity;
import ringfire.codecs.sbe.OrderIntentEncoder;
import ringfire.codecs.sbe.OrderPurpose;
import ringfire.codecs.sbe.OrderRequestEncoder;
import ringfire.codecs.sbe.OrderState;
import ringfire.codecs.sbe.OrderStatusEncoder;
import ringfire.codecs.sbe.OrderType;
import ringfire.codecs.sbe.PositionSide;
import ringfire.codecs.sbe.PositionUpdateEncoder;
import ringfire.codecs.sbe.RiskReason;
import ringfire.codecs.sbe.RiskRejectEncoder;
import ringfire.codecs.sbe.SettingAppliedEncoder;
import ringfire.codecs.sbe.SettingResult;
import ringfire.codecs.sbe.Side;
import ringfire.codecs.sbe.StateReason;
import ringfire.codecs.sbe.TimeInForce;
import ringfire.codecs.sbe.TradingState;
import ringfire.codecs.sbe.TradingStateChangeEncoder;
import ringfire.engine.account.Ledger;
import ringfire.engine.account.Position;
import ringfire.engine.exit.ExitPlan;
import ringfire.engine.pipeline.Decisions;
import ringfire.engine.pipeline.EngineEvent;

/**
 * Writes the trading core's decisions into the event being processed. Every stage attaches it to the current
 * event first; callbacks (broker fills, breakers) then journal into that event. One instance per pipeline.
 */
public final class DecisionLog
{
    private final FillEncoder fill = new FillEncoder();
    private final PositionUpdateEncoder position = new PositionUpdateEncoder();
    private final BalanceUpdateEncoder balance = new BalanceUpdateEncoder();
    private final FundingEncoder funding = new FundingEncoder();
    private final ExitTriggeredEncoder exit = new ExitTriggeredEncoder();
    private final ExitPlanStateEncoder planState = new ExitPlanStateEncoder();
    private final RiskRejectEncoder reject = new RiskRejectEncoder();
    private final TradingStateChangeEncoder stateChange = new TradingStateChangeEncoder();
    private final OrderIntentEncoder intent = new OrderIntentEncoder();
    private final OrderRequestEncoder request = new OrderRequestEncoder();
    private final OrderStatusEncoder status = new OrderStatusEncoder();
    private final SettingAppliedEncoder setting = new SettingAppliedEncoder();
    private EngineEvent event;

    public void attach(final EngineEvent event)
    {
        this.event = event;
    }

    public EngineEvent event()
    {
        return event;
    }

    private Decisions d()
    {
        return event.decisions();
    }

    public void fill(final long clientOrderId, final int symbolId, final Side side, final long price, final long qty,
        final long fee, final Liquidity liquidity)
    {
        d().begin(fill).clientOrderId(clientOrderId).symbolId(symbolId).side(side).price(price).qty(qty).fee(fee)
            .liquidity(liquidity).execId("");
        d().commit(fill);
    }

    public void position(final Ledger ledger, final int symbolId)
    {
        final Position p = ledger.position(symbolId);
        final long mark = ledger.markPrice(symbolId);
        d().begin(position).symbolId(symbolId).side(p.side()).size(p.qty()).entryPrice(p.isOpen() ? p.entryPrice() : 0)
            .markPrice(mark).leverage(p.leverage()).unrealisedPnl(p.isOpen() && mark > 0 ? p.unrealizedPnl(mark) : 0)
            .realisedPnl(p.realizedPnl());
        d().commit(position);
    }

    public void balance(final Ledger ledger)
    {
        d().begin(balance).walletBalance(ledger.balance()).availableBalance(ledger.balance())
            .equity(ledger.equity());
        d().commit(balance);
    }

    public void funding(final int symbolId, final long rate, final long markPrice, final long positionQty,
        final long payment)
    {
        d().begin(funding).symbolId(symbolId).fundingRate(rate).markPrice(markPrice).positionSize(positionQty)
            .payment(payment);
        d().commit(funding);
    }

    public void exitTriggered(final int symbolId, final ExitReason reason, final long price, final long qty)
    {
        d().begin(exit).symbolId(symbolId).reason(reason).triggerPrice(price).positionSize(qty);
        d().commit(exit);
    }

    public void planState(final int symbolId, final ExitPlan plan)
    {
        final boolean active = plan.isActive();
        d().begin(planState).symbolId(symbolId)
            .side(!active ? PositionSide.FLAT : plan.isLong() ? PositionSide.LONG : PositionSide.SHORT)
            .entryPrice(plan.entryPrice()).remainingQty(active ? plan.remainingQty() : 0)
            .stopPrice(plan.effectiveStop()).takeProfitPrice(plan.takeProfit()).trailingStopPrice(plan.trailingStop())
            .pullbackPrice(plan.pullbackLevel()).peakPnl(plan.peakPnl()).tier((short)plan.tier())
            .partialsDone((short)plan.partialsDone()).ttlDeadlineNs(plan.deadlineNs());
        d().commit(planState);
    }

    /** An order that ended without a fill (cancelled by an operator, rejected by the broker). */
    public void orderEnded(final long clientOrderId, final int symbolId, final OrderState state, final int code)
    {
        d().begin(status).clientOrderId(clientOrderId).symbolId(symbolId).side(Side.NULL_VAL).state(state)
            .filledQty(0).leavesQty(0).avgPrice(0).rejectCode(code).exchangeOrderId("");
        d().commit(status);
    }

    public void reject(final int symbolId, final Side side, final RiskReason reason, final long qty, final long detail)
    {
        d().begin(reject).symbolId(symbolId).side(side).reason(reason).qty(qty).detail(detail);
        d().commit(reject);
    }

    public void stateChange(final TradingState from, final TradingState to, final StateReason reason)
    {
        d().begin(stateChange).fromState(from).toState(to).reason(reason);
        d().commit(stateChange);
    }

    public void order(final long clientOrderId, final int symbolId, final Side side, final OrderPurpose purpose,
        final OrderType type, final long price, final long qty)
    {
        d().begin(intent).clientOrderId(clientOrderId).symbolId(symbolId).side(side).purpose(purpose).qty(qty)
            .limitPrice(type == OrderType.LIMIT ? price : 0);
        d().commit(intent);
        d().begin(request).clientOrderId(clientOrderId).symbolId(symbolId).side(side).orderType(type)
            .timeInForce(type == OrderType.MARKET ? TimeInForce.IOC : TimeInForce.GTC).price(price).qty(qty)
            .reduceOnly(purpose == OrderPurpose.EXIT ? BooleanType.TRUE : BooleanType.FALSE);
        d().commit(request);
    }

    /** The outcome of an operator's setting change; {@code previous} is the value in force before ("" if none). */
    public void settingApplied(final long commandId, final String key, final String value, final SettingResult result,
        final String previous)
    {
        d().begin(setting).commandId(commandId).key(key).value(value).result(result).previousValue(previous);
        d().commit(setting);
    }
}
