package ringfire.engine.risk;

import ringfire.codecs.sbe.AdminCommandDecoder;
import ringfire.codecs.sbe.BarDecoder;
import ringfire.codecs.sbe.BooleanType;
import ringfire.codecs.sbe.ExitReason;
import ringfire.codecs.sbe.FundingDecoder;
import ringfire.codecs.sbe.MessageHeaderDecoder;
import ringfire.codecs.sbe.PositionSide;
import ringfire.codecs.sbe.SettingChangeDecoder;
import ringfire.codecs.sbe.SettingResult;
import ringfire.codecs.sbe.Side;
import ringfire.codecs.sbe.StateReason;
import ringfire.codecs.sbe.SymbolDefinitionDecoder;
import ringfire.codecs.sbe.TickerDecoder;
import ringfire.codecs.sbe.TradeDecoder;
import ringfire.codecs.sbe.TradingState;
import ringfire.engine.account.Ledger;
import ringfire.engine.account.Position;
import ringfire.engine.decisions.DecisionLog;
import ringfire.engine.execution.AccountBook;
import ringfire.engine.execution.OrderGate;
import ringfire.engine.execution.paper.PaperBroker;
import ringfire.engine.exit.Atr;
import ringfire.engine.market.Symbols;
import ringfire.engine.pipeline.EngineEvent;
import ringfire.engine.pipeline.Stage;

/**
 * Risk stage: keeps the account current before anything is decided on an event. In order: the trading day
 * (a roll lifts the daily-loss block), funding due at this time, the broker's fills of orders waiting for this
 * price, the mark, liquidation, the breakers (every state change journaled), and the bar indicators the later
 * stages share (ATR, return correlation). Operator commands set the trading state and the debug switch; an
 * operator's {@code SettingChange} changes a risk setting ({@link RiskLimits}) before the breakers are evaluated
 * on the same event, and its outcome is journaled as a {@code SettingApplied} decision.
 */
public final class RiskHandler implements Stage, StateListener
{
    private final Symbols symbols;
    private final Ledger ledger;
    private final AccountView account;
    private final Breakers breakers;
    private final PaperBroker broker;
    private final AccountBook book;
    private final OrderGate gate;
    private final Atr[] atrs;
    private final ReturnCorrelation correlation;
    private final DecisionLog log;
    private final boolean breakersOn;
    private final RiskLimits limits;
    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final SymbolDefinitionDecoder definition = new SymbolDefinitionDecoder();
    private final TradeDecoder trade = new TradeDecoder();
    private final TickerDecoder ticker = new TickerDecoder();
    private final BarDecoder bar = new BarDecoder();
    private final FundingDecoder funding = new FundingDecoder();
    private final AdminCommandDecoder admin = new AdminCommandDecoder();
    private final SettingChangeDecoder settingChange = new SettingChangeDecoder();

    public RiskHandler(final Symbols symbols, final Ledger ledger, final Breakers breakers, final PaperBroker broker,
        final AccountBook book, final OrderGate gate, final Atr[] atrs, final ReturnCorrelation correlation,
        final boolean breakersOn, final RiskLimits limits, final DecisionLog log)
    {
        this.limits = limits;
        this.breakersOn = breakersOn;
        this.symbols = symbols;
        this.ledger = ledger;
        this.account = new LedgerView(ledger);
        this.breakers = breakers;
        this.broker = broker;
        this.book = book;
        this.gate = gate;
        this.atrs = atrs;
        this.correlation = correlation;
        this.log = log;
    }

    @Override
    public void onEvent(final EngineEvent event)
    {
        log.attach(event);
        final long timeNs = event.eventTimeNs();
        if (ledger.onTime(timeNs) && breakersOn)
        {
            breakers.onDayRoll(this);
        }
        broker.onTime(timeNs);
        switch (event.templateId())
        {
            case SymbolDefinitionDecoder.TEMPLATE_ID -> onDefinition(event);
            case TradeDecoder.TEMPLATE_ID ->
            {
                trade.wrapAndApplyHeader(event.input(), 0, header);
                if (isTraded(trade.symbolId()))
                {
                    broker.onTrade(trade.symbolId(), trade.price(), timeNs);
                    markAndCheck(trade.symbolId(), trade.price(), trade.price(), trade.price(), timeNs);
                }
            }
            case TickerDecoder.TEMPLATE_ID -> onTicker(event, timeNs);
            case BarDecoder.TEMPLATE_ID -> onBar(event, timeNs);
            case FundingDecoder.TEMPLATE_ID ->
            {
                funding.wrapAndApplyHeader(event.input(), 0, header);
                if (isTraded(funding.symbolId()))
                {
                    book.fundingRate(funding.symbolId(), funding.fundingRate());
                }
            }
            case AdminCommandDecoder.TEMPLATE_ID -> onAdmin(event);
            case SettingChangeDecoder.TEMPLATE_ID -> onSettingChange(event);
            default ->
            {
            }
        }
        if (breakersOn)
        {
            breakers.evaluate(account, this);
        }
    }

    private void onDefinition(final EngineEvent event)
    {
        definition.wrapAndApplyHeader(event.input(), 0, header);
        final int id = definition.symbolId();
        if (id > 0 && id < Symbols.MAX_SYMBOLS && atrs[id] != null)
        {
            final var spec = ledger.instrument(id);
            if (spec.priceScale() != definition.priceScale() || spec.qtyScale() != definition.qtyScale())
            {
                throw new IllegalStateException("symbol " + id + " is journaled with scales " + definition.priceScale()
                    + "/" + definition.qtyScale() + " but configured with " + spec.priceScale() + "/" + spec.qtyScale());
            }
        }
        symbols.define(definition);
    }

    private void onTicker(final EngineEvent event, final long timeNs)
    {
        ticker.wrapAndApplyHeader(event.input(), 0, header);
        final int s = ticker.symbolId();
        if (!isTraded(s))
        {
            return;
        }
        if (ticker.fundingRate() != 0)
        {
            book.fundingRate(s, ticker.fundingRate());
        }
        broker.onTicker(s, ticker.bidPrice(), ticker.askPrice(), ticker.lastPrice(), timeNs);
        final long mark = ticker.markPrice() > 0 ? ticker.markPrice() : ticker.lastPrice();
        if (mark > 0)
        {
            markAndCheck(s, mark, mark, mark, timeNs);
        }
    }

    private void onBar(final EngineEvent event, final long timeNs)
    {
        bar.wrapAndApplyHeader(event.input(), 0, header);
        final int s = bar.symbolId();
        if (!isTraded(s))
        {
            return;
        }
        if (bar.closed() != BooleanType.TRUE)
        {
            markAndCheck(s, bar.close(), bar.low(), bar.high(), timeNs);
            return;
        }
        broker.onBar(s, bar.open(), bar.high(), bar.low(), bar.close(), timeNs);
        markAndCheck(s, bar.close(), bar.low(), bar.high(), timeNs);
        atrs[s].onBar(bar.high(), bar.low(), bar.close());
        correlation.onBar(s, bar.openTimeNs(), bar.close());
        symbols.lastPrice(s, bar.close());
    }

    /** Marks the symbol, then liquidates if the adverse extreme reached the liquidation price. */
    private void markAndCheck(final int s, final long mark, final long low, final long high, final long timeNs)
    {
        final Position position = ledger.position(s);
        if (position.isOpen())
        {
            final boolean isLong = position.side() == PositionSide.LONG;
            final long adverse = isLong ? low : high;
            if (ledger.isLiquidated(s, adverse))
            {
                final long price = ledger.liquidationPrice(s);
                log.exitTriggered(s, ExitReason.LIQUIDATION, price, position.qty());
                gate.liquidate(s, isLong ? Side.SELL : Side.BUY, position.qty(), price, timeNs);
            }
        }
        ledger.mark(s, mark);
        symbols.lastPrice(s, mark);
    }

    private void onAdmin(final EngineEvent event)
    {
        admin.wrapAndApplyHeader(event.input(), 0, header);
        switch (admin.action())
        {
            case PAUSE -> breakers.pause(this);
            case RESUME -> breakers.resume(this);
            case HALT -> breakers.halt(this);
            case CANCEL_ALL -> gate.cancelAll(admin.symbolId(), event.eventTimeNs());
            case DEBUG_ON ->
            {
                breakers.debugBlock(true);
                gate.debugBlock(true);
            }
            case DEBUG_OFF ->
            {
                breakers.debugBlock(false);
                gate.debugBlock(false);
            }
            default ->
            {
            }
        }
    }

    private void onSettingChange(final EngineEvent event)
    {
        settingChange.wrapAndApplyHeader(event.input(), 0, header);
        final long commandId = settingChange.commandId();
        final String key = settingChange.key();
        final String value = settingChange.value();
        final String previous = limits.valueOf(key);
        final SettingResult result = limits.apply(key, value);
        log.settingApplied(commandId, key, value, result, previous);
    }

    private boolean isTraded(final int symbolId)
    {
        return symbolId > 0 && symbolId < atrs.length && atrs[symbolId] != null;
    }

    @Override
    public void onStateChange(final TradingState from, final TradingState to, final StateReason reason)
    {
        log.stateChange(from, to, reason);
    }

    public Breakers breakers()
    {
        return breakers;
    }

    public AccountView account()
    {
        return account;
    }

    @Override
    public String name()
    {
        return "risk";
    }
}
