package ringfire.codecs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FixedMathTest
{
    @ParameterizedTest
    @EnumSource(value = RoundingMode.class, mode = EnumSource.Mode.EXCLUDE, names = "UNNECESSARY")
    void shouldAgreeWithBigDecimalForEveryRoundingMode(final RoundingMode mode)
    {
        final SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 20_000; i++)
        {
            final long a = random.nextLong(-10_000_000_000_000L, 10_000_000_000_000L);
            final long b = random.nextLong(-1_000_000_000L, 1_000_000_000L);
            long c = random.nextLong(-1_000_000_000L, 1_000_000_000L);
            c = c == 0 ? 7 : c;
            final long expected = new BigDecimal(a).multiply(new BigDecimal(b))
                .divide(new BigDecimal(c), 0, mode).longValueExact();
            assertThat(FixedMath.mulDiv(a, b, c, mode)).as("%d * %d / %d", a, b, c).isEqualTo(expected);
        }
    }

    @Test
    void shouldRoundHalvesAsAsked()
    {
        assertThat(FixedMath.divide(5, 2, RoundingMode.HALF_EVEN)).isEqualTo(2);
        assertThat(FixedMath.divide(7, 2, RoundingMode.HALF_EVEN)).isEqualTo(4);
        assertThat(FixedMath.divide(5, 2, RoundingMode.HALF_UP)).isEqualTo(3);
        assertThat(FixedMath.divide(-5, 2, RoundingMode.HALF_UP)).isEqualTo(-3);
        assertThat(FixedMath.divide(-5, 2, RoundingMode.FLOOR)).isEqualTo(-3);
        assertThat(FixedMath.divide(-5, 2, RoundingMode.DOWN)).isEqualTo(-2);
        assertThat(FixedMath.divide(6, 2, RoundingMode.UNNECESSARY)).isEqualTo(3);
        assertThatThrownBy(() -> FixedMath.divide(5, 2, RoundingMode.UNNECESSARY)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void shouldUseA128BitIntermediate()
    {
        // 1,000,000 USDT (10^14 at 10^-8) times a ratio of 1.0 (10^8) overflows 64 bits before the division.
        assertThat(FixedMath.mulRatio(100_000_000_000_000L, Scales.RATIO_ONE, RoundingMode.HALF_EVEN))
            .isEqualTo(100_000_000_000_000L);
        assertThatThrownBy(() -> FixedMath.mulDiv(Long.MAX_VALUE, Long.MAX_VALUE, 1, RoundingMode.DOWN))
            .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void shouldComputeNotionalAndQuantityAtInstrumentScales()
    {
        // 0.010 BTC (qty scale 3) at 100000.00 (price scale 2) = 1000 USDT.
        assertThat(FixedMath.notional(10_000_000L, 2, 10L, 3, RoundingMode.HALF_EVEN)).isEqualTo(1_000_00000000L);
        // 1000 XRP (scale 0) at 2.0069 (scale 4) = 2006.9 USDT.
        assertThat(FixedMath.notional(20_069L, 4, 1_000L, 0, RoundingMode.HALF_EVEN)).isEqualTo(2_006_90000000L);
        // 1000 USDT buys 0.009 BTC at 104611.40 when rounded down, 0.010 when rounded up.
        assertThat(FixedMath.quantityFor(1_000_00000000L, 10_461_140L, 2, 3, RoundingMode.DOWN)).isEqualTo(9L);
        assertThat(FixedMath.quantityFor(1_000_00000000L, 10_461_140L, 2, 3, RoundingMode.UP)).isEqualTo(10L);
        assertThat(FixedMath.ratio(15, 100, RoundingMode.HALF_EVEN)).isEqualTo(15_000_000L);
        assertThat(FixedMath.floorToStep(1_234L, 5L)).isEqualTo(1_230L);
    }
}
