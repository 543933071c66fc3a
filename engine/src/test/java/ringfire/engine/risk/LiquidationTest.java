package ringfire.engine.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static ringfire.engine.risk.Fixtures.px;
import static ringfire.engine.risk.Fixtures.ratio;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LiquidationTest
{
    @ParameterizedTest(name = "long x{1} mmr {2}: {3}")
    @CsvSource({
        "50000, 10, 0.005, 45250.00",
        "50000, 1, 0.005, 250.00",
        "50000, 3, 0.005, 33583.33",
        "50000, 100, 0.005, 49750.00",
    })
    void shouldEstimateTheLongLiquidationPriceRoundedDown(
        final String entry, final int leverage, final String mmr, final String expected)
    {
        assertThat(Liquidation.longPrice(px(entry), leverage, ratio(mmr))).isEqualTo(px(expected));
    }

    @ParameterizedTest(name = "short x{1} mmr {2}: {3}")
    @CsvSource({
        "50000, 10, 0.005, 54750.00",
        "50000, 1, 0.005, 99750.00",
        "50000, 3, 0.005, 66416.67",
        "50000, 100, 0.005, 50250.00",
    })
    void shouldEstimateTheShortLiquidationPriceRoundedUp(
        final String entry, final int leverage, final String mmr, final String expected)
    {
        assertThat(Liquidation.shortPrice(px(entry), leverage, ratio(mmr))).isEqualTo(px(expected));
    }

    @ParameterizedTest(name = "long stop {0} at x{1}")
    @CsvSource({
        "45249.99, 10, true",
        "45250.00, 10, true",
        "45250.01, 10, false",
        "33583.33, 3, true",
        "33583.34, 3, false",
    })
    void shouldRejectALongStopAtOrBelowLiquidation(final String stop, final int leverage, final boolean beyond)
    {
        final long liquidation = Liquidation.longPrice(px("50000"), leverage, ratio("0.005"));

        assertThat(Liquidation.longStopBeyond(px(stop), liquidation)).isEqualTo(beyond);
    }

    @ParameterizedTest(name = "short stop {0} at x{1}")
    @CsvSource({
        "54749.99, 10, false",
        "54750.00, 10, true",
        "54750.01, 10, true",
        "66416.66, 3, false",
        "66416.67, 3, true",
    })
    void shouldRejectAShortStopAtOrAboveLiquidation(final String stop, final int leverage, final boolean beyond)
    {
        final long liquidation = Liquidation.shortPrice(px("50000"), leverage, ratio("0.005"));

        assertThat(Liquidation.shortStopBeyond(px(stop), liquidation)).isEqualTo(beyond);
    }
}
