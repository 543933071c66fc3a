package ringfire.engine.execution;

import ringfire.codecs.Decimals;
import ringfire.codecs.Scales;
import ringfire.codecs.sbe.BooleanType;
import ringfire.codecs.sbe.MessageHeaderDecoder;
import ringfire.codecs.sbe.OrderIntentEncoder;
import ringfire.codecs.sbe.OrderPurpose;
import ringfire.codecs.sbe.OrderRequestEncoder;
import ringfire.codecs.sbe.OrderType;
import ringfire.codecs.sbe.RiskReason;
import ringfire.codecs.sbe.RiskRejectEncoder;
import ringfire.codecs.sbe.SignalDecoder;
import ringfire.codecs.sbe.TimeInForce;
import ringfire.engine.market.Symbols;
import ringfire.engine.pipeline.Decisions;
import ringfire.engine.pipeline.EngineEvent;
import ringfire.engine.pipeline.Stage;
import ringfire.engine.risk.RiskHandler;
import ringfire.engine.settings.ExecutionSettings;

/**
 * Execution stage: turns this event's signals into orders. Each signal passes the risk stage's pre-trade check;
 * a rejection is a RiskReject decision with its reason, an acceptance an OrderIntent plus the OrderRequest that
 * leaves for the broker. Client order ids derive from the input's sequence number: {@code sequence * 64 + n}.
 */
public final class ExecutionHandler implements Stage
{
    private final RiskHandler risk;
    private final Symbols symbols;
    private final ExecutionSettings settings;
    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final SignalDecoder signal = new SignalDecoder();
    private final OrderIntentEncoder intent = new OrderIntentEncoder();
    private final OrderRequestEncoder request = new OrderRequestEncoder();
    private final RiskRejectEncoder reject = new RiskRejectEncoder();

    public ExecutionHandler(final RiskHandler risk, final Symbols symbols, final ExecutionSettings settings)
    {
        this.risk = risk;
        this.symbols = symbols;
        this.settings = settings;
    }

    @Override
    public void onEvent(final EngineEvent event)
    {
        final Decisions decisions = event.decisions();
        int orders = 0;
        for (int i = 0, n = decisions.count(); i < n; i++)
        {
            if (decisions.templateId(i) == SignalDecoder.TEMPLATE_ID)
            {
                signal.wrapAndApplyHeader(decisions.buffer(), decisions.offset(i), header);
                if (onSignal(event, orders))
                {
                    orders++;
                }
            }
        }
    }

    private boolean onSignal(final EngineEvent event, final int orderIndex)
    {
        final int symbolId = signal.symbolId();
        RiskReason reason = risk.checkEntry();
        long qty = 0;
        if (reason == null)
        {
            if (!symbols.isDefined(symbolId) || signal.referencePrice() <= 0)
            {
                reason = RiskReason.NO_PRICE;
            }
            else
            {
                qty = quantity(symbolId, signal.referencePrice());
                reason = qty <= 0 ? RiskReason.MIN_QTY : null;
            }
        }
        final Decisions decisions = event.decisions();
        if (reason != null)
        {
            decisions.begin(reject).symbolId(symbolId).side(signal.side()).reason(reason).qty(qty).detail(0);
            decisions.commit(reject);
            return false;
        }
        final long clientOrderId = event.sequence() * Decisions.MAX_DECISIONS + orderIndex;
        decisions.begin(intent).clientOrderId(clientOrderId).symbolId(symbolId).side(signal.side())
            .purpose(OrderPurpose.ENTRY).qty(qty).limitPrice(0);
        decisions.commit(intent);
        decisions.begin(request).clientOrderId(clientOrderId).symbolId(symbolId).side(signal.side())
            .orderType(OrderType.MARKET).timeInForce(TimeInForce.IOC).price(0).qty(qty).reduceOnly(BooleanType.FALSE);
        decisions.commit(request);
        return true;
    }

    /** Quantity worth the configured notional at {@code price}, rounded down to the symbol's qty scale. */
    private long quantity(final int symbolId, final long price)
    {
        final int shift = symbols.qtyScale(symbolId) + symbols.priceScale(symbolId) - Scales.MONEY;
        final long notional = settings.orderNotional();
        if (shift >= 0)
        {
            return Math.multiplyExact(notional, Decimals.pow10(shift)) / price;
        }
        return notional / Math.multiplyExact(price, Decimals.pow10(-shift));
    }

    @Override
    public String name()
    {
        return "execution";
    }
}
