package ringfire.engine.strategy.ta4j;

import org.ta4j.core.indicators.ichimoku.IchimokuKijunSenIndicator;
import org.ta4j.core.indicators.ichimoku.IchimokuSenkouSpanAIndicator;
import org.ta4j.core.indicators.ichimoku.IchimokuSenkouSpanBIndicator;
import org.ta4j.core.indicators.ichimoku.IchimokuTenkanSenIndicator;
import org.ta4j.core.num.Num;
import ringfire.codecs.sbe.Side;
import ringfire.engine.strategy.SignalOut;
import ringfire.engine.strategy.StrategyFactory;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * {@code ichimoku}: cloud breakout. Conversion line = midpoint of the high/low over {@code conversion} bars, base
 * line = the same over {@code base} bars, span A = (conversion + base) / 2 and span B = midpoint over
 * {@code spanB} bars, both displaced {@code base} bars forward (ta4j {@link IchimokuSenkouSpanAIndicator} /
 * {@link IchimokuSenkouSpanBIndicator} with offset {@code base}: the cloud at bar i is built from bar
 * i − base + 1, so it uses only past bars). No signal until the cloud is complete (spanB + base − 1 bars); the
 * first bar after that only records where the close is.
 *
 * <p>BUY on the first close above the cloud (above both spans; the previous close was not), SELL on the first
 * close below both spans. Stop at the far edge of the cloud (its bottom for a BUY, its top for a SELL), but at
 * least 1 ATR(14) from the close so that a thin cloud does not give a stop inside the noise: BUY stop =
 * min(cloud bottom, close − ATR) rounded down, SELL stop = max(cloud top, close + ATR) rounded up.
 *
 * <p>Confidence = min(1, 0.5 + d / 4), with d the distance of the close beyond the cloud edge it crossed, in
 * ATR(14)s (of the {@link RegimeTracker}): (close − cloud top) / ATR for a BUY, (cloud bottom − close) / ATR for a
 * SELL. 0.2 ATR beyond gives 0.55 (the default minimum), 1 ATR gives 0.75, 2 ATRs or more 1.0.
 */
final class IchimokuStrategy extends Ta4jStrategy
{
    private final IchimokuSenkouSpanAIndicator spanA;
    private final IchimokuSenkouSpanBIndicator spanB;
    private final int warmup;
    private boolean primed;
    private boolean aboveBefore;
    private boolean belowBefore;

    IchimokuStrategy(final String symbol, final int conversion, final int base, final int spanBBars)
    {
        super(symbol, spanBBars + base);
        final IchimokuTenkanSenIndicator conversionLine = new IchimokuTenkanSenIndicator(bars.series(), conversion);
        final IchimokuKijunSenIndicator baseLine = new IchimokuKijunSenIndicator(bars.series(), base);
        this.spanA = new IchimokuSenkouSpanAIndicator(bars.series(), conversionLine, baseLine, base);
        this.spanB = new IchimokuSenkouSpanBIndicator(bars.series(), spanBBars, base);
        this.warmup = spanBBars + base - 1;
    }

    @Override
    void evaluate(final int i, final SignalOut out)
    {
        final Num a = spanA.getValue(i);
        final Num b = spanB.getValue(i);
        final Num atrNum = regime.atr();
        if (anyNaN(a, b, atrNum) || bars.barsAdded() < warmup)
        {
            primed = false;
            return;
        }
        final BigDecimal top = dec(a.max(b));
        final BigDecimal bottom = dec(a.min(b));
        final BigDecimal atr = dec(atrNum);
        final BigDecimal close = dec(bars.close(i));
        final boolean above = close.compareTo(top) > 0;
        final boolean below = close.compareTo(bottom) < 0;
        final boolean breakUp = primed && above && !aboveBefore;
        final boolean breakDown = primed && below && !belowBefore;
        primed = true;
        aboveBefore = above;
        belowBefore = below;
        if (breakUp)
        {
            final BigDecimal stop = bottom.min(close.subtract(atr));
            out.signal(Side.BUY, confidence(Ta4jSeries.div(close.subtract(top), atr)),
                bars.price(stop, RoundingMode.DOWN), 0);
        }
        else if (breakDown)
        {
            final BigDecimal stop = top.max(close.add(atr));
            out.signal(Side.SELL, confidence(Ta4jSeries.div(bottom.subtract(close), atr)),
                bars.price(stop, RoundingMode.UP), 0);
        }
    }

    private static long confidence(final BigDecimal d)
    {
        return Ta4jSeries.ratio(EmaCrossStrategy.HALF.add(d.divide(EmaCrossStrategy.FOUR)));
    }

    static final StrategyFactory FACTORY = StrategyFactory.of("ichimoku", "ICH", 8,
        Params.of("conversion", "9", "base", "26", "spanB", "52"),
        "ichimoku: conversion=9 base=26 spanB=52 (bars of the Ichimoku lines; the cloud is displaced base "
            + "bars); BUY/SELL on a close above/below the cloud; stop at the cloud's far edge, at least 1 ATR away",
        (params, instrument) ->
        {
            final int conversion = params.integer("conversion", 1, 499);
            final int base = params.integer("base", 2, 500);
            final int spanB = params.integer("spanB", 3, 1000);
            Params.requireGreater("base", base, "conversion", conversion);
            Params.requireGreater("spanB", spanB, "base", base);
            return new IchimokuStrategy(instrument.name(), conversion, base, spanB);
        });
}
