package ringfire.engine.strategy.ta4j;

import org.ta4j.core.BarSeries;
import org.ta4j.core.num.Num;
import ringfire.engine.strategy.ClosedBar;
import ringfire.engine.strategy.SignalOut;
import ringfire.engine.strategy.Strategy;

import java.math.BigDecimal;

/**
 * Base of the ta4j strategies: one bounded {@link Ta4jSeries} per symbol and a {@link RegimeTracker} on it. Each
 * closed bar is appended (the oldest bar drops out beyond the maximum), then the subclass evaluates its indicators
 * at the newest index only; ta4j caches earlier values, so nothing is recomputed over the history. A subclass
 * reads every indicator it owns on every bar (also when it will not signal), so that recursive indicators never
 * have to reach back past the bounded history. Bars are seen only as they arrive: there is no lookahead.
 *
 * <p>Recursive averages (EMA, Wilder's MMA, and ATR and ADX built on them) are cheaper one step per bar than as
 * ta4j indicators evaluated at the newest bar of a bounded series: ta4j keeps the newest value apart from its
 * cache and computes it again once the next bar has arrived, and ADX holds its own copies of ATR. The regime
 * tracker, ema-cross and momentum-adx therefore use {@link RunningAverage} and {@link RunningAdx}, which repeat
 * the indicators' DecimalNum operations exactly (same values; {@code Ta4jEquivalenceTest}).
 *
 * <p>DecimalNum arithmetic allocates per bar; these strategies accept that (the default sma-cross strategy stays
 * allocation-free).
 */
public abstract class Ta4jStrategy implements Strategy
{
    /** Fewest bars kept; the series keeps {@code max(MIN_BARS, 3 × longest lookback)}. */
    static final int MIN_BARS = 200;

    final Ta4jSeries bars;
    final RegimeTracker regime;

    Ta4jStrategy(final String symbol, final int longestLookback)
    {
        this.bars = new Ta4jSeries(symbol, Math.max(MIN_BARS, 3 * longestLookback));
        this.regime = new RegimeTracker(bars);
    }

    @Override
    public final void onBar(final ClosedBar bar, final SignalOut out)
    {
        if (!bars.add(bar))
        {
            return;
        }
        regime.update();
        evaluate(bars.index(), out);
    }

    /** Evaluates the indicators at {@code index}, the newest bar, and may emit one signal. */
    abstract void evaluate(int index, SignalOut out);

    /** The market regime as of the newest bar. */
    public final RegimeTracker regime()
    {
        return regime;
    }

    /** The strategy's bar series (bounded); for inspection. */
    public final BarSeries series()
    {
        return bars.series();
    }

    static boolean anyNaN(final Num... values)
    {
        for (final Num v : values)
        {
            if (Ta4jSeries.isNaN(v))
            {
                return true;
            }
        }
        return false;
    }

    static BigDecimal dec(final Num n)
    {
        return n.bigDecimalValue();
    }
}
