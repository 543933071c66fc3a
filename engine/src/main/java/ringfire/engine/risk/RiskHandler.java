package ringfire.engine.risk;

import ringfire.codecs.sbe.AdminAction;
import ringfire.codecs.sbe.AdminCommandDecoder;
import ringfire.codecs.sbe.BarDecoder;
import ringfire.codecs.sbe.BooleanType;
import ringfire.codecs.sbe.MessageHeaderDecoder;
import ringfire.codecs.sbe.RiskReason;
import ringfire.codecs.sbe.StateReason;
import ringfire.codecs.sbe.SymbolDefinitionDecoder;
import ringfire.codecs.sbe.TradeDecoder;
import ringfire.codecs.sbe.TradingState;
import ringfire.codecs.sbe.TradingStateChangeEncoder;
import ringfire.engine.market.Symbols;
import ringfire.engine.pipeline.EngineEvent;
import ringfire.engine.pipeline.Stage;

/**
 * Risk stage. Keeps the market view the later stages read (symbol table, last prices), the trading state set by
 * operator commands (every change journaled as a TradingStateChange decision) and the debug switch, and answers
 * the pre-trade check for new entries. Breakers and limits join this stage with the trading core.
 */
public final class RiskHandler implements Stage
{
    private final Symbols symbols;
    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final SymbolDefinitionDecoder definition = new SymbolDefinitionDecoder();
    private final TradeDecoder trade = new TradeDecoder();
    private final BarDecoder bar = new BarDecoder();
    private final AdminCommandDecoder admin = new AdminCommandDecoder();
    private final TradingStateChangeEncoder stateChange = new TradingStateChangeEncoder();
    private TradingState state = TradingState.RUNNING;
    private boolean debugBlock;

    public RiskHandler(final Symbols symbols)
    {
        this.symbols = symbols;
    }

    @Override
    public void onEvent(final EngineEvent event)
    {
        switch (event.templateId())
        {
            case SymbolDefinitionDecoder.TEMPLATE_ID ->
            {
                definition.wrapAndApplyHeader(event.input(), 0, header);
                symbols.define(definition);
            }
            case TradeDecoder.TEMPLATE_ID ->
            {
                trade.wrapAndApplyHeader(event.input(), 0, header);
                symbols.lastPrice(trade.symbolId(), trade.price());
            }
            case BarDecoder.TEMPLATE_ID ->
            {
                bar.wrapAndApplyHeader(event.input(), 0, header);
                if (bar.closed() == BooleanType.TRUE)
                {
                    symbols.lastPrice(bar.symbolId(), bar.close());
                }
            }
            case AdminCommandDecoder.TEMPLATE_ID ->
            {
                admin.wrapAndApplyHeader(event.input(), 0, header);
                onAdmin(event, admin.action());
            }
            default ->
            {
            }
        }
    }

    private void onAdmin(final EngineEvent event, final AdminAction action)
    {
        switch (action)
        {
            case PAUSE -> changeState(event, TradingState.PAUSED);
            case RESUME -> changeState(event, TradingState.RUNNING);
            case HALT -> changeState(event, TradingState.HALTED);
            case DEBUG_ON -> debugBlock = true;
            case DEBUG_OFF -> debugBlock = false;
            default ->
            {
            }
        }
    }

    private void changeState(final EngineEvent event, final TradingState to)
    {
        if (to == state)
        {
            return;
        }
        event.decisions().begin(stateChange).fromState(state).toState(to).reason(StateReason.OPERATOR);
        event.decisions().commit(stateChange);
        state = to;
    }

    /** Pre-trade check for a new entry: null when allowed, else the reason it is rejected. */
    public RiskReason checkEntry()
    {
        if (debugBlock)
        {
            return RiskReason.DEBUG_BLOCK;
        }
        return state == TradingState.RUNNING ? null : RiskReason.TRADING_STATE;
    }

    public TradingState state()
    {
        return state;
    }

    @Override
    public String name()
    {
        return "risk";
    }
}
