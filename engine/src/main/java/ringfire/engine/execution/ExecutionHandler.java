package ringfire.engine.execution;

import ringfire.codecs.sbe.ExitReason;
import ringfire.codecs.sbe.MessageHeaderDecoder;
import ringfire.codecs.sbe.PositionSide;
import ringfire.codecs.sbe.RiskReason;
import ringfire.codecs.sbe.Side;
import ringfire.codecs.sbe.SignalDecoder;
import ringfire.engine.account.Ledger;
import ringfire.engine.account.Position;
import ringfire.engine.decisions.DecisionLog;
import ringfire.engine.exit.Atr;
import ringfire.engine.exit.ExitPlan;
import ringfire.engine.pipeline.Decisions;
import ringfire.engine.pipeline.EngineEvent;
import ringfire.engine.pipeline.Stage;
import ringfire.engine.risk.AccountView;
import ringfire.engine.risk.EntryRequest;
import ringfire.engine.risk.PreTradeCheck;
import ringfire.engine.risk.RiskDecision;
import ringfire.engine.risk.RiskSettings;
import ringfire.engine.settings.ExecutionSettings;
import ringfire.engine.market.InstrumentSpec;
import ringfire.codecs.FixedMath;

import java.math.RoundingMode;

/**
 * Execution stage: turns this event's signals into orders. A signal against an open position closes it
 * (reason STRATEGY, at the next price); a signal on the side already held, or while an order for the symbol is
 * pending, is rejected (POSITION_OPEN, ORDER_PENDING); otherwise the pre-trade check sizes it or rejects it
 * with its reason, and an accepted entry goes through the {@link OrderGate} to the broker, filling at the next
 * price the engine sees.
 */
public final class ExecutionHandler implements Stage
{
    private final Ledger ledger;
    private final AccountView account;
    private final PreTradeCheck check;
    private final RiskSettings riskSettings;
    private final ExecutionSettings execution;
    private final ExitPlan[] plans;
    private final Atr[] atrs;
    private final AccountBook book;
    private final OrderGate gate;
    private final DecisionLog log;
    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final SignalDecoder signal = new SignalDecoder();
    private final EntryRequest request = new EntryRequest();
    private final RiskDecision decision = new RiskDecision();

    public ExecutionHandler(final Ledger ledger, final AccountView account, final PreTradeCheck check,
        final RiskSettings riskSettings, final ExecutionSettings execution, final ExitPlan[] plans, final Atr[] atrs,
        final AccountBook book, final OrderGate gate, final DecisionLog log)
    {
        this.execution = execution;
        this.ledger = ledger;
        this.account = account;
        this.check = check;
        this.riskSettings = riskSettings;
        this.plans = plans;
        this.atrs = atrs;
        this.book = book;
        this.gate = gate;
        this.log = log;
    }

    @Override
    public void onEvent(final EngineEvent event)
    {
        log.attach(event);
        final Decisions decisions = event.decisions();
        for (int i = 0, n = decisions.count(); i < n; i++)
        {
            if (decisions.templateId(i) == SignalDecoder.TEMPLATE_ID)
            {
                signal.wrapAndApplyHeader(decisions.buffer(), decisions.offset(i), header);
                onSignal(event.eventTimeNs());
            }
        }
    }

    private void onSignal(final long timeNs)
    {
        final int s = signal.symbolId();
        final Side side = signal.side();
        if (s <= 0 || s >= plans.length || plans[s] == null)
        {
            log.reject(s, side, RiskReason.UNKNOWN_SYMBOL, 0, 0);
            return;
        }
        final Position position = ledger.position(s);
        if (book.hasPendingEntry(s) || (position.isOpen() && book.hasPendingExit(s)))
        {
            log.reject(s, side, RiskReason.ORDER_PENDING, 0, 0);
            return;
        }
        if (position.isOpen())
        {
            final boolean held = (position.side() == PositionSide.LONG) == (side == Side.BUY);
            if (held)
            {
                log.reject(s, side, RiskReason.POSITION_OPEN, position.qty(), 0);
                return;
            }
            log.exitTriggered(s, ExitReason.STRATEGY, signal.referencePrice(), position.qty());
            if (gate.exitAtMarket(s, side, position.qty(), ExitReason.STRATEGY.value(), timeNs) != OrderGate.BLOCKED)
            {
                book.expectExit(s);
                if (plans[s].isActive())
                {
                    plans[s].close();
                    log.planState(s, plans[s]);
                }
            }
            return;
        }
        if (side == Side.BUY ? !execution.allowsLong() : !execution.allowsShort())
        {
            log.reject(s, side, RiskReason.SIDE_DISABLED, 0, 0);
            return;
        }
        if (!ledger.leverage(s, riskSettings.leverage()))
        {
            log.reject(s, side, RiskReason.LEVERAGE, 0, riskSettings.leverage());
            return;
        }
        final long entry = signal.referencePrice();
        if (!execution.riskChecks())
        {
            enterWithoutRiskChecks(s, side, entry, position.leverage(), timeNs);
            return;
        }
        final Atr atr = atrs[s];
        request.set(ledger.instrument(s), side, signal.confidence(), entry, signal.stopPrice(),
            atr.isReady() ? atr.value() : 0, position.leverage());
        if (!check.check(request, account, decision))
        {
            log.reject(s, side, decision.reason(), decision.qty(), decision.detail());
            return;
        }
        final long id = gate.enter(s, side, decision.qty(), timeNs);
        if (id != OrderGate.BLOCKED)
        {
            ledger.recordEntry();
            book.expectEntry(s, id, decision.stopPrice(), signal.takeProfitPrice());
        }
    }

    /** Risk checks off: 100 % of equity at the position's leverage, rounded down to the qty step. */
    private void enterWithoutRiskChecks(final int s, final Side side, final long entry, final int leverage,
        final long timeNs)
    {
        final InstrumentSpec spec = ledger.instrument(s);
        final long money = Math.max(0, Math.multiplyExact(account.equity(), (long)leverage));
        final long qty = FixedMath.floorToStep(
            FixedMath.quantityForOrLimit(money, entry, spec.priceScale(), spec.qtyScale(), RoundingMode.DOWN),
            spec.qtyStep());
        if (qty < spec.minQty())
        {
            log.reject(s, side, RiskReason.MIN_QTY, qty, spec.minQty());
            return;
        }
        final long id = gate.enter(s, side, qty, timeNs);
        if (id != OrderGate.BLOCKED)
        {
            ledger.recordEntry();
            book.expectEntry(s, id, signal.stopPrice(), signal.takeProfitPrice());
        }
    }

    @Override
    public String name()
    {
        return "execution";
    }
}
