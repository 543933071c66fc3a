package ringfire.engine.strategy.ta4j;

import org.ta4j.core.indicators.MACDIndicator;
import org.ta4j.core.indicators.averages.EMAIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.num.Num;
import ringfire.codecs.sbe.Side;
import ringfire.engine.strategy.SignalOut;
import ringfire.engine.strategy.StrategyFactory;

import java.math.BigDecimal;

/**
 * {@code macd}: MACD = EMA(fast) − EMA(slow) of the close (ta4j {@link MACDIndicator}) and its signal line
 * EMA(signal) of the MACD. BUY on the bar the MACD crosses above the signal line, SELL below. No stop (the engine
 * uses 2 × ATR).
 *
 * <p>Confidence = 0.5 + min(0.5, 250 × |MACD| / close): the MACD normalised by price. A crossing close to the
 * zero line is chop (a MACD of 0.02 % of the price gives 0.55, the default minimum); a crossing far from it
 * follows a real move (0.1 % gives 0.75, 0.2 % or more gives 1.0). The constant suits minute bars; on longer
 * bars most crossings reach 1.0.
 */
final class MacdStrategy extends Ta4jStrategy
{
    private static final BigDecimal SCALE = BigDecimal.valueOf(250);

    private final MACDIndicator macd;
    private final EMAIndicator signalLine;
    private final Cross cross = new Cross();

    MacdStrategy(final String symbol, final int fastBars, final int slowBars, final int signalBars)
    {
        super(symbol, slowBars + signalBars);
        this.macd = new MACDIndicator(new ClosePriceIndicator(bars.series()), fastBars, slowBars);
        this.signalLine = macd.getSignalLine(signalBars);
    }

    @Override
    void evaluate(final int i, final SignalOut out)
    {
        final Num m = macd.getValue(i);
        final Num s = signalLine.getValue(i);
        if (anyNaN(m, s))
        {
            return;
        }
        final int direction = cross.update(m.compareTo(s));
        if (direction == Cross.NONE)
        {
            return;
        }
        final BigDecimal normalised = Ta4jSeries.div(dec(m).abs(), dec(bars.close(i)));
        final BigDecimal confidence = EmaCrossStrategy.HALF.add(SCALE.multiply(normalised).min(EmaCrossStrategy.HALF));
        out.signal(direction == Cross.UP ? Side.BUY : Side.SELL, Ta4jSeries.ratio(confidence), 0, 0);
    }

    static final StrategyFactory FACTORY = StrategyFactory.of("macd", "MACD", 5,
        Params.of("fast", "12", "slow", "26", "signal", "9"),
        "macd: fast=12 slow=26 (EMAs of the close) signal=9 (EMA of the MACD); BUY/SELL when the MACD "
            + "crosses above/below its signal line",
        (params, instrument) ->
        {
            final int fast = params.integer("fast", 1, 999);
            final int slow = params.integer("slow", 2, 1000);
            final int signal = params.integer("signal", 1, 500);
            Params.requireGreater("slow", slow, "fast", fast);
            return new MacdStrategy(instrument.name(), fast, slow, signal);
        });
}
