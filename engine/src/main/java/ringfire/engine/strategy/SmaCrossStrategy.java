package ringfire.engine.strategy;

import ringfire.codecs.FixedMath;
import ringfire.codecs.Scales;
import ringfire.codecs.sbe.PositionSide;
import ringfire.codecs.sbe.Side;
import ringfire.engine.exit.InvalidationRule;

import java.math.RoundingMode;

/**
 * SMA crossover in exact integer arithmetic: BUY when the fast average crosses above the slow one, SELL when
 * below. Confidence = 0.5 + 100 × |close − slow average| / close, capped at 1 (a close 0.1 % beyond the slow
 * average gives 0.6). With {@code invalidate}, a close back across the slow average (as of the previous bar)
 * invalidates an open position. Allocation-free per bar.
 */
final class SmaCrossStrategy implements Strategy
{
    private final SmaCross sma;
    private final boolean invalidate;
    private final InvalidationRule longRule;
    private final InvalidationRule shortRule;

    SmaCrossStrategy(final int fastBars, final int slowBars, final boolean invalidate)
    {
        this.sma = new SmaCross(fastBars, slowBars);
        this.invalidate = invalidate;
        this.longRule = (o, h, l, c, t) -> sma.isReady() && c < sma.slowAverage();
        this.shortRule = (o, h, l, c, t) -> sma.isReady() && c > sma.slowAverage();
    }

    @Override
    public void onBar(final ClosedBar bar, final SignalOut out)
    {
        final long close = bar.close();
        final int cross = sma.onClose(close);
        if (cross == SmaCross.NONE)
        {
            return;
        }
        final long distance = FixedMath.ratio(Math.abs(close - sma.slowAverage()), close, RoundingMode.DOWN);
        final long confidence = Math.min(Scales.RATIO_ONE, Scales.RATIO_ONE / 2 + 100 * distance);
        out.signal(cross == SmaCross.UP ? Side.BUY : Side.SELL, confidence, 0, 0);
    }

    @Override
    public InvalidationRule invalidation(final PositionSide side)
    {
        if (!invalidate)
        {
            return null;
        }
        return side == PositionSide.LONG ? longRule : side == PositionSide.SHORT ? shortRule : null;
    }

    static final StrategyFactory FACTORY = StrategyFactory.of("sma-cross", "SMA", 1,
        new java.util.TreeMap<>(java.util.Map.of("fast", "5", "slow", "20", "invalidate", "false")),
        "sma-cross: fast=5 slow=20 (bars of the simple moving averages), invalidate=false (exit when a "
            + "close crosses back over the slow average)",
        (params, instrument) ->
        {
            final int fast = params.integer("fast", 1, 999);
            final int slow = params.integer("slow", 2, 1000);
            if (slow <= fast)
            {
                throw new IllegalArgumentException("strategy.params.slow: expected more than strategy.params.fast ("
                    + fast + "), was " + slow);
            }
            return new SmaCrossStrategy(fast, slow, params.flag("invalidate"));
        });
}
