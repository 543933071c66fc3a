package ringfire.engine.strategy.ta4j;

import org.ta4j.core.indicators.averages.EMAIndicator;
import org.ta4j.core.num.Num;
import org.ta4j.core.num.NumFactory;
import ringfire.codecs.sbe.Side;
import ringfire.engine.strategy.SignalOut;
import ringfire.engine.strategy.StrategyFactory;

import java.math.BigDecimal;

/**
 * {@code ema-cross}: EMA(fast) of the close crossing EMA(slow) (ta4j {@link EMAIndicator}). BUY on the bar the
 * fast EMA closes above the slow one after being below, SELL in the mirror case. No stop (the engine uses
 * 2 × ATR). The EMAs are computed one step per bar by {@link RunningAverage}, with the indicator's exact
 * arithmetic (ta4j's own EMAIndicator, driven bar by bar on a bounded series, computes each value twice).
 *
 * <p>Confidence = 0.5 + 0.125 × clamp(d, 0, 4), where d = (close − EMA(slow)) / ATR(14) for a BUY and
 * (EMA(slow) − close) / ATR(14) for a SELL (ATR(14) of the {@link RegimeTracker}): how far the close has already
 * moved through the slow average, in ATRs. A close 0.4 ATR beyond gives 0.55 (the default minimum), 1 ATR gives
 * 0.625, 2 ATRs 0.75, 4 ATRs or more 1.0; a cross with the close still on the wrong side of the slow EMA gives
 * 0.5.
 */
final class EmaCrossStrategy extends Ta4jStrategy
{
    static final BigDecimal HALF = new BigDecimal("0.5");
    static final BigDecimal EIGHTH = new BigDecimal("0.125");
    static final BigDecimal TWO = BigDecimal.valueOf(2);
    static final BigDecimal FOUR = BigDecimal.valueOf(4);

    private final RunningAverage fast;
    private final RunningAverage slow;
    private final Cross cross = new Cross();

    EmaCrossStrategy(final String symbol, final int fastBars, final int slowBars)
    {
        super(symbol, slowBars);
        final NumFactory numbers = bars.series().numFactory();
        this.fast = RunningAverage.ema(numbers, fastBars);
        this.slow = RunningAverage.ema(numbers, slowBars);
    }

    @Override
    void evaluate(final int i, final SignalOut out)
    {
        final Num close = bars.close(i);
        final Num f = fast.update(i, close);
        final Num s = slow.update(i, close);
        final Num atr = regime.atr();
        if (anyNaN(f, s, atr))
        {
            return;
        }
        final int direction = cross.update(f.compareTo(s));
        if (direction == Cross.NONE)
        {
            return;
        }
        final BigDecimal beyond = dec(close).subtract(dec(s)).multiply(BigDecimal.valueOf(direction));
        final BigDecimal d = Ta4jSeries.clamp(Ta4jSeries.div(beyond, dec(atr)), BigDecimal.ZERO, FOUR);
        final long confidence = Ta4jSeries.ratio(HALF.add(EIGHTH.multiply(d)));
        out.signal(direction == Cross.UP ? Side.BUY : Side.SELL, confidence, 0, 0);
    }

    static final StrategyFactory FACTORY = StrategyFactory.of("ema-cross", "EMA", 2,
        Params.of("fast", "12", "slow", "26"),
        "ema-cross: fast=12 slow=26 (bars of the exponential moving averages of the close); BUY/SELL when "
            + "the fast EMA crosses above/below the slow one",
        (params, instrument) ->
        {
            final int fast = params.integer("fast", 1, 999);
            final int slow = params.integer("slow", 2, 1000);
            Params.requireGreater("slow", slow, "fast", fast);
            return new EmaCrossStrategy(instrument.name(), fast, slow);
        });
}
