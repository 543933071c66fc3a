package ringfire.engine.strategy.ta4j;

import org.ta4j.core.indicators.supertrend.SuperTrendIndicator;
import org.ta4j.core.num.Num;
import ringfire.codecs.sbe.Side;
import ringfire.engine.strategy.SignalOut;
import ringfire.engine.strategy.StrategyFactory;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * {@code supertrend}: three ta4j {@link SuperTrendIndicator}s (ATR period, multiplier) = (period1, multiplier1),
 * (period2, multiplier2), (period3, multiplier3), by default (10, 1), (11, 2), (12, 3). BUY on the bar where all
 * three are in an uptrend and at least one was not on the previous bar (so the last one just turned); SELL in the
 * mirror case. Stop at the SuperTrend line farthest from the close (the lowest line for a BUY, rounded down; the
 * highest for a SELL, rounded up).
 *
 * <p>Confidence = clamp(0.5 + (ADX − 20) / 40, 0, 1), with ADX = ADX(14) of the {@link RegimeTracker} (0..100):
 * SuperTrend follows trends and whipsaws in ranges, so the trend strength grades the entry. ADX 22 gives 0.55
 * (the default minimum), ADX 30 gives 0.75, ADX 40 or more 1.0; below ADX 20 it falls under 0.5. No signal
 * while ADX(14) has no value yet.
 */
final class SuperTrendStrategy extends Ta4jStrategy
{
    private static final BigDecimal TWENTY = BigDecimal.valueOf(20);
    private static final BigDecimal FORTY = BigDecimal.valueOf(40);

    private final SuperTrendIndicator[] lines;

    SuperTrendStrategy(final String symbol, final int[] periods, final BigDecimal[] multipliers)
    {
        super(symbol, Math.max(periods[0], Math.max(periods[1], periods[2])));
        this.lines = new SuperTrendIndicator[periods.length];
        for (int j = 0; j < periods.length; j++)
        {
            lines[j] = new SuperTrendIndicator(bars.series(), periods[j], multipliers[j].doubleValue());
        }
    }

    @Override
    void evaluate(final int i, final SignalOut out)
    {
        boolean upNow = true;
        boolean downNow = true;
        boolean upBefore = i > bars.series().getBeginIndex();
        boolean downBefore = upBefore;
        Num lowest = null;
        Num highest = null;
        for (final SuperTrendIndicator line : lines)
        {
            final Num value = line.getValue(i);
            if (Ta4jSeries.isNaN(value))
            {
                return;
            }
            lowest = lowest == null ? value : lowest.min(value);
            highest = highest == null ? value : highest.max(value);
            upNow &= line.isUpTrend(i);
            downNow &= line.isDownTrend(i);
            if (i > bars.series().getBeginIndex())
            {
                upBefore &= line.isUpTrend(i - 1);
                downBefore &= line.isDownTrend(i - 1);
            }
        }
        final BigDecimal adx = regime.adx();
        if (adx == null || (upNow == upBefore && downNow == downBefore))
        {
            return;
        }
        final BigDecimal close = dec(bars.close(i));
        final long confidence =
            Ta4jSeries.ratio(EmaCrossStrategy.HALF.add(Ta4jSeries.div(adx.subtract(TWENTY), FORTY)));
        if (upNow && !upBefore)
        {
            final long stop = dec(lowest).compareTo(close) < 0 ? bars.price(lowest, RoundingMode.DOWN) : 0;
            out.signal(Side.BUY, confidence, stop, 0);
        }
        else if (downNow && !downBefore)
        {
            final long stop = dec(highest).compareTo(close) > 0 ? bars.price(highest, RoundingMode.UP) : 0;
            out.signal(Side.SELL, confidence, stop, 0);
        }
    }

    static final StrategyFactory FACTORY = StrategyFactory.of("supertrend", "ST", 6,
        Params.of("period1", "10", "multiplier1", "1", "period2", "11", "multiplier2", "2",
                "period3", "12", "multiplier3", "3"),
        "supertrend: period1=10 multiplier1=1 period2=11 multiplier2=2 period3=12 multiplier3=3 (ATR "
            + "period and multiplier of three SuperTrends); BUY/SELL when all three agree and one just turned; "
            + "stop at the farthest line",
        (params, instrument) ->
        {
            final int[] periods = new int[3];
            final BigDecimal[] multipliers = new BigDecimal[3];
            for (int j = 0; j < 3; j++)
            {
                periods[j] = params.integer("period" + (j + 1), 1, 1000);
                multipliers[j] = Params.decimal(params.decimal("multiplier" + (j + 1), 2, "0.1", "20"), 2);
            }
            return new SuperTrendStrategy(instrument.name(), periods, multipliers);
        });
}
