package ringfire.engine.exit;

import ringfire.codecs.sbe.AdminAction;
import ringfire.codecs.sbe.AdminCommandDecoder;
import ringfire.codecs.sbe.BarDecoder;
import ringfire.codecs.sbe.BooleanType;
import ringfire.codecs.sbe.ExitReason;
import ringfire.codecs.sbe.MessageHeaderDecoder;
import ringfire.codecs.sbe.PositionSide;
import ringfire.codecs.sbe.Side;
import ringfire.codecs.sbe.TickerDecoder;
import ringfire.codecs.sbe.TimerKind;
import ringfire.codecs.sbe.TimerTickDecoder;
import ringfire.codecs.sbe.TradeDecoder;
import ringfire.engine.account.Ledger;
import ringfire.engine.account.Position;
import ringfire.engine.decisions.DecisionLog;
import ringfire.engine.execution.OrderGate;
import ringfire.engine.pipeline.EngineEvent;
import ringfire.engine.pipeline.Stage;

/**
 * Exit-plan stage: evaluates each open position's plan on every trade, ticker and bar of its symbol (and on
 * timer ticks, for time-to-live), by event time, before any new entry is decided on the same event. A triggered
 * exit is journaled (ExitTriggered with its reason) and filled at once at the level the plan gives (a touched
 * stop: the broker adds slippage); the plan's state is journaled whenever its peak, tier or levels move, and
 * with every exit. A TimerTick of kind END_OF_DATA closes every position at its last mark. Operator FLATTEN, and
 * HALT with
 * argument 1, close every position at market.
 */
public final class ExitPlanHandler implements Stage
{
    private final ExitPlan[] plans;
    private final Ledger ledger;
    private final OrderGate gate;
    private final DecisionLog log;
    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final TradeDecoder trade = new TradeDecoder();
    private final TickerDecoder ticker = new TickerDecoder();
    private final BarDecoder bar = new BarDecoder();
    private final TimerTickDecoder timer = new TimerTickDecoder();
    private final AdminCommandDecoder admin = new AdminCommandDecoder();
    private final ExitDecision decision = new ExitDecision();
    private long peak;
    private int tier;
    private long stop;
    private long trailing;
    private long pullback;
    private static final ExitReason[] REASONS = new ExitReason[ExitCause.values().length];

    static
    {
        for (final ExitCause cause : ExitCause.values())
        {
            REASONS[cause.ordinal()] = ExitReason.valueOf(cause.name());
        }
    }

    public ExitPlanHandler(final ExitPlan[] plans, final Ledger ledger, final OrderGate gate, final DecisionLog log)
    {
        this.plans = plans;
        this.ledger = ledger;
        this.gate = gate;
        this.log = log;
    }

    @Override
    public void onEvent(final EngineEvent event)
    {
        log.attach(event);
        final long timeNs = event.eventTimeNs();
        switch (event.templateId())
        {
            case TradeDecoder.TEMPLATE_ID ->
            {
                trade.wrapAndApplyHeader(event.input(), 0, header);
                final ExitPlan plan = activePlan(trade.symbolId());
                if (plan != null)
                {
                    remember(plan);
                    settle(trade.symbolId(), plan, plan.onPrice(trade.price(), timeNs, decision), timeNs);
                }
            }
            case TickerDecoder.TEMPLATE_ID ->
            {
                ticker.wrapAndApplyHeader(event.input(), 0, header);
                final ExitPlan plan = activePlan(ticker.symbolId());
                if (plan != null && ticker.lastPrice() > 0)
                {
                    remember(plan);
                    settle(ticker.symbolId(), plan, plan.onPrice(ticker.lastPrice(), timeNs, decision), timeNs);
                }
            }
            case BarDecoder.TEMPLATE_ID ->
            {
                bar.wrapAndApplyHeader(event.input(), 0, header);
                final ExitPlan plan = activePlan(bar.symbolId());
                if (plan != null && bar.closed() == BooleanType.TRUE)
                {
                    remember(plan);
                    settle(bar.symbolId(), plan,
                        plan.onBar(bar.open(), bar.high(), bar.low(), bar.close(), timeNs, decision), timeNs);
                }
            }
            case TimerTickDecoder.TEMPLATE_ID ->
            {
                timer.wrapAndApplyHeader(event.input(), 0, header);
                if (timer.kind() == TimerKind.END_OF_DATA)
                {
                    closeAtMarks(timeNs);
                }
                else
                {
                    onTimer(timeNs);
                }
            }
            case AdminCommandDecoder.TEMPLATE_ID ->
            {
                admin.wrapAndApplyHeader(event.input(), 0, header);
                if (admin.action() == AdminAction.FLATTEN)
                {
                    flattenAll(ExitReason.OPERATOR, admin.symbolId(), timeNs);
                }
                else if (admin.action() == AdminAction.HALT && admin.argument() == 1)
                {
                    flattenAll(ExitReason.HALT, 0, timeNs);
                }
            }
            default ->
            {
            }
        }
    }

    private ExitPlan activePlan(final int symbolId)
    {
        final ExitPlan plan = symbolId > 0 && symbolId < plans.length ? plans[symbolId] : null;
        return plan != null && plan.isActive() ? plan : null;
    }

    /** Time-to-live on a timer tick: each active plan sees its symbol's mark at the tick's time. */
    private void onTimer(final long timeNs)
    {
        for (int s = 1; s < plans.length; s++)
        {
            final ExitPlan plan = activePlan(s);
            final long mark = plan == null ? 0 : ledger.markPrice(s);
            if (mark > 0)
            {
                remember(plan);
                settle(s, plan, plan.onPrice(mark, timeNs, decision), timeNs);
            }
        }
    }

    private void remember(final ExitPlan plan)
    {
        peak = plan.peakPnl();
        tier = plan.tier();
        stop = plan.effectiveStop();
        trailing = plan.trailingStop();
        pullback = plan.pullbackLevel();
    }

    /** Exits if the plan decided to; otherwise journals the plan's state when its peak, tier or levels moved. */
    private void settle(final int symbolId, final ExitPlan plan, final boolean exit, final long timeNs)
    {
        if (exit)
        {
            exit(symbolId, plan, timeNs);
        }
        else if (plan.peakPnl() != peak || plan.tier() != tier || plan.effectiveStop() != stop
            || plan.trailingStop() != trailing || plan.pullbackLevel() != pullback)
        {
            log.planState(symbolId, plan);
        }
    }

    private void exit(final int symbolId, final ExitPlan plan, final long timeNs)
    {
        final ExitReason reason = REASONS[decision.cause().ordinal()];
        final Side side = plan.isLong() ? Side.SELL : Side.BUY;
        log.exitTriggered(symbolId, reason, decision.price(), decision.qty());
        if (!decision.closesPosition())
        {
            log.planState(symbolId, plan);
        }
        if (gate.exitAtLevel(symbolId, side, decision.qty(), decision.price(), reason.value(), timeNs) == OrderGate.BLOCKED)
        {
            plan.reinstate(decision.qty());
        }
    }

    /** The data has ended: every open position closes at its last mark (the last close in a backtest). */
    private void closeAtMarks(final long timeNs)
    {
        for (int s = 1; s < plans.length; s++)
        {
            final Position position = plans[s] == null ? null : ledger.position(s);
            final long mark = position == null ? 0 : ledger.markPrice(s);
            if (position == null || !position.isOpen() || mark <= 0)
            {
                continue;
            }
            log.exitTriggered(s, ExitReason.END_OF_DATA, mark, position.qty());
            final boolean planned = plans[s].isActive();
            if (planned)
            {
                plans[s].close();
            }
            if (gate.exitAtLevel(s, position.side() == PositionSide.LONG ? Side.SELL : Side.BUY, position.qty(), mark,
                ExitReason.END_OF_DATA.value(), timeNs) == OrderGate.BLOCKED && planned)
            {
                plans[s].reinstate(position.qty());
            }
        }
    }

    /** Closes every open position (or one symbol's) at market: fills at the next price. */
    private void flattenAll(final ExitReason reason, final int onlySymbol, final long timeNs)
    {
        for (int s = 1; s < plans.length; s++)
        {
            if (plans[s] == null || (onlySymbol != 0 && s != onlySymbol))
            {
                continue;
            }
            final Position position = ledger.position(s);
            if (!position.isOpen())
            {
                continue;
            }
            log.exitTriggered(s, reason, ledger.markPrice(s), position.qty());
            final boolean planned = plans[s].isActive();
            if (planned)
            {
                plans[s].close();
            }
            if (gate.exitAtMarket(s, position.side() == PositionSide.LONG ? Side.SELL : Side.BUY, position.qty(),
                reason.value(), timeNs) == OrderGate.BLOCKED && planned)
            {
                plans[s].reinstate(position.qty());
            }
        }
    }

    @Override
    public String name()
    {
        return "exit-plan";
    }
}
