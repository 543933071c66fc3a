package ringfire.engine.strategy.ta4j;

import org.ta4j.core.indicators.ATRIndicator;
import org.ta4j.core.indicators.keltner.KeltnerChannelLowerIndicator;
import org.ta4j.core.indicators.keltner.KeltnerChannelMiddleIndicator;
import org.ta4j.core.indicators.keltner.KeltnerChannelUpperIndicator;
import org.ta4j.core.num.Num;
import ringfire.codecs.sbe.Side;
import ringfire.engine.strategy.SignalOut;
import ringfire.engine.strategy.StrategyFactory;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * {@code keltner-breakout}: Keltner channel, middle = EMA(period) of the typical price (ta4j
 * {@link KeltnerChannelMiddleIndicator}), bands = middle ± k × ATR(atrPeriod). BUY on the first close above the
 * upper band (the previous close was not above it; the first bar with a channel only records where the close
 * is), SELL on the first close below the lower band. Stop at the opposite band (the lower band for a BUY,
 * rounded down; the upper band for a SELL, rounded up).
 *
 * <p>Confidence = min(1, 0.5 + d / 4), with d the distance of the close beyond the band in ATR(atrPeriod)s:
 * (close − upper) / ATR for a BUY, (lower − close) / ATR for a SELL. A close 0.2 ATR beyond gives 0.55 (the
 * default minimum), 1 ATR gives 0.75, 2 ATRs or more 1.0.
 */
final class KeltnerBreakoutStrategy extends Ta4jStrategy
{
    private final KeltnerChannelMiddleIndicator middle;
    private final KeltnerChannelUpperIndicator upper;
    private final KeltnerChannelLowerIndicator lower;
    private final ATRIndicator atr;
    private boolean primed;
    private boolean aboveBefore;
    private boolean belowBefore;

    KeltnerBreakoutStrategy(final String symbol, final int period, final int atrPeriod, final BigDecimal k)
    {
        super(symbol, Math.max(period, atrPeriod));
        this.middle = new KeltnerChannelMiddleIndicator(bars.series(), period);
        this.atr = new ATRIndicator(bars.series(), atrPeriod);
        this.upper = new KeltnerChannelUpperIndicator(middle, atr, k.doubleValue());
        this.lower = new KeltnerChannelLowerIndicator(middle, atr, k.doubleValue());
    }

    @Override
    void evaluate(final int i, final SignalOut out)
    {
        final Num up = upper.getValue(i);
        final Num low = lower.getValue(i);
        final Num a = atr.getValue(i);
        if (anyNaN(up, low, a))
        {
            primed = false;
            return;
        }
        final BigDecimal close = dec(bars.close(i));
        final boolean above = close.compareTo(dec(up)) > 0;
        final boolean below = close.compareTo(dec(low)) < 0;
        final boolean breakUp = primed && above && !aboveBefore;
        final boolean breakDown = primed && below && !belowBefore;
        primed = true;
        aboveBefore = above;
        belowBefore = below;
        if (breakUp)
        {
            final BigDecimal d = Ta4jSeries.div(close.subtract(dec(up)), dec(a));
            out.signal(Side.BUY, confidence(d), bars.price(low, RoundingMode.DOWN), 0);
        }
        else if (breakDown)
        {
            final BigDecimal d = Ta4jSeries.div(dec(low).subtract(close), dec(a));
            out.signal(Side.SELL, confidence(d), bars.price(up, RoundingMode.UP), 0);
        }
    }

    private static long confidence(final BigDecimal d)
    {
        return Ta4jSeries.ratio(EmaCrossStrategy.HALF.add(d.divide(EmaCrossStrategy.FOUR)));
    }

    static final StrategyFactory FACTORY = StrategyFactory.of("keltner-breakout", "KB", 7,
        Params.of("period", "20", "atrPeriod", "10", "k", "2"),
        "keltner-breakout: period=20 (EMA of the typical price) atrPeriod=10 k=2 (bands at k × ATR); "
            + "BUY/SELL on a close above/below the channel; stop at the opposite band",
        (params, instrument) ->
        {
            final int period = params.integer("period", 1, 1000);
            final int atrPeriod = params.integer("atrPeriod", 1, 1000);
            final long k = params.decimal("k", 2, "0.1", "10");
            return new KeltnerBreakoutStrategy(instrument.name(), period, atrPeriod, Params.decimal(k, 2));
        });
}
