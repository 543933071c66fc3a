package ringfire.codecs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecimalsFormatTest
{
    private static final long[] INTERESTING = {
        0, 1, -1, 9, -9, 10, -10, 99, -99, 100, -100, 1_657_850, -2_539, 50_000_000, -50_000_000,
        100_000_000, -100_000_000, 123_456_789_012_345L, -987_654_321_012L,
        1_000_000_000_000_000_000L, -1_000_000_000_000_000_000L,
        Long.MAX_VALUE, -Long.MAX_VALUE, Long.MAX_VALUE / 3, Long.MIN_VALUE / 7,
    };

    @ParameterizedTest(name = "{0} at scale {1} -> {2}")
    @CsvSource({
        "-50000000, 8, -0.50000000",
        "-1, 8, -0.00000001",
        "-150000000, 8, -1.50000000",
        "0, 8, 0.00000000",
        "1, 3, 0.001",
        "1657850, 2, 16578.50",
        "165785, 1, 16578.5",
        "-2539, 8, -0.00002539",
        "16677, 0, 16677",
        "-16677, 0, -16677",
        "0, 0, 0",
        "9223372036854775807, 0, 9223372036854775807",
        "-9223372036854775807, 0, -9223372036854775807",
        "9223372036854775807, 8, 92233720368.54775807",
        "-9223372036854775807, 8, -92233720368.54775807",
        "9223372036854775807, 18, 9.223372036854775807",
        "-5, 18, -0.000000000000000005",
    })
    void shouldFormatWithExactlyScaleDecimals(final long value, final int scale, final String expected)
    {
        assertThat(Decimals.format(value, scale)).isEqualTo(expected);
    }

    @Test
    void shouldAppendToExistingContentAndReturnTheSameBuilder()
    {
        final StringBuilder out = new StringBuilder("px=");
        assertThat(Decimals.appendTo(out, -50_000_000L, 8)).isSameAs(out);
        Decimals.appendTo(out.append(' '), 16_677L, 0);
        assertThat(out).hasToString("px=-0.50000000 16677");
    }

    @Test
    void shouldFormatLikeBigDecimalPlainString()
    {
        final SplittableRandom random = new SplittableRandom(7201);
        for (int scale = 0; scale <= Decimals.MAX_SCALE; scale++)
        {
            for (final long value : INTERESTING)
            {
                assertFormatsLikeBigDecimal(value, scale);
            }
            for (int i = 0; i < 500; i++)
            {
                assertFormatsLikeBigDecimal(random.nextLong() >> random.nextInt(64), scale);
            }
        }
    }

    @Test
    void shouldRoundTripParseOfFormat()
    {
        final SplittableRandom random = new SplittableRandom(42);
        for (int scale = 0; scale <= Decimals.MAX_SCALE; scale++)
        {
            for (final long value : INTERESTING)
            {
                assertRoundTrips(value, scale);
            }
            for (int i = 0; i < 500; i++)
            {
                final long value = random.nextLong() >> random.nextInt(64);
                if (value != Decimals.INVALID)
                {
                    assertRoundTrips(value, scale);
                }
            }
        }
        assertThat(Decimals.parse(Decimals.format(Long.MAX_VALUE, 0), 0)).isEqualTo(Long.MAX_VALUE);
    }

    private static void assertFormatsLikeBigDecimal(final long value, final int scale)
    {
        assertThat(Decimals.format(value, scale)).as("format(%d, %d)", value, scale)
            .isEqualTo(BigDecimal.valueOf(value, scale).toPlainString());
    }

    private static void assertRoundTrips(final long value, final int scale)
    {
        final String text = Decimals.format(value, scale);
        assertThat(Decimals.parse(text, scale)).as("parse(\"%s\", %d)", text, scale).isEqualTo(value);
    }
}
