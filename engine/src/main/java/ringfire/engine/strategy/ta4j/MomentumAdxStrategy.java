package ringfire.engine.strategy.ta4j;

import org.ta4j.core.Bar;
import org.ta4j.core.indicators.adx.ADXIndicator;
import org.ta4j.core.num.Num;
import org.ta4j.core.num.NumFactory;
import ringfire.codecs.sbe.Side;
import ringfire.engine.strategy.SignalOut;
import ringfire.engine.strategy.StrategyFactory;

import java.math.BigDecimal;

/**
 * {@code momentum-adx}: the EMA(fast)/EMA(slow) crossover of {@code ema-cross}, taken only when the trend is
 * strong: ADX(adxPeriod) &gt; adxThreshold on the crossing bar (ta4j {@link ADXIndicator}, 0..100). A crossover
 * with a weak ADX is skipped (not deferred). No stop (the engine uses 2 × ATR). The EMAs and the ADX are computed
 * one step per bar with the indicators' exact arithmetic ({@link RunningAverage}, {@link RunningAdx}).
 *
 * <p>Confidence = min(1, 0.5 + (ADX − adxThreshold) / 50). With the default threshold 25: ADX 27.5 gives 0.55
 * (the default minimum), ADX 35 gives 0.7, ADX 50 or more 1.0.
 */
final class MomentumAdxStrategy extends Ta4jStrategy
{
    private static final BigDecimal FIFTY = BigDecimal.valueOf(50);

    private final RunningAverage fast;
    private final RunningAverage slow;
    private final RunningAdx adx;
    private final BigDecimal threshold;
    private final Cross cross = new Cross();

    MomentumAdxStrategy(final String symbol, final int fastBars, final int slowBars, final int adxPeriod,
        final BigDecimal threshold)
    {
        super(symbol, Math.max(slowBars, 2 * adxPeriod));
        final NumFactory numbers = bars.series().numFactory();
        this.fast = RunningAverage.ema(numbers, fastBars);
        this.slow = RunningAverage.ema(numbers, slowBars);
        this.adx = new RunningAdx(numbers, adxPeriod);
        this.threshold = threshold;
    }

    @Override
    void evaluate(final int i, final SignalOut out)
    {
        final Bar bar = bars.newest();
        final Num close = bar.getClosePrice();
        final Num f = fast.update(i, close);
        final Num s = slow.update(i, close);
        adx.update(i, bar.getHighPrice(), bar.getLowPrice(), close);
        final Num a = adx.adx();
        if (anyNaN(f, s, a))
        {
            return;
        }
        final int direction = cross.update(f.compareTo(s));
        final BigDecimal strength = dec(a).subtract(threshold);
        if (direction == Cross.NONE || strength.signum() <= 0)
        {
            return;
        }
        final long confidence = Ta4jSeries.ratio(EmaCrossStrategy.HALF.add(Ta4jSeries.div(strength, FIFTY)));
        out.signal(direction == Cross.UP ? Side.BUY : Side.SELL, confidence, 0, 0);
    }

    static final StrategyFactory FACTORY = StrategyFactory.of("momentum-adx", "MOM", 3,
        Params.of("fast", "12", "slow", "26", "adxPeriod", "14", "adxThreshold", "25"),
        "momentum-adx: fast=12 slow=26 (EMA crossover of the close) taken only when ADX(adxPeriod=14) > "
            + "adxThreshold=25",
        (params, instrument) ->
        {
            final int fast = params.integer("fast", 1, 999);
            final int slow = params.integer("slow", 2, 1000);
            final int adxPeriod = params.integer("adxPeriod", 2, 500);
            final long threshold = params.decimal("adxThreshold", 2, "0", "99");
            Params.requireGreater("slow", slow, "fast", fast);
            return new MomentumAdxStrategy(instrument.name(), fast, slow, adxPeriod, Params.decimal(threshold, 2));
        });
}
