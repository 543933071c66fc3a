package ringfire.engine.strategy.ta4j;

import ringfire.engine.strategy.StrategyFactory;

import java.util.List;

/** The built-in strategies on ta4j indicators, for {@link ringfire.engine.strategy.Strategies}. */
public final class Ta4jStrategies
{
    private Ta4jStrategies()
    {
    }

    /** One factory each: ema-cross (2), momentum-adx (3), mean-reversion (4), macd (5), supertrend (6),
     * keltner-breakout (7), ichimoku (8). */
    public static List<StrategyFactory> factories()
    {
        return List.of(EmaCrossStrategy.FACTORY, MomentumAdxStrategy.FACTORY,
            MeanReversionStrategy.FACTORY, MacdStrategy.FACTORY, SuperTrendStrategy.FACTORY,
            KeltnerBreakoutStrategy.FACTORY, IchimokuStrategy.FACTORY);
    }
}
