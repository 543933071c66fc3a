package ringfire.engine.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ringfire.engine.risk.Fixtures.ratio;
import static ringfire.engine.risk.Fixtures.usd;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RiskFractionTest
{
    private final RiskFraction fraction = new RiskFraction(RiskSettings.defaults());

    /** Reference: 0.02 x StrictMath.pow(0.25, x) taken exactly in BigDecimal, rounded DOWN to 10^-8. */
    private static long reference(final long balance)
    {
        final double x = (double)(balance - usd("10000")) / (double)(usd("100000") - usd("10000"));
        final BigDecimal r = new BigDecimal("0.02").multiply(new BigDecimal(StrictMath.pow(0.25, x)));
        return r.setScale(8, RoundingMode.DOWN).unscaledValue().longValueExact();
    }

    @ParameterizedTest(name = "r({0}) = {1}")
    @CsvSource({
        "-5, 0.02",
        "0, 0.02",
        "9999.99999999, 0.02",
        "10000, 0.02",
        "10000.00000001, 0.01999999",
        "55000, 0.01",
        "100000, 0.005",
        "100000.00000001, 0.005",
        "1000000, 0.005",
    })
    void shouldFollowTheDecayCurveWithExactEndpoints(final String balance, final String expected)
    {
        assertThat(fraction.at(usd(balance))).isEqualTo(ratio(expected));
    }

    @ParameterizedTest(name = "r({0})")
    @CsvSource({"10000.00000001", "10000.01", "12345.6789", "55000", "77777.77777777", "99999.99999999"})
    void shouldMatchTheBigDecimalReferenceBetweenTheEndpoints(final String balance)
    {
        final long b = usd(balance);

        assertThat(fraction.at(b)).isEqualTo(reference(b));
    }

    @Test
    void shouldBeJustAboveTheHighRiskJustBelowTheHighBalance()
    {
        final long r = fraction.at(usd("99999.99999999"));

        assertThat(r).isBetween(ratio("0.005"), ratio("0.00500001"));
    }

    @Test
    void shouldMatchTheReferenceAndNeverIncreaseAcrossTheWholeRange()
    {
        long previous = fraction.at(usd("10000"));
        for (long b = usd("10000"); b <= usd("100000"); b += usd("37.12345678"))
        {
            final long r = fraction.at(b);
            assertThat(r).isEqualTo(reference(b)).isLessThanOrEqualTo(previous);
            final double exact = 0.02 * Math.pow(0.25, (b / 1e8 - 10000.0) / 90000.0);
            assertThat(r / 1e8).isCloseTo(exact, org.assertj.core.data.Offset.offset(2e-8));
            previous = r;
        }
    }

    @Test
    void shouldTakeTheProductExactlyFromTheDouble()
    {
        assertThat(RiskFraction.floorProduct(2_000_000, 1.0)).isEqualTo(2_000_000);
        assertThat(RiskFraction.floorProduct(2_000_000, Math.nextDown(1.0))).isEqualTo(1_999_999);
        assertThat(RiskFraction.floorProduct(2_000_000, 0.5)).isEqualTo(1_000_000);
        assertThat(RiskFraction.floorProduct(3, 1.0 / 3.0)).isEqualTo(0);
        assertThat(RiskFraction.floorProduct(Long.MAX_VALUE, 0.5)).isEqualTo(Long.MAX_VALUE / 2);
        assertThat(RiskFraction.floorProduct(7, Double.MIN_VALUE)).isZero();
        assertThat(RiskFraction.floorProduct(0, 0.7)).isZero();
        final java.util.SplittableRandom random = new java.util.SplittableRandom(42);
        for (int i = 0; i < 2000; i++)
        {
            final long a = random.nextLong(0, Long.MAX_VALUE);
            final double p = random.nextDouble();
            final long expected = new BigDecimal(a).multiply(new BigDecimal(p))
                .setScale(0, RoundingMode.FLOOR).longValueExact();
            assertThat(RiskFraction.floorProduct(a, p)).as("%d x %s", a, p).isEqualTo(expected);
        }
        assertThatThrownBy(() -> RiskFraction.floorProduct(1, 1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RiskFraction.floorProduct(-1, 0.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldHonourOtherSettings()
    {
        final RiskFraction custom = new RiskFraction(Fixtures.settings(
            "sizing.lowBalance", "1000", "sizing.highBalance", "2000", "sizing.riskAtLowBalance", "0.04",
            "sizing.riskAtHighBalance", "0.01", "sizing.decayBase", "0.5"));

        assertThat(custom.at(usd("1000"))).isEqualTo(ratio("0.04"));
        assertThat(custom.at(usd("1500"))).isEqualTo(ratio("0.02828427"));
        assertThat(custom.at(usd("2000"))).isEqualTo(ratio("0.01"));
    }
}
