package ringfire.engine.execution;

import ringfire.codecs.sbe.ExitReason;
import ringfire.codecs.sbe.Liquidity;
import ringfire.codecs.sbe.OrderState;
import ringfire.codecs.sbe.PositionSide;
import ringfire.codecs.sbe.RiskReason;
import ringfire.codecs.sbe.Side;
import ringfire.engine.account.Ledger;
import ringfire.engine.account.Position;
import ringfire.engine.decisions.DecisionLog;
import ringfire.engine.exit.Atr;
import ringfire.engine.exit.ExitPlan;
import ringfire.engine.exit.InvalidationRules;
import ringfire.engine.exit.OpenResult;
import ringfire.engine.execution.paper.OrderReason;
import ringfire.engine.execution.paper.PaperListener;
import ringfire.engine.execution.paper.PositionView;
import ringfire.engine.market.Symbols;

import java.util.Arrays;

/**
 * Books what the broker reports: fills into the ledger (journaled as Fill, PositionUpdate and BalanceUpdate),
 * funding, and rejections. An entry fill opens the position's exit plan with the stop the pre-trade check sized
 * it with (the signal's, else 2 × ATR from the signal's reference price) and the signal's take-profit; a position
 * that closes finishes its plan. Also the broker's view of
 * positions, marks and data funding rates.
 */
public final class AccountBook implements PaperListener, PositionView
{
    private final Ledger ledger;
    private final ExitPlan[] plans;
    private final Atr[] atrs;
    private final DecisionLog log;
    private final InvalidationRules rules;
    private final long[] entryOrder = new long[Symbols.MAX_SYMBOLS];
    private final long[] entryStop = new long[Symbols.MAX_SYMBOLS];
    private final long[] entryTakeProfit = new long[Symbols.MAX_SYMBOLS];
    private final long[] fundingRates = new long[Symbols.MAX_SYMBOLS];
    private final boolean[] exitPending = new boolean[Symbols.MAX_SYMBOLS];
    private final boolean exitPlans;
    private OrderGate gate;

    public AccountBook(final Ledger ledger, final ExitPlan[] plans, final Atr[] atrs, final InvalidationRules rules,
        final boolean exitPlans, final DecisionLog log)
    {
        this.exitPlans = exitPlans;
        this.rules = rules;
        this.ledger = ledger;
        this.plans = plans;
        this.atrs = atrs;
        this.log = log;
        Arrays.fill(entryOrder, OrderGate.BLOCKED);
        Arrays.fill(fundingRates, NO_RATE);
    }

    /** The gate used to close a position whose plan cannot be opened; set once at assembly. */
    public void gate(final OrderGate gate)
    {
        this.gate = gate;
    }

    public void expectEntry(final int symbolId, final long clientOrderId, final long stop, final long takeProfit)
    {
        entryOrder[symbolId] = clientOrderId;
        entryStop[symbolId] = stop;
        entryTakeProfit[symbolId] = takeProfit;
    }

    /** A market exit was sent for the symbol and has not filled yet. */
    public void expectExit(final int symbolId)
    {
        exitPending[symbolId] = true;
    }

    public boolean hasPendingExit(final int symbolId)
    {
        return exitPending[symbolId];
    }

    public boolean hasPendingEntry(final int symbolId)
    {
        return entryOrder[symbolId] != OrderGate.BLOCKED;
    }

    public void fundingRate(final int symbolId, final long rate)
    {
        fundingRates[symbolId] = rate;
    }

    @Override
    public void onFill(final long clientOrderId, final int symbolId, final Side side, final long price, final long qty,
        final long fee, final Liquidity liquidity, final long timeNs)
    {
        final boolean wasOpen = ledger.position(symbolId).isOpen();
        ledger.applyFill(symbolId, side, price, qty, fee, timeNs);
        log.fill(clientOrderId, symbolId, side, price, qty, fee, liquidity);
        log.position(ledger, symbolId);
        log.balance(ledger);
        final Position position = ledger.position(symbolId);
        final ExitPlan plan = plans[symbolId];
        if (!position.isOpen())
        {
            exitPending[symbolId] = false;
        }
        if (clientOrderId == entryOrder[symbolId])
        {
            entryOrder[symbolId] = OrderGate.BLOCKED;
            openPlan(symbolId, position, plan, timeNs);
        }
        else if (wasOpen && !position.isOpen())
        {
            if (plan.isActive())
            {
                plan.close();
            }
            log.planState(symbolId, plan);
        }
    }

    private void openPlan(final int symbolId, final Position position, final ExitPlan plan, final long timeNs)
    {
        if (!position.isOpen() || !exitPlans)
        {
            return;
        }
        final Atr atr = atrs[symbolId];
        final OpenResult result = plan.open(position.side(), position.entryPrice(), position.qty(),
            position.leverage(), timeNs, entryStop[symbolId], entryTakeProfit[symbolId],
            atr.isReady() ? atr.value() : ExitPlan.NONE, rules.ruleFor(symbolId, position.side()));
        log.planState(symbolId, plan);
        if (result != OpenResult.OPENED)
        {
            // The fill gapped past the signal's stop (or no stop exists): close rather than hold an unprotected position.
            log.exitTriggered(symbolId, ExitReason.STOP_LOSS, position.entryPrice(), position.qty());
            gate.exitAtMarket(symbolId, position.side() == PositionSide.LONG ? Side.SELL : Side.BUY, position.qty(),
                ExitReason.STOP_LOSS.value(), timeNs);
        }
    }

    @Override
    public void onOrderState(final long clientOrderId, final int symbolId, final OrderState state,
        final OrderReason reason, final long timeNs)
    {
        if (state == OrderState.REJECTED || state == OrderState.CANCELLED)
        {
            if (clientOrderId == entryOrder[symbolId])
            {
                entryOrder[symbolId] = OrderGate.BLOCKED;
            }
            else
            {
                exitPending[symbolId] = false;
            }
            log.orderEnded(clientOrderId, symbolId, state, reason.ordinal());
            if (reason != OrderReason.OK && reason != OrderReason.LIQUIDATION && reason != OrderReason.CANCELLED)
            {
                log.reject(symbolId, Side.NULL_VAL, RiskReason.BROKER_REJECT, 0, reason.ordinal());
            }
        }
    }

    @Override
    public void onFunding(final int symbolId, final long fundingRate, final long markPrice, final long positionQty,
        final long payment, final long fundingTimeNs)
    {
        // The ledger's own payment is what the account pays; it is the one journaled.
        final long paid = ledger.applyFunding(symbolId, fundingRate, markPrice);
        log.funding(symbolId, fundingRate, markPrice, positionQty, paid);
        log.balance(ledger);
    }

    @Override
    public long positionQty(final int symbolId)
    {
        final Position p = ledger.position(symbolId);
        return p.side() == PositionSide.SHORT ? -p.qty() : p.isOpen() ? p.qty() : 0;
    }

    @Override
    public long markPrice(final int symbolId)
    {
        return ledger.markPrice(symbolId);
    }

    @Override
    public long fundingRate(final int symbolId)
    {
        return fundingRates[symbolId];
    }
}
