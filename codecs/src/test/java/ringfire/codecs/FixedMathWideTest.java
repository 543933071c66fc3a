package ringfire.codecs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ringfire.codecs.FixedMath;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FixedMathWideTest
{
    private static long usd(final String text)
    {
        return Decimals.parseOrThrow(text, Scales.MONEY);
    }

    private static Long reference(final long a, final long b, final long c, final RoundingMode rounding)
    {
        try
        {
            final BigDecimal q = new BigDecimal(BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)))
                .divide(BigDecimal.valueOf(c), 0, rounding);
            return q.longValueExact();
        }
        catch (final ArithmeticException e)
        {
            return null;
        }
    }

    @ParameterizedTest
    @EnumSource(value = RoundingMode.class, names = "UNNECESSARY", mode = EnumSource.Mode.EXCLUDE)
    void shouldMatchBigDecimalForWideProducts(final RoundingMode rounding)
    {
        final SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 20_000; i++)
        {
            final long a = random.nextLong() >> random.nextInt(40);
            final long b = random.nextLong() >> random.nextInt(40);
            final long r = random.nextLong() >> random.nextInt(63);
            final long c = r == 0 ? 3 : r;
            final Long expected = reference(a, b, c, rounding);
            if (expected == null)
            {
                assertThatThrownBy(() -> FixedMath.mulDiv(a, b, c, rounding)).isInstanceOf(ArithmeticException.class);
            }
            else
            {
                assertThat(FixedMath.mulDiv(a, b, c, rounding)).as("%d * %d / %d", a, b, c).isEqualTo(expected);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = RoundingMode.class, names = "UNNECESSARY", mode = EnumSource.Mode.EXCLUDE)
    void shouldRoundExactTiesAndEdges(final RoundingMode rounding)
    {
        final long big = 3_000_000_000_000_000_000L;
        final long[][] cases = {
            {big, 10, 4}, {-big, 10, 4}, {big, 10, 20}, {-big, 10, 20}, {big, 7, 2}, {big, -7, 2},
            {Long.MIN_VALUE, 2, 2}, {Long.MIN_VALUE, -2, 2}, {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE},
            {Long.MIN_VALUE, Long.MIN_VALUE, Long.MIN_VALUE}, {Long.MIN_VALUE, 1, -1},
        };
        for (final long[] c : cases)
        {
            final Long expected = reference(c[0], c[1], c[2], rounding);
            if (expected == null)
            {
                assertThatThrownBy(() -> FixedMath.mulDiv(c[0], c[1], c[2], rounding))
                    .isInstanceOf(ArithmeticException.class);
            }
            else
            {
                assertThat(FixedMath.mulDiv(c[0], c[1], c[2], rounding)).isEqualTo(expected);
            }
        }
    }

    @Test
    void shouldMatchBigDecimalOnMoneyHelpers()
    {
        final long equity = usd("123456.78901234");
        // 123456.78901234 x 0.2 = 24691.357802468 -> 24691.35780246 rounded down
        assertThat(FixedMath.mulRatio(equity, 20_000_000L, RoundingMode.DOWN)).isEqualTo(2_469_135_780_246L);
        // 1500 / 10000.00000001 = 0.149999999998... -> 0.14999999 floored
        assertThat(FixedMath.ratio(usd("1500"), usd("10000.00000001"), RoundingMode.FLOOR)).isEqualTo(14_999_999L);
        for (final int[] scales : new int[][] {{2, 3}, {8, 8}, {1, 0}, {5, 9}})
        {
            final BigDecimal price = BigDecimal.valueOf(1_234_567, scales[0]);
            final BigDecimal qty = BigDecimal.valueOf(7_654, scales[1]);
            final long notional = price.multiply(qty).setScale(Scales.MONEY, RoundingMode.DOWN).unscaledValue().longValueExact();
            assertThat(FixedMath.notional(1_234_567, scales[0], 7_654, scales[1], RoundingMode.DOWN)).isEqualTo(notional);
            final long quantity = BigDecimal.valueOf(equity, Scales.MONEY).divide(price, scales[1], RoundingMode.DOWN)
                .unscaledValue().longValueExact();
            assertThat(FixedMath.quantityFor(equity, 1_234_567, scales[0], scales[1], RoundingMode.DOWN)).isEqualTo(quantity);
        }
        assertThat(FixedMath.quantityForOrLimit(Long.MAX_VALUE / 2, 1, 8, 8, RoundingMode.DOWN))
            .isEqualTo(Long.MAX_VALUE);
        assertThat(FixedMath.quantityForOrLimit(usd("100"), 200, 2, 3, RoundingMode.DOWN))
            .isEqualTo(FixedMath.quantityFor(usd("100"), 200, 2, 3, RoundingMode.DOWN));
        assertThat(FixedMath.notionalOrLimit(Long.MAX_VALUE, 8, 1L << 40, 8, RoundingMode.DOWN))
            .isEqualTo(Long.MAX_VALUE);
        assertThat(FixedMath.notionalOrLimit(Long.MAX_VALUE / 3, 1, 3, 0, RoundingMode.DOWN)).isEqualTo(Long.MAX_VALUE);
        assertThat(FixedMath.notionalOrLimit(1_234_567, 1, 7_654, 0, RoundingMode.DOWN))
            .isEqualTo(FixedMath.notional(1_234_567, 1, 7_654, 0, RoundingMode.DOWN));
        assertThatThrownBy(() -> FixedMath.quantityFor(Long.MAX_VALUE / 2, 1, 8, 8, RoundingMode.DOWN))
            .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> FixedMath.mulDiv(1, 1, 0, RoundingMode.DOWN)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> FixedMath.mulDiv(Long.MAX_VALUE, 3, 11, RoundingMode.UNNECESSARY))
            .isInstanceOf(ArithmeticException.class);
    }
}
