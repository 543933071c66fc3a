package ringfire.engine.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SummaryJsonTest
{
    @Test
    void shouldWriteFractionsHalfEvenToSixDecimalsWithoutTrailingZerosOrExponent()
    {
        assertThat(SummaryJson.fractionText(1.0 / 3)).isEqualTo("0.333333");
        assertThat(SummaryJson.fractionText(0.5)).isEqualTo("0.5");
        assertThat(SummaryJson.fractionText(2.0000005)).isEqualTo("2");
        assertThat(SummaryJson.fractionText(2.0000015)).isEqualTo("2.000002");
        assertThat(SummaryJson.fractionText(-0.0)).isEqualTo("0");
        assertThat(SummaryJson.fractionText(-0.0000001)).isEqualTo("0");
        assertThat(SummaryJson.fractionText(1.5e20)).isEqualTo("150000000000000000000");
        assertThat(SummaryJson.fractionText(0)).isEqualTo("0");
    }

    @Test
    void shouldWriteEveryKeyInOrderWithNullForUndefinedMetricsAndExactMoney()
    {
        final Summary summary = new Summary("sma-cross", "BTCUSDT", "1m", 0, 60_000_000_000L, 1, 1_000_000_000_000L,
            1_000_012_345_678L, "abc", 0.0000123456789, null, 0, 0, 0, 0.0, null, null, null, null, null, 0, 0,
            12_345L, null, 0);

        final String json = SummaryJson.render(summary);

        assertThat(json).isEqualTo("""
            {
              "total_return" : 0.000012,
              "cagr" : null,
              "sharpe" : 0,
              "sortino" : 0,
              "max_drawdown" : 0,
              "calmar" : 0,
              "win_rate" : null,
              "profit_factor" : null,
              "avg_win" : null,
              "avg_loss" : null,
              "expectancy" : null,
              "exposure" : 0,
              "trades" : 0,
              "fees" : 0.00012345,
              "buy_and_hold_return" : null,
              "strategy" : "sma-cross",
              "symbol" : "BTCUSDT",
              "interval" : "1m",
              "first_bar" : "1970-01-01T00:00:00Z",
              "last_bar" : "1970-01-01T00:01:00Z",
              "starting_capital" : 10000.00000000,
              "final_equity" : 10000.12345678,
              "config_hash" : "abc"
            }
            """);
    }
}
