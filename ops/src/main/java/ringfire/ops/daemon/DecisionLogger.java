package ringfire.ops.daemon;

import org.agrona.DirectBuffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ringfire.codecs.Decimals;
import ringfire.codecs.Scales;
import ringfire.codecs.sbe.BalanceUpdateDecoder;
import ringfire.codecs.sbe.BooleanType;
import ringfire.codecs.sbe.EventHeaderDecoder;
import ringfire.codecs.sbe.ExitPlanStateDecoder;
import ringfire.codecs.sbe.ExitTriggeredDecoder;
import ringfire.codecs.sbe.FillDecoder;
import ringfire.codecs.sbe.FundingDecoder;
import ringfire.codecs.sbe.MessageHeaderDecoder;
import ringfire.codecs.sbe.OrderIntentDecoder;
import ringfire.codecs.sbe.OrderRequestDecoder;
import ringfire.codecs.sbe.OrderStatusDecoder;
import ringfire.codecs.sbe.PositionUpdateDecoder;
import ringfire.codecs.sbe.RiskRejectDecoder;
import ringfire.codecs.sbe.SignalDecoder;
import ringfire.codecs.sbe.TradingStateChangeDecoder;
import ringfire.engine.execution.paper.OrderReason;
import ringfire.engine.market.InstrumentSpec;
import ringfire.engine.market.Symbols;
import ringfire.engine.pipeline.Egress;
import ringfire.engine.settings.EngineSettings;

/**
 * The daemon's decision log: passes each journaled decision to the next egress, then writes one line for it to the
 * logger {@code ringfire.decisions}. At INFO: signal, order, fill, order ended (cancel or broker reject with its
 * reason), risk reject (reason), exit (reason), trading-state change (reason), funding. At DEBUG: the state echoes
 * (order intent, position, balance, exit-plan state), which change often. Lines start with the decision's
 * sequence; prices and quantities are at the symbol's scale, money and ratios at 8 decimals. Runs on the pipeline
 * thread: decoding reuses flyweights and one builder, and nothing is formatted for a disabled level.
 */
final class DecisionLogger implements Egress
{
    static final String LOGGER = "ringfire.decisions";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);
    private static final OrderReason[] ORDER_REASONS = OrderReason.values();

    private final Egress next;
    private final InstrumentSpec[] instruments = new InstrumentSpec[Symbols.MAX_SYMBOLS];
    private final StringBuilder line = new StringBuilder(160);
    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final SignalDecoder signal = new SignalDecoder();
    private final OrderIntentDecoder intent = new OrderIntentDecoder();
    private final OrderRequestDecoder request = new OrderRequestDecoder();
    private final OrderStatusDecoder status = new OrderStatusDecoder();
    private final FillDecoder fill = new FillDecoder();
    private final RiskRejectDecoder reject = new RiskRejectDecoder();
    private final ExitTriggeredDecoder exit = new ExitTriggeredDecoder();
    private final TradingStateChangeDecoder state = new TradingStateChangeDecoder();
    private final FundingDecoder funding = new FundingDecoder();
    private final PositionUpdateDecoder position = new PositionUpdateDecoder();
    private final BalanceUpdateDecoder balance = new BalanceUpdateDecoder();
    private final ExitPlanStateDecoder plan = new ExitPlanStateDecoder();

    /** @param next the egress that sees each decision first (the daemon's snapshot) */
    DecisionLogger(final EngineSettings settings, final Egress next)
    {
        this.next = next;
        for (final InstrumentSpec spec : settings.instruments())
        {
            instruments[spec.id()] = spec;
        }
    }

    @Override
    public void onDecision(final DirectBuffer buffer, final int offset, final int length)
    {
        next.onDecision(buffer, offset, length);
        if (!LOG.isInfoEnabled())
        {
            return;
        }
        header.wrap(buffer, offset);
        final int body = offset + MessageHeaderDecoder.ENCODED_LENGTH;
        final int block = header.blockLength();
        final int version = header.version();
        line.setLength(0);
        switch (header.templateId())
        {
            case SignalDecoder.TEMPLATE_ID -> signal(signal.wrap(buffer, body, block, version));
            case OrderRequestDecoder.TEMPLATE_ID -> request(request.wrap(buffer, body, block, version));
            case FillDecoder.TEMPLATE_ID -> fill(fill.wrap(buffer, body, block, version));
            case OrderStatusDecoder.TEMPLATE_ID -> status(status.wrap(buffer, body, block, version));
            case RiskRejectDecoder.TEMPLATE_ID -> reject(reject.wrap(buffer, body, block, version));
            case ExitTriggeredDecoder.TEMPLATE_ID -> exit(exit.wrap(buffer, body, block, version));
            case TradingStateChangeDecoder.TEMPLATE_ID -> state(state.wrap(buffer, body, block, version));
            case FundingDecoder.TEMPLATE_ID -> funding(funding.wrap(buffer, body, block, version));
            default ->
            {
                if (LOG.isDebugEnabled())
                {
                    debug(buffer, body, block, version);
                }
            }
        }
    }

    private void signal(final SignalDecoder d)
    {
        final InstrumentSpec spec = start(d.header(), "signal", d.symbolId());
        line.append(' ').append(d.side()).append(" confidence ");
        ratio(d.confidence()).append(" reference ");
        price(spec, d.referencePrice());
        optionalPrice(" stop ", spec, d.stopPrice());
        optionalPrice(" take-profit ", spec, d.takeProfitPrice());
        LOG.info(line.append(" (strategy ").append(d.strategyId()).append(')').toString());
    }

    private void request(final OrderRequestDecoder d)
    {
        final InstrumentSpec spec = start(d.header(), "order", d.symbolId());
        line.append(' ').append(d.side()).append(' ').append(d.orderType()).append(" qty ");
        qty(spec, d.qty());
        optionalPrice(" price ", spec, d.price());
        line.append(d.reduceOnly() == BooleanType.TRUE ? " exit (reduce-only)" : " entry");
        LOG.info(line.append(", client order id ").append(d.clientOrderId()).toString());
    }

    private void fill(final FillDecoder d)
    {
        final InstrumentSpec spec = start(d.header(), "fill", d.symbolId());
        line.append(' ').append(d.side()).append(" qty ");
        qty(spec, d.qty());
        line.append(" at ");
        price(spec, d.price());
        line.append(" fee ");
        money(d.fee()).append(' ').append(d.liquidity());
        LOG.info(line.append(", client order id ").append(d.clientOrderId()).toString());
    }

    private void status(final OrderStatusDecoder d)
    {
        start(d.header(), "order ended", d.symbolId());
        final int code = d.rejectCode();
        line.append(' ').append(d.state()).append(": ")
            .append(code >= 0 && code < ORDER_REASONS.length ? ORDER_REASONS[code].name() : "code " + code);
        LOG.info(line.append(", client order id ").append(d.clientOrderId()).toString());
    }

    private void reject(final RiskRejectDecoder d)
    {
        final InstrumentSpec spec = start(d.header(), "reject", d.symbolId());
        line.append(' ').append(d.side()).append(" qty ");
        qty(spec, d.qty());
        line.append(": ").append(d.reason());
        if (d.detail() != 0)
        {
            line.append(" (detail ").append(d.detail()).append(')');
        }
        LOG.info(line.toString());
    }

    private void exit(final ExitTriggeredDecoder d)
    {
        final InstrumentSpec spec = start(d.header(), "exit", d.symbolId());
        line.append(' ').append(d.reason()).append(" at ");
        price(spec, d.triggerPrice());
        line.append(", position ");
        qty(spec, d.positionSize());
        LOG.info(line.toString());
    }

    private void state(final TradingStateChangeDecoder d)
    {
        start(d.header(), "trading state", 0);
        if (d.fromState() == d.toState())
        {
            line.append(' ').append(d.toState()).append(" (no change)");
        }
        else
        {
            line.append(' ').append(d.fromState()).append(" -> ").append(d.toState());
        }
        LOG.info(line.append(": ").append(d.reason()).toString());
    }

    private void funding(final FundingDecoder d)
    {
        final InstrumentSpec spec = start(d.header(), "funding", d.symbolId());
        line.append(" rate ");
        ratio(d.fundingRate()).append(", paid ");
        money(d.payment()).append(" (position ");
        qty(spec, d.positionSize());
        line.append(" at mark ");
        price(spec, d.markPrice());
        LOG.info(line.append(')').toString());
    }

    private void debug(final DirectBuffer buffer, final int body, final int block, final int version)
    {
        switch (header.templateId())
        {
            case OrderIntentDecoder.TEMPLATE_ID ->
            {
                final OrderIntentDecoder d = intent.wrap(buffer, body, block, version);
                final InstrumentSpec spec = start(d.header(), "order intent", d.symbolId());
                line.append(' ').append(d.purpose()).append(' ').append(d.side()).append(" qty ");
                qty(spec, d.qty());
                optionalPrice(" limit ", spec, d.limitPrice());
                line.append(", client order id ").append(d.clientOrderId());
            }
            case PositionUpdateDecoder.TEMPLATE_ID ->
            {
                final PositionUpdateDecoder d = position.wrap(buffer, body, block, version);
                final InstrumentSpec spec = start(d.header(), "position", d.symbolId());
                line.append(' ').append(d.side()).append(' ');
                qty(spec, d.size());
                line.append(" entry ");
                price(spec, d.entryPrice());
                line.append(" mark ");
                price(spec, d.markPrice());
                line.append(" unrealized ");
                money(d.unrealisedPnl()).append(" realized ");
                money(d.realisedPnl());
            }
            case BalanceUpdateDecoder.TEMPLATE_ID ->
            {
                final BalanceUpdateDecoder d = balance.wrap(buffer, body, block, version);
                start(d.header(), "balance", 0);
                line.append(" wallet ");
                money(d.walletBalance()).append(" equity ");
                money(d.equity());
            }
            case ExitPlanStateDecoder.TEMPLATE_ID ->
            {
                final ExitPlanStateDecoder d = plan.wrap(buffer, body, block, version);
                final InstrumentSpec spec = start(d.header(), "exit plan", d.symbolId());
                line.append(' ').append(d.side()).append(" remaining ");
                qty(spec, d.remainingQty());
                optionalPrice(" stop ", spec, d.stopPrice());
                optionalPrice(" take-profit ", spec, d.takeProfitPrice());
                line.append(" tier ").append(d.tier()).append(" peak ");
                ratio(d.peakPnl());
            }
            default -> line.append("decision of template ").append(header.templateId());
        }
        LOG.debug(line.toString());
    }

    /** Appends the sequence, the kind and the symbol (none for id 0); returns the symbol's spec or null. */
    private InstrumentSpec start(final EventHeaderDecoder h, final String kind, final int symbolId)
    {
        line.append('#').append(h.sequence()).append(' ').append(kind);
        if (symbolId == 0)
        {
            return null;
        }
        final InstrumentSpec spec = symbolId < instruments.length ? instruments[symbolId] : null;
        if (spec == null)
        {
            line.append(" symbol ").append(symbolId);
        }
        else
        {
            line.append(' ').append(spec.name());
        }
        return spec;
    }

    private void optionalPrice(final String label, final InstrumentSpec spec, final long value)
    {
        if (value != 0)
        {
            line.append(label);
            price(spec, value);
        }
    }

    private void price(final InstrumentSpec spec, final long value)
    {
        scaled(value, spec == null ? 0 : spec.priceScale());
    }

    private void qty(final InstrumentSpec spec, final long value)
    {
        scaled(value, spec == null ? 0 : spec.qtyScale());
    }

    private StringBuilder money(final long value)
    {
        return scaled(value, Scales.MONEY);
    }

    private StringBuilder ratio(final long value)
    {
        return scaled(value, Scales.RATIO);
    }

    /** An unknown symbol's values are written unscaled. */
    private StringBuilder scaled(final long value, final int scale)
    {
        return Decimals.appendTo(line, value, scale);
    }
}
