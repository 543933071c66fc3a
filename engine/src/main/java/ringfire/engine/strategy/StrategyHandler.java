package ringfire.engine.strategy;

import ringfire.codecs.FixedMath;
import ringfire.codecs.Scales;
import ringfire.codecs.sbe.BarDecoder;
import ringfire.codecs.sbe.BooleanType;
import ringfire.codecs.sbe.MessageHeaderDecoder;
import ringfire.codecs.sbe.Side;
import ringfire.codecs.sbe.SignalEncoder;
import ringfire.codecs.sbe.PositionSide;
import ringfire.engine.exit.InvalidationRule;
import ringfire.engine.exit.InvalidationRules;
import ringfire.engine.market.Symbols;
import ringfire.engine.pipeline.EngineEvent;
import ringfire.engine.pipeline.Stage;
import ringfire.engine.settings.StrategySettings;

import java.math.RoundingMode;

/**
 * Strategy stage: decides on closed bars only, per symbol, and emits Signal decisions. The built-in strategy is
 * an SMA crossover; its confidence is 0.5 plus 100 times the close's distance from the slow average as a fraction
 * of the close, capped at 1 (a close 0.1 % beyond the slow average gives 0.6, 0.5 % or more gives 1).
 * The ta4j strategies replace it behind the same stage.
 */
public final class StrategyHandler implements Stage, InvalidationRules
{
    public static final int SMA_CROSS_ID = 1;

    private final StrategySettings settings;
    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final BarDecoder bar = new BarDecoder();
    private final SignalEncoder signal = new SignalEncoder();
    private final SmaCross[] bySymbol = new SmaCross[Symbols.MAX_SYMBOLS];
    private final InvalidationRule[] longRules = new InvalidationRule[Symbols.MAX_SYMBOLS];
    private final InvalidationRule[] shortRules = new InvalidationRule[Symbols.MAX_SYMBOLS];

    public StrategyHandler(final StrategySettings settings)
    {
        this.settings = settings;
    }

    @Override
    public void onEvent(final EngineEvent event)
    {
        if (event.templateId() != BarDecoder.TEMPLATE_ID)
        {
            return;
        }
        bar.wrapAndApplyHeader(event.input(), 0, header);
        if (bar.closed() != BooleanType.TRUE)
        {
            return;
        }
        final int symbolId = bar.symbolId();
        SmaCross sma = bySymbol[symbolId];
        if (sma == null)
        {
            sma = new SmaCross(settings.fastBars(), settings.slowBars());
            bySymbol[symbolId] = sma;
            final SmaCross averages = sma;
            longRules[symbolId] = (o, h, l, c, t) -> averages.isReady() && c < averages.slowAverage();
            shortRules[symbolId] = (o, h, l, c, t) -> averages.isReady() && c > averages.slowAverage();
        }
        final long close = bar.close();
        final int cross = sma.onClose(close);
        if (cross == SmaCross.NONE)
        {
            return;
        }
        final long distance = FixedMath.ratio(Math.abs(close - sma.slowAverage()), close, RoundingMode.DOWN);
        final long confidence = Math.min(Scales.RATIO_ONE, Scales.RATIO_ONE / 2 + 100 * distance);
        event.decisions().begin(signal)
            .strategyId(SMA_CROSS_ID)
            .symbolId(symbolId)
            .side(cross == SmaCross.UP ? Side.BUY : Side.SELL)
            .confidence(confidence)
            .referencePrice(close)
            .stopPrice(0)
            .takeProfitPrice(0);
        event.decisions().commit(signal);
    }

    /**
     * With {@code strategy.invalidateOnSlowCross}: a long is invalidated by a close below the slow average, a short
     * by a close above it (the averages as of the previous closed bar: exit plans run before the strategy).
     */
    @Override
    public InvalidationRule ruleFor(final int symbolId, final PositionSide side)
    {
        if (!settings.invalidateOnSlowCross())
        {
            return null;
        }
        return side == PositionSide.LONG ? longRules[symbolId] : side == PositionSide.SHORT ? shortRules[symbolId] : null;
    }

    @Override
    public String name()
    {
        return "strategy";
    }
}
