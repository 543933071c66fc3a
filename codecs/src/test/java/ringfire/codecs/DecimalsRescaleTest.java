package ringfire.codecs;

import static org.assertj.core.api.Assertions.assertThat;
import static ringfire.codecs.Decimals.INVALID;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecimalsRescaleTest
{
    @ParameterizedTest(name = "{0} from {1} to {2} = {3}")
    @CsvSource({
        // up
        "165785, 1, 2, 1657850",
        "-2539, 8, 10, -253900",
        "5, 0, 18, 5000000000000000000",
        "9, 0, 18, 9000000000000000000",
        "-9, 0, 18, -9000000000000000000",
        "922337203685477580, 0, 1, 9223372036854775800",
        // same scale
        "1657850, 2, 2, 1657850",
        "-9223372036854775807, 5, 5, -9223372036854775807",
        // down, exact
        "1657850, 2, 1, 165785",
        "-253900, 10, 8, -2539",
        "1000000000000000000, 18, 0, 1",
        "0, 18, 0, 0",
    })
    void shouldRescaleExactly(final long value, final int from, final int to, final long expected)
    {
        assertThat(Decimals.rescale(value, from, to)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} from {1} to {2}")
    @CsvSource({
        // lossy
        "1657855, 2, 1",
        "-1, 8, 0",
        "9223372036854775807, 18, 0",
        // overflow
        "9223372036854775807, 0, 1",
        "922337203685477581, 0, 1",
        "-922337203685477581, 0, 1",
        "10, 0, 18",
        "-10, 0, 18",
        // INVALID stays INVALID
        "-9223372036854775808, 2, 2",
        "-9223372036854775808, 2, 4",
        "-9223372036854775808, 4, 2",
    })
    void shouldReturnInvalidWhenLossyOrOverflowing(final long value, final int from, final int to)
    {
        assertThat(Decimals.rescale(value, from, to)).isEqualTo(INVALID);
    }

    @Test
    void shouldAgreeWithBigDecimal()
    {
        final SplittableRandom random = new SplittableRandom(2539);
        for (int i = 0; i < 20_000; i++)
        {
            final long value = random.nextLong() >> random.nextInt(64);
            final int from = random.nextInt(Decimals.MAX_SCALE + 1);
            final int to = random.nextInt(Decimals.MAX_SCALE + 1);
            assertThat(Decimals.rescale(value, from, to)).as("rescale(%d, %d, %d)", value, from, to)
                .isEqualTo(expected(value, from, to));
        }
    }

    private static long expected(final long value, final int from, final int to)
    {
        if (value == INVALID)
        {
            return INVALID;
        }
        try
        {
            final long r = BigDecimal.valueOf(value, from).setScale(to, RoundingMode.UNNECESSARY)
                .unscaledValue().longValueExact();
            return r == INVALID ? INVALID : r;
        }
        catch (final ArithmeticException lossyOrOverflow)
        {
            return INVALID;
        }
    }
}
