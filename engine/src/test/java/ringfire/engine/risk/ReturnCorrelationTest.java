package ringfire.engine.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReturnCorrelationTest
{
    static final long T0 = 1_700_000_000_000_000_000L;
    static final long MINUTE = 60_000_000_000L;
    static final double[] U = {0.01, -0.01, 0.01, -0.01};
    static final double[] W = {0.01, 0.01, -0.01, -0.01};

    private final ReturnCorrelation correlation = new ReturnCorrelation(4);

    /** Returns {@code a x U + 0.6 x W}, whose correlation with U is a / sqrt(a^2 + 0.36). */
    static double[] correlatedWithU(final double target)
    {
        final double a = 0.6 * target / Math.sqrt(1 - target * target);
        final double[] y = new double[U.length];
        for (int i = 0; i < y.length; i++)
        {
            y[i] = a * U[i] + 0.6 * W[i];
        }
        return y;
    }

    /** Feeds a first close of 10000 (price scale 8) at T0, then one bar per return, a minute apart. */
    static List<Long> feed(final ReturnCorrelation c, final int symbol, final long firstOpen, final double... returns)
    {
        final List<Long> closes = new ArrayList<>();
        BigDecimal close = BigDecimal.valueOf(1_000_000_000_000L);
        long t = firstOpen;
        assertThat(c.onBar(symbol, t, close.longValueExact())).isTrue();
        closes.add(close.longValueExact());
        for (final double r : returns)
        {
            t += MINUTE;
            close = close.multiply(BigDecimal.ONE.add(new BigDecimal(Double.toString(r))))
                .setScale(0, RoundingMode.HALF_EVEN);
            assertThat(c.onBar(symbol, t, close.longValueExact())).isTrue();
            closes.add(close.longValueExact());
        }
        return closes;
    }

    /** Pearson correlation of the last n returns of two close series, in 34-digit decimal arithmetic. */
    static double reference(final List<Long> a, final List<Long> b, final int n)
    {
        final MathContext mc = MathContext.DECIMAL128;
        final BigDecimal[] x = returns(a, n, mc);
        final BigDecimal[] y = returns(b, n, mc);
        BigDecimal mx = BigDecimal.ZERO;
        BigDecimal my = BigDecimal.ZERO;
        for (int i = 0; i < n; i++)
        {
            mx = mx.add(x[i]);
            my = my.add(y[i]);
        }
        mx = mx.divide(BigDecimal.valueOf(n), mc);
        my = my.divide(BigDecimal.valueOf(n), mc);
        BigDecimal sxy = BigDecimal.ZERO;
        BigDecimal sxx = BigDecimal.ZERO;
        BigDecimal syy = BigDecimal.ZERO;
        for (int i = 0; i < n; i++)
        {
            final BigDecimal dx = x[i].subtract(mx);
            final BigDecimal dy = y[i].subtract(my);
            sxy = sxy.add(dx.multiply(dy));
            sxx = sxx.add(dx.multiply(dx));
            syy = syy.add(dy.multiply(dy));
        }
        return sxy.divide(sxx.multiply(syy).sqrt(mc), mc).doubleValue();
    }

    private static BigDecimal[] returns(final List<Long> closes, final int n, final MathContext mc)
    {
        final BigDecimal[] r = new BigDecimal[n];
        final int first = closes.size() - n;
        for (int i = 0; i < n; i++)
        {
            r[i] = BigDecimal.valueOf(closes.get(first + i))
                .divide(BigDecimal.valueOf(closes.get(first + i - 1)), mc).subtract(BigDecimal.ONE);
        }
        return r;
    }

    @Test
    void shouldBeUnknownUntilBothWindowsAreFull()
    {
        feed(correlation, 1, T0, 0.01, -0.01, 0.02);
        feed(correlation, 2, T0, 0.01, -0.01, 0.02, 0.01);

        assertThat(correlation.count(1)).isEqualTo(3);
        assertThat(correlation.correlation(1, 2)).isNaN();
        assertThat(correlation.correlationRatio(1, 2)).isEqualTo(ReturnCorrelation.UNKNOWN);

        correlation.onBar(1, T0 + 4 * MINUTE, 1_000_000_000_000L);

        assertThat(correlation.count(1)).isEqualTo(4);
        assertThat(correlation.correlation(1, 2)).isNotNaN();
    }

    @Test
    void shouldMatchAHandComputedCorrelationOfPointEight()
    {
        final List<Long> x = feed(correlation, 1, T0, U);
        final List<Long> y = feed(correlation, 2, T0, correlatedWithU(0.8));

        final double c = correlation.correlation(1, 2);

        assertThat(c).isCloseTo(0.8, within(1e-9));
        assertThat(c).isCloseTo(reference(x, y, 4), within(1e-12));
        assertThat(correlation.correlation(2, 1)).isEqualTo(c);
    }

    @Test
    void shouldGiveOneForEqualReturnsAndMinusOneForOppositeOnes()
    {
        feed(correlation, 1, T0, U);
        feed(correlation, 2, T0, U);
        feed(correlation, 3, T0, -0.01, 0.01, -0.01, 0.01);

        assertThat(correlation.correlation(1, 2)).isCloseTo(1.0, within(1e-12));
        assertThat(correlation.correlation(1, 3)).isCloseTo(-1.0, within(1e-12));
        assertThat(correlation.correlation(1, 1)).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void shouldOnlyCompareWindowsEndingAtTheSameOpenTime()
    {
        feed(correlation, 1, T0, U);
        feed(correlation, 2, T0, U);
        correlation.onBar(2, T0 + 5 * MINUTE, 1_010_000_000_000L);

        assertThat(correlation.correlation(1, 2)).isNaN();

        correlation.onBar(1, T0 + 5 * MINUTE, 1_010_000_000_000L);

        assertThat(correlation.correlation(1, 2)).isNotNaN();
    }

    @Test
    void shouldNotCompareWindowsCoveringDifferentBars()
    {
        feed(correlation, 1, T0, 0.01, -0.01, 0.01, -0.01, 0.01);
        feed(correlation, 2, T0, 0.01);
        correlation.onBar(2, T0 + 3 * MINUTE, 1_000_000_000_000L);
        correlation.onBar(2, T0 + 4 * MINUTE, 1_010_000_000_000L);
        correlation.onBar(2, T0 + 5 * MINUTE, 1_000_000_000_000L);

        assertThat(correlation.count(2)).isEqualTo(4);
        assertThat(correlation.correlation(1, 2)).isNaN();
    }

    @Test
    void shouldUseOnlyTheLastBarsOnceTheRingWraps()
    {
        feed(correlation, 1, T0, 0.02, 0.03, -0.01, 0.05, 0.01, -0.01, 0.01, -0.01);
        feed(correlation, 2, T0, -0.02, -0.03, 0.01, -0.05, 0.01, -0.01, 0.01, -0.01);

        assertThat(correlation.correlation(1, 2)).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void shouldIgnoreStaleDuplicateAndNonPositiveBars()
    {
        feed(correlation, 1, T0, 0.01, 0.02);

        assertThat(correlation.onBar(1, T0 + 2 * MINUTE, 5)).isFalse();
        assertThat(correlation.onBar(1, T0 + MINUTE, 5)).isFalse();
        assertThat(correlation.onBar(1, T0 + 3 * MINUTE, 0)).isFalse();
        assertThat(correlation.onBar(1, T0 + 3 * MINUTE, -1)).isFalse();
        assertThat(correlation.count(1)).isEqualTo(2);
    }

    @Test
    void shouldBeUnknownForAConstantSeries()
    {
        feed(correlation, 1, T0, U);
        feed(correlation, 2, T0, 0, 0, 0, 0);

        assertThat(correlation.correlation(1, 2)).isNaN();
    }

    @Test
    void shouldBeDeterministicWhateverTheFeedingOrder()
    {
        final ReturnCorrelation other = new ReturnCorrelation(4);
        final double[] y = correlatedWithU(0.3);
        feed(correlation, 1, T0, U);
        feed(correlation, 2, T0, y);
        feed(other, 2, T0, y);
        feed(other, 1, T0, U);

        assertThat(Double.doubleToRawLongBits(other.correlation(1, 2)))
            .isEqualTo(Double.doubleToRawLongBits(correlation.correlation(1, 2)));
        assertThat(other.correlationRatio(1, 2)).isEqualTo(correlation.correlationRatio(1, 2))
            .isBetween(29_999_990L, 30_000_010L);
    }

    @Test
    void shouldRejectBadArguments()
    {
        assertThatThrownBy(() -> new ReturnCorrelation(1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> correlation.onBar(0, T0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> correlation.correlation(1, 1024)).isInstanceOf(IllegalArgumentException.class);
    }
}
