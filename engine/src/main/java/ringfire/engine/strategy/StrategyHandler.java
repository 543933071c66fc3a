package ringfire.engine.strategy;

import ringfire.codecs.sbe.BarDecoder;
import ringfire.codecs.sbe.BooleanType;
import ringfire.codecs.sbe.MessageHeaderDecoder;
import ringfire.codecs.sbe.PositionSide;
import ringfire.codecs.sbe.SignalEncoder;
import ringfire.engine.exit.InvalidationRule;
import ringfire.engine.exit.InvalidationRules;
import ringfire.engine.market.InstrumentSpec;
import ringfire.engine.market.Symbols;
import ringfire.engine.pipeline.EngineEvent;
import ringfire.engine.pipeline.Stage;
import ringfire.engine.settings.StrategySettings;

import java.util.List;

/**
 * Strategy stage: on each closed bar of a configured instrument, its strategy instance may emit a Signal
 * decision (side, confidence, optional stop and take-profit; the reference price is the bar's close). One
 * instance per symbol, created at start. Also the source of the invalidation rules attached to exit plans.
 */
public final class StrategyHandler implements Stage, InvalidationRules
{
    private final int strategyId;
    private final Strategy[] bySymbol = new Strategy[Symbols.MAX_SYMBOLS];
    private final InstrumentSpec[] specs = new InstrumentSpec[Symbols.MAX_SYMBOLS];
    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final BarDecoder bar = new BarDecoder();
    private final SignalEncoder signal = new SignalEncoder();
    private final ClosedBar closedBar = new ClosedBar();
    private final SignalOut out = new SignalOut();

    public StrategyHandler(final StrategySettings settings, final List<InstrumentSpec> instruments)
    {
        final StrategyFactory factory = settings.factory();
        this.strategyId = factory.id();
        for (final InstrumentSpec spec : instruments)
        {
            bySymbol[spec.id()] = Strategies.create(factory, settings.params(), spec);
            specs[spec.id()] = spec;
        }
    }

    @Override
    public void onEvent(final EngineEvent event)
    {
        if (event.templateId() != BarDecoder.TEMPLATE_ID)
        {
            return;
        }
        bar.wrapAndApplyHeader(event.input(), 0, header);
        final int symbolId = bar.symbolId();
        if (bar.closed() != BooleanType.TRUE || symbolId <= 0 || symbolId >= bySymbol.length || bySymbol[symbolId] == null)
        {
            return;
        }
        final InstrumentSpec spec = specs[symbolId];
        closedBar.set(symbolId, spec.priceScale(), spec.qtyScale(), bar.openTimeNs(), event.eventTimeNs(),
            bar.open(), bar.high(), bar.low(), bar.close(), bar.volume());
        out.reset();
        bySymbol[symbolId].onBar(closedBar, out);
        if (!out.hasSignal())
        {
            return;
        }
        event.decisions().begin(signal)
            .strategyId(strategyId)
            .symbolId(symbolId)
            .side(out.side())
            .confidence(out.confidence())
            .referencePrice(bar.close())
            .stopPrice(out.stopPrice())
            .takeProfitPrice(out.takeProfitPrice());
        event.decisions().commit(signal);
    }

    @Override
    public InvalidationRule ruleFor(final int symbolId, final PositionSide side)
    {
        final Strategy strategy = symbolId > 0 && symbolId < bySymbol.length ? bySymbol[symbolId] : null;
        return strategy == null ? null : strategy.invalidation(side);
    }

    @Override
    public String name()
    {
        return "strategy";
    }
}
