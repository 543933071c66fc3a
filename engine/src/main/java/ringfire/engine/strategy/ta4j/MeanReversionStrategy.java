package ringfire.engine.strategy.ta4j;

import org.ta4j.core.indicators.RSIIndicator;
import org.ta4j.core.indicators.averages.SMAIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsLowerIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsMiddleIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsUpperIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.indicators.statistics.StandardDeviationIndicator;
import org.ta4j.core.num.Num;
import ringfire.codecs.sbe.Side;
import ringfire.engine.strategy.SignalOut;
import ringfire.engine.strategy.StrategyFactory;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * {@code mean-reversion}: Bollinger bands (SMA(period) ± k × σ, σ = ta4j {@link StandardDeviationIndicator} of
 * the close over {@code period}) with RSI(rsiPeriod). BUY on the first bar with close &lt; lower band and
 * RSI &lt; rsiLow; SELL on the first bar with close &gt; upper band and RSI &gt; rsiHigh (the condition must have
 * been false on the previous bar, so a stretch beyond the band signals once; the first bar with bands and RSI
 * only records the condition). Take-profit at the middle band (rounded toward the entry); no stop (the engine
 * uses 2 × ATR).
 *
 * <p>Confidence = min(1, 0.5 + z / 4 + r / 4), where for a BUY z = (lower − close) / σ (the overshoot beyond the
 * band in standard deviations) and r = (rsiLow − RSI) / rsiLow; for a SELL z = (close − upper) / σ and
 * r = (RSI − rsiHigh) / (100 − rsiHigh). A close just beyond the band with RSI just past its level gives about
 * 0.5 (0.1 σ beyond with RSI 28 gives 0.54, below the default minimum 0.55); 0.3 σ beyond with RSI 20 gives
 * 0.66; 1 σ beyond with RSI 10 gives 0.92.
 */
final class MeanReversionStrategy extends Ta4jStrategy
{
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final BollingerBandsMiddleIndicator middle;
    private final BollingerBandsUpperIndicator upper;
    private final BollingerBandsLowerIndicator lower;
    private final StandardDeviationIndicator sigma;
    private final RSIIndicator rsi;
    private final BigDecimal rsiLow;
    private final BigDecimal rsiHigh;
    private boolean primed;
    private boolean buyBefore;
    private boolean sellBefore;

    MeanReversionStrategy(final String symbol, final int period, final BigDecimal k, final int rsiPeriod,
        final int rsiLow, final int rsiHigh)
    {
        super(symbol, Math.max(period, 2 * rsiPeriod));
        final ClosePriceIndicator close = new ClosePriceIndicator(bars.series());
        this.middle = new BollingerBandsMiddleIndicator(new SMAIndicator(close, period));
        this.sigma = new StandardDeviationIndicator(close, period);
        final Num kNum = bars.series().numFactory().numOf(k);
        this.upper = new BollingerBandsUpperIndicator(middle, sigma, kNum);
        this.lower = new BollingerBandsLowerIndicator(middle, sigma, kNum);
        this.rsi = new RSIIndicator(close, rsiPeriod);
        this.rsiLow = BigDecimal.valueOf(rsiLow);
        this.rsiHigh = BigDecimal.valueOf(rsiHigh);
    }

    @Override
    void evaluate(final int i, final SignalOut out)
    {
        final Num m = middle.getValue(i);
        final Num up = upper.getValue(i);
        final Num low = lower.getValue(i);
        final Num sd = sigma.getValue(i);
        final Num r = rsi.getValue(i);
        if (anyNaN(m, up, low, sd, r))
        {
            primed = false;
            return;
        }
        final BigDecimal close = dec(bars.close(i));
        final BigDecimal rsiNow = dec(r);
        final boolean buy = close.compareTo(dec(low)) < 0 && rsiNow.compareTo(rsiLow) < 0;
        final boolean sell = close.compareTo(dec(up)) > 0 && rsiNow.compareTo(rsiHigh) > 0;
        final boolean buyEdge = primed && buy && !buyBefore;
        final boolean sellEdge = primed && sell && !sellBefore;
        primed = true;
        buyBefore = buy;
        sellBefore = sell;
        if (buyEdge)
        {
            final BigDecimal z = Ta4jSeries.div(dec(low).subtract(close), dec(sd));
            final BigDecimal rs = Ta4jSeries.div(rsiLow.subtract(rsiNow), rsiLow);
            out.signal(Side.BUY, confidence(z, rs), 0, bars.price(m, RoundingMode.DOWN));
        }
        else if (sellEdge)
        {
            final BigDecimal z = Ta4jSeries.div(close.subtract(dec(up)), dec(sd));
            final BigDecimal rs = Ta4jSeries.div(rsiNow.subtract(rsiHigh), HUNDRED.subtract(rsiHigh));
            out.signal(Side.SELL, confidence(z, rs), 0, bars.price(m, RoundingMode.UP));
        }
    }

    private static long confidence(final BigDecimal z, final BigDecimal r)
    {
        return Ta4jSeries.ratio(EmaCrossStrategy.HALF.add(z.add(r).divide(EmaCrossStrategy.FOUR)));
    }

    static final StrategyFactory FACTORY = StrategyFactory.of("mean-reversion", "MR", 4,
        Params.of("period", "20", "k", "2", "rsiPeriod", "14", "rsiLow", "30", "rsiHigh", "70"),
        "mean-reversion: period=20 k=2 (Bollinger bands), rsiPeriod=14 rsiLow=30 rsiHigh=70; BUY below the "
            + "lower band with RSI < rsiLow, SELL above the upper band with RSI > rsiHigh; take-profit at the "
            + "middle band",
        (params, instrument) ->
        {
            final int period = params.integer("period", 2, 1000);
            final long k = params.decimal("k", 2, "0.1", "10");
            final int rsiPeriod = params.integer("rsiPeriod", 2, 1000);
            final int rsiLow = params.integer("rsiLow", 1, 99);
            final int rsiHigh = params.integer("rsiHigh", 1, 99);
            Params.requireGreater("rsiHigh", rsiHigh, "rsiLow", rsiLow);
            return new MeanReversionStrategy(instrument.name(), period, Params.decimal(k, 2), rsiPeriod, rsiLow,
                rsiHigh);
        });
}
