package ringfire.codecs;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ringfire.codecs.Decimals.INVALID;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Parsing, parseOrThrow, pow10 and scale validation. Formatting and rescaling are in their own tests. */
class DecimalsTest
{
    static Stream<Arguments> validCases()
    {
        return Stream.of(
            Arguments.of("16578.50", 2, 1_657_850L),
            Arguments.of("16578.50", 1, 165_785L),
            Arguments.of("16578.5", 1, 165_785L),
            Arguments.of("16578.500000", 1, 165_785L),
            Arguments.of("0.001", 3, 1L),
            Arguments.of("0.001", 8, 100_000L),
            Arguments.of("16677", 0, 16_677L),
            Arguments.of("16677", 2, 1_667_700L),
            Arguments.of("-0.00002539", 8, -2_539L),
            Arguments.of("-16578.50", 2, -1_657_850L),
            Arguments.of("+1.5", 1, 15L),
            Arguments.of("+1.5", 8, 150_000_000L),
            Arguments.of("1.0", 0, 1L),
            Arguments.of("0", 8, 0L),
            Arguments.of("-0", 2, 0L),
            Arguments.of("000123.4500", 2, 12_345L),
            Arguments.of("1", 18, 1_000_000_000_000_000_000L),
            Arguments.of("9223372036854775807", 0, Long.MAX_VALUE),
            Arguments.of("-9223372036854775807", 0, -Long.MAX_VALUE),
            Arguments.of("92233720368.54775807", 8, Long.MAX_VALUE),
            Arguments.of("9.223372036854775807", 18, Long.MAX_VALUE));
    }

    static Stream<Arguments> invalidCases()
    {
        return Stream.of(
            Arguments.of("", 2),
            Arguments.of("-", 2),
            Arguments.of("+", 2),
            Arguments.of(".", 2),
            Arguments.of("-.", 2),
            Arguments.of("1.2.3", 2),
            Arguments.of("1e5", 2),
            Arguments.of("abc", 2),
            Arguments.of(" 1", 2),
            Arguments.of("1 ", 2),
            Arguments.of("1,5", 2),
            Arguments.of("--1", 2),
            Arguments.of("+-1", 2),
            Arguments.of("1-", 2),
            Arguments.of("0x10", 2),
            Arguments.of("１", 0),
            // non-zero digit beyond the scale: rejected, never rounded
            Arguments.of("16578.55", 1),
            Arguments.of("0.001", 2),
            Arguments.of("1.5", 0),
            Arguments.of("-0.000000001", 8),
            // overflow
            Arguments.of("99999999999999999999", 0),
            Arguments.of("9223372036854775808", 0),
            Arguments.of("-9223372036854775808", 0),
            Arguments.of("92233720368.54775808", 8),
            Arguments.of("100000000000", 8),
            Arguments.of("10", 18));
    }

    @ParameterizedTest(name = "\"{0}\" at scale {1} = {2}")
    @MethodSource("validCases")
    void shouldParseExactly(final String text, final int scale, final long expected)
    {
        assertThat(Decimals.parse(text, scale)).isEqualTo(expected);
        assertThat(Decimals.parseOrThrow(text, scale)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" at scale {1}")
    @MethodSource("invalidCases")
    void shouldRejectAsInvalid(final String text, final int scale)
    {
        assertThat(Decimals.parse(text, scale)).isEqualTo(INVALID);
    }

    @ParameterizedTest(name = "\"{0}\" at scale {1}")
    @MethodSource({"validCases", "invalidCases"})
    void shouldParseTheSameFromDirectBufferAndCharSequenceRange(final String text, final int scale)
    {
        final long expected = Decimals.parse(text, scale);

        // Surround the text with digits: a parser reading outside its range would produce a different number.
        final byte[] bytes = text.getBytes(UTF_8);
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[bytes.length + 14]);
        buffer.setMemory(0, buffer.capacity(), (byte)'9');
        buffer.putBytes(7, bytes);
        assertThat(Decimals.parse(buffer, 7, bytes.length, scale)).isEqualTo(expected);

        final String embedded = "9999999" + text + "9999999";
        assertThat(Decimals.parse(embedded, 7, 7 + text.length(), scale)).isEqualTo(expected);
    }

    @Test
    void shouldAgreeWithBigDecimalOnRandomStrings()
    {
        final SplittableRandom random = new SplittableRandom(16578);
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[64]);
        for (int i = 0; i < 20_000; i++)
        {
            final String text = randomDecimal(random);
            final int scale = random.nextInt(Decimals.MAX_SCALE + 1);
            final long expected = expected(text, scale);
            assertThat(Decimals.parse(text, scale)).as("parse(\"%s\", %d)", text, scale).isEqualTo(expected);
            final int length = buffer.putStringWithoutLengthAscii(0, text);
            assertThat(Decimals.parse(buffer, 0, length, scale)).as("buffer \"%s\", %d", text, scale)
                .isEqualTo(expected);
        }
    }

    private static String randomDecimal(final SplittableRandom random)
    {
        final StringBuilder sb = new StringBuilder();
        switch (random.nextInt(3))
        {
            case 0 -> sb.append('-');
            case 1 -> sb.append('+');
            default ->
            {
            }
        }
        final int intDigits = 1 + random.nextInt(20);
        for (int d = 0; d < intDigits; d++)
        {
            sb.append((char)('0' + random.nextInt(10)));
        }
        if (random.nextBoolean())
        {
            sb.append('.');
            final int fracDigits = 1 + random.nextInt(20);
            final boolean zeroTail = random.nextBoolean();
            for (int d = 0; d < fracDigits; d++)
            {
                sb.append(zeroTail && d > 2 ? '0' : (char)('0' + random.nextInt(10)));
            }
        }
        return sb.toString();
    }

    private static long expected(final String text, final int scale)
    {
        try
        {
            final long v = new BigDecimal(text).setScale(scale, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
            return v == INVALID ? INVALID : v;
        }
        catch (final ArithmeticException lossyOrOverflow)
        {
            return INVALID;
        }
    }

    @Test
    void shouldRejectEmptyOrNegativeLengthInDirectBuffer()
    {
        final UnsafeBuffer buffer = new UnsafeBuffer("123".getBytes(UTF_8));
        assertThat(Decimals.parse(buffer, 0, 0, 2)).isEqualTo(INVALID);
        assertThat(Decimals.parse(buffer, 1, -1, 2)).isEqualTo(INVALID);
        assertThat(Decimals.parse(buffer, 0, 3, 2)).isEqualTo(12_300L);
    }

    @Test
    void shouldNameTheTextAndScaleWhenParseOrThrowFails()
    {
        assertThatThrownBy(() -> Decimals.parseOrThrow("16578.55", 1))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("'16578.55'")
            .hasMessageContaining("at most 1 decimal places");
        assertThatThrownBy(() -> Decimals.parseOrThrow("99999999999999999999", 0))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("'99999999999999999999'");
    }

    @Test
    void shouldComputePowersOfTen()
    {
        for (int scale = 0; scale <= Decimals.MAX_SCALE; scale++)
        {
            assertThat(Decimals.pow10(scale)).as("10^%d", scale).isEqualTo(BigInteger.TEN.pow(scale).longValueExact());
        }
        assertThat(Decimals.pow10(Scales.RATIO)).isEqualTo(Scales.RATIO_ONE);
        assertThat(Scales.MONEY).isEqualTo(8);
    }

    @Test
    void shouldRejectScalesOutsideZeroToEighteen()
    {
        final UnsafeBuffer buffer = new UnsafeBuffer("1".getBytes(UTF_8));
        for (final int bad : new int[]{-1, Decimals.MAX_SCALE + 1, Integer.MIN_VALUE})
        {
            assertThatThrownBy(() -> Decimals.pow10(bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("scale");
            assertThatThrownBy(() -> Decimals.parse("1", bad)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Decimals.parse("", bad)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Decimals.parse(buffer, 0, 1, bad)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Decimals.parseOrThrow("1", bad)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Decimals.format(1, bad)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Decimals.appendTo(new StringBuilder(), 1, bad))
                .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Decimals.rescale(1, 0, bad)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Decimals.rescale(1, bad, 0)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
