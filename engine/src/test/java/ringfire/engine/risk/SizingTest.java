package ringfire.engine.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static ringfire.engine.risk.Fixtures.BTC_ID;
import static ringfire.engine.risk.Fixtures.btc;
import static ringfire.engine.risk.Fixtures.px;
import static ringfire.engine.risk.Fixtures.qty;
import static ringfire.engine.risk.Fixtures.ratio;
import static ringfire.engine.risk.Fixtures.settings;
import static ringfire.engine.risk.Fixtures.usd;

import ringfire.codecs.sbe.RiskReason;
import ringfire.codecs.sbe.Side;
import ringfire.engine.market.InstrumentSpec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Equity and balance 10 000 USDT: r = 0.02, so confidence 1 risks 200 USDT. */
class SizingTest
{
    private final TestAccount account = new TestAccount();
    private final EntryRequest request = new EntryRequest();
    private final RiskDecision out = new RiskDecision();

    private boolean size(final RiskSettings s, final InstrumentSpec spec, final Side side, final String confidence,
        final String entry, final String stop, final String atr, final int leverage)
    {
        request.set(spec, side, ratio(confidence), px(entry), px(stop), px(atr), leverage);
        return new Sizing(s).size(request, account, out);
    }

    private boolean sizeLong(final String confidence, final String entry, final String stop)
    {
        return size(RiskSettings.defaults(), btc(), Side.BUY, confidence, entry, stop, "0", 1);
    }

    @Test
    void shouldSizeRiskOverStopDistance()
    {
        assertThat(sizeLong("1", "50000", "40000")).isTrue();

        assertThat(out.qty()).isEqualTo(qty("0.020"));
        assertThat(out.stopPrice()).isEqualTo(px("40000"));
        assertThat(out.riskFraction()).isEqualTo(ratio("0.02"));
        assertThat(out.confidenceFactor()).isEqualTo(ratio("1"));
        assertThat(out.cappedBy()).isNull();
    }

    @Test
    void shouldSizeAShortWithItsStopAbove()
    {
        assertThat(size(RiskSettings.defaults(), btc(), Side.SELL, "1", "50000", "60000", "0", 1)).isTrue();

        assertThat(out.qty()).isEqualTo(qty("0.020"));
        assertThat(out.stopPrice()).isEqualTo(px("60000"));
    }

    @ParameterizedTest(name = "confidence {0}")
    @CsvSource({
        "0.5499, CONFIDENCE, 54990000, -1",
        "0.54999999, CONFIDENCE, 54999999, -1",
        "0.55, MIN_QTY, 0, 0",
        "0.5501, MIN_QTY, 0, 22222",
    })
    void shouldGateOnMinimumConfidence(final String confidence, final RiskReason reason, final long detail,
        final long factor)
    {
        assertThat(sizeLong(confidence, "50000", "40000")).isFalse();

        assertThat(out.reason()).isEqualTo(reason);
        assertThat(out.detail()).isEqualTo(detail);
        if (factor >= 0)
        {
            assertThat(out.confidenceFactor()).isEqualTo(factor);
        }
    }

    @ParameterizedTest(name = "confidence {0} -> factor {1}, qty {2}")
    @CsvSource({
        "0.775, 0.5, 0.010",
        "0.8875, 0.75, 0.015",
        "1, 1, 0.020",
        "1.5, 1, 0.020",
    })
    void shouldScaleByTheConfidenceFactor(final String confidence, final String factor, final String quantity)
    {
        assertThat(sizeLong(confidence, "50000", "40000")).isTrue();

        assertThat(out.confidenceFactor()).isEqualTo(ratio(factor));
        assertThat(out.qty()).isEqualTo(qty(quantity));
    }

    @Test
    void shouldRoundTheConfidenceFactorDown()
    {
        final Sizing sizing = new Sizing(RiskSettings.defaults());

        assertThat(sizing.confidenceFactor(ratio("0.6"))).isEqualTo(ratio("0.11111111"));
        assertThat(sizing.confidenceFactor(ratio("0.54999999"))).isNegative();
        assertThat(sizing.confidenceFactor(ratio("0.55"))).isZero();
    }

    @ParameterizedTest(name = "stop {1} -> qty {2}")
    @CsvSource({
        "0.005, 42000, 0.025",
        "0.005, 41999.90, 0.020",
        "0.005, 42000.10, 0.025",
        "0.001, 41999.90, 0.024",
    })
    void shouldRoundTheQuantityDownToTheStep(final String step, final String stop, final String expected)
    {
        assertThat(size(RiskSettings.defaults(), btc(step, step, "5", 100), Side.BUY, "1", "50000", stop, "0", 1))
            .isTrue();

        assertThat(out.qty()).isEqualTo(qty(expected));
    }

    @ParameterizedTest(name = "stop {0}")
    @CsvSource({
        "27777.78, false, 0.009",
        "30000, true, 0.010",
        "31818.19, true, 0.011",
    })
    void shouldRejectBelowTheMinimumQuantity(final String stop, final boolean accepted, final String quantity)
    {
        assertThat(size(RiskSettings.defaults(), btc("0.001", "0.010", "5", 100), Side.BUY, "1", "50000", stop, "0", 1))
            .isEqualTo(accepted);

        assertThat(out.qty()).isEqualTo(qty(quantity));
        if (!accepted)
        {
            assertThat(out.reason()).isEqualTo(RiskReason.MIN_QTY);
            assertThat(out.detail()).isEqualTo(qty(quantity));
        }
    }

    @ParameterizedTest(name = "entry {0}")
    @CsvSource({
        "49999, false, 499.99",
        "50000, true, 500",
        "50001, true, 500.01",
    })
    void shouldRejectBelowTheMinimumNotional(final String entry, final boolean accepted, final String notional)
    {
        final String stop = Long.toString(Long.parseLong(entry) - 20000);

        assertThat(size(RiskSettings.defaults(), btc("0.001", "0.001", "500", 100), Side.BUY, "1", entry, stop, "0", 1))
            .isEqualTo(accepted);

        assertThat(out.qty()).isEqualTo(qty("0.010"));
        if (!accepted)
        {
            assertThat(out.reason()).isEqualTo(RiskReason.MIN_NOTIONAL);
            assertThat(out.detail()).isEqualTo(usd(notional));
        }
    }

    @ParameterizedTest(name = "entry {0}")
    @CsvSource({
        "49999, false, 499.99",
        "50000, true, 500",
        "50001, true, 500.01",
    })
    void shouldRejectAPositionTooSmallForTheEquity(final String entry, final boolean accepted, final String notional)
    {
        final String stop = Long.toString(Long.parseLong(entry) - 20000);

        assertThat(size(settings("minPositionFraction", "0.05"), btc(), Side.BUY, "1", entry, stop, "0", 1))
            .isEqualTo(accepted);

        if (!accepted)
        {
            assertThat(out.reason()).isEqualTo(RiskReason.POSITION_TOO_SMALL);
            assertThat(out.detail()).isEqualTo(usd(notional));
        }
    }

    @Test
    void shouldCompareWithTheExactMinimumPositionSize()
    {
        account.equity = usd("10000.00000001");

        assertThat(size(settings("minPositionFraction", "0.05"), btc(), Side.BUY, "1", "50000", "30000", "0", 1))
            .isFalse();

        assertThat(out.reason()).isEqualTo(RiskReason.POSITION_TOO_SMALL);
        assertThat(out.detail()).isEqualTo(usd("500"));
    }

    @ParameterizedTest(name = "stop {0}")
    @CsvSource({
        "44999.99, 0.039, ",
        "45000, 0.040, ",
        "46000, 0.040, POSITION_NOTIONAL",
    })
    void shouldCapThePositionNotional(final String stop, final String quantity, final RiskReason cappedBy)
    {
        assertThat(sizeLong("1", "50000", stop)).isTrue();

        assertThat(out.qty()).isEqualTo(qty(quantity));
        assertThat(out.cappedBy()).isEqualTo(cappedBy);
    }

    @Test
    void shouldScaleTheNotionalCapWithLeverageUnderTheExposureCap()
    {
        assertThat(size(settings("maxSymbolExposure", "2"), btc(), Side.BUY, "1", "50000", "49000", "0", 5)).isTrue();

        assertThat(out.qty()).isEqualTo(qty("0.200"));
        assertThat(out.cappedBy()).isNull();

        assertThat(size(settings("maxSymbolExposure", "2"), btc(), Side.BUY, "1", "50000", "49500", "0", 5)).isTrue();

        assertThat(out.qty()).isEqualTo(qty("0.200"));
        assertThat(out.cappedBy()).isEqualTo(RiskReason.POSITION_NOTIONAL);
    }

    @ParameterizedTest(name = "existing exposure {0}")
    @CsvSource({
        "0, true, 0.040, POSITION_NOTIONAL, 0",
        "1500, true, 0.010, SYMBOL_EXPOSURE, 0",
        "1999.99999999, false, 0, SYMBOL_EXPOSURE, 0",
        "2000, false, 0, SYMBOL_EXPOSURE, 2000",
        "2000.00000001, false, 0, SYMBOL_EXPOSURE, 2000.00000001",
    })
    void shouldCapTheSymbolExposureIncludingWhatIsAlreadyOpen(final String exposure, final boolean accepted,
        final String quantity, final RiskReason reason, final String detail)
    {
        account.exposure[BTC_ID] = usd(exposure);

        assertThat(sizeLong("1", "50000", "49000")).isEqualTo(accepted);

        assertThat(out.qty()).isEqualTo(qty(quantity));
        if (accepted)
        {
            assertThat(out.cappedBy()).isEqualTo(reason);
        }
        else
        {
            assertThat(out.reason()).isEqualTo(reason);
            assertThat(out.detail()).isEqualTo(usd(detail));
        }
    }

    @Test
    void shouldCapRatherThanOverflowWhenTheStopIsExtremelyClose()
    {
        final InstrumentSpec fine = new InstrumentSpec(7, "FINEUSDT", 8, 8, 1, 1, 1, usd("5"), 100, ratio("0.005"));
        account.equity = usd("1000000000");
        account.balance = account.equity;
        request.set(fine, Side.BUY, ratio("1"), 5_000_000_000_000L, 4_999_999_999_999L, 0, 1);

        assertThat(new Sizing(RiskSettings.defaults()).size(request, account, out)).isTrue();

        assertThat(out.cappedBy()).isEqualTo(RiskReason.POSITION_NOTIONAL);
        assertThat(out.qty()).isEqualTo(400_000_000_000L);
    }

    @Test
    void shouldReportTheCapEvenWhenTheUncappedQuantityIsTooLargeToPrice()
    {
        final InstrumentSpec fine = new InstrumentSpec(7, "FINEUSDT", 8, 8, 1, 1, 5_000_000_000_000L, usd("5"), 100,
            ratio("0.005"));
        account.equity = usd("1000000000");
        account.balance = account.equity;
        request.set(fine, Side.BUY, ratio("1"), 5_000_000_000_000L, 4_999_999_999_999L, 0, 1);

        assertThat(new Sizing(RiskSettings.defaults()).size(request, account, out)).isFalse();

        assertThat(out.reason()).isEqualTo(RiskReason.POSITION_NOTIONAL);
    }

    @Test
    void shouldReportTheCapWhenItAloneMadeTheOrderTooSmall()
    {
        assertThat(size(RiskSettings.defaults(), btc("0.001", "0.050", "5", 100), Side.BUY, "1", "50000", "49000",
            "0", 1)).isFalse();

        assertThat(out.reason()).isEqualTo(RiskReason.POSITION_NOTIONAL);
        assertThat(out.detail()).isEqualTo(qty("0.040"));
    }

    @Test
    void shouldReportTheMinimumWhenTheUncappedOrderIsTooSmallAnyway()
    {
        assertThat(size(RiskSettings.defaults(), btc("0.001", "1", "5", 100), Side.BUY, "1", "50000", "49000",
            "0", 1)).isFalse();

        assertThat(out.reason()).isEqualTo(RiskReason.MIN_QTY);
        assertThat(out.detail()).isEqualTo(qty("0.040"));
    }

    @ParameterizedTest(name = "{0} atr {1} x {2}")
    @CsvSource({
        "BUY, 500, 2, 49000.00",
        "SELL, 500, 2, 51000.00",
        "BUY, 333.33, 2, 49333.30",
        "SELL, 333.33, 2, 50666.70",
        "BUY, 0.01, 1.5, 49999.90",
        "SELL, 0.01, 1.5, 50000.10",
        "SELL, 0.05, 2, 50000.10",
        "BUY, 0.05, 2, 49999.90",
    })
    void shouldFallBackToAnAtrStopOnTheTickGrid(final Side side, final String atr, final String multiple,
        final String expected)
    {
        assertThat(size(settings("sizing.stopAtrMultiple", multiple), btc(), side, "1", "50000", "0", atr, 1))
            .isTrue();

        assertThat(out.stopPrice()).isEqualTo(px(expected));
    }

    @Test
    void shouldRoundTheAtrDistanceUpBeforeTheTickGrid()
    {
        final Sizing sizing = new Sizing(settings("sizing.stopAtrMultiple", "1.5"));

        assertThat(sizing.stopFor(Side.BUY, px("50000"), 0, px("0.01"), px("0.01"))).isEqualTo(px("49999.98"));
        assertThat(sizing.stopFor(Side.SELL, px("50000"), 0, px("0.01"), px("0.01"))).isEqualTo(px("50000.02"));
        assertThat(sizing.stopFor(Side.BUY, px("50000"), 0, px("0.02"), px("0.01"))).isEqualTo(px("49999.97"));
        assertThat(sizing.stopFor(Side.BUY, px("50000"), px("45000"), px("0.02"), px("0.01"))).isEqualTo(px("45000"));
    }

    @ParameterizedTest(name = "{0} entry {1} stop {2} atr {3}")
    @CsvSource({
        "BUY, 50000, 0, 0, 0",
        "BUY, 0, 40000, 0, 40000",
        "BUY, 50000, 50000, 0, 50000",
        "BUY, 50000, 50000.01, 500, 50000.01",
        "SELL, 50000, 49999.99, 0, 49999.99",
        "BUY, 50000, 0, 25000, 0",
    })
    void shouldRejectWithoutAUsableStop(final Side side, final String entry, final String stop, final String atr,
        final String detail)
    {
        assertThat(size(RiskSettings.defaults(), btc(), side, "1", entry, stop, atr, 1)).isFalse();

        assertThat(out.reason()).isEqualTo(RiskReason.NO_PRICE);
        assertThat(out.detail()).isEqualTo(px(entry) == 0 ? 0 : px(stop));
    }

    @Test
    void shouldCheckConfidenceBeforePrices()
    {
        assertThat(size(RiskSettings.defaults(), btc(), Side.BUY, "0.5", "0", "0", "0", 1)).isFalse();

        assertThat(out.reason()).isEqualTo(RiskReason.CONFIDENCE);
    }

    @Test
    void shouldUseTheBalanceForTheRiskFractionAndTheEquityForTheAmount()
    {
        account.balance = usd("55000");
        account.equity = usd("20000");

        assertThat(sizeLong("1", "50000", "30000")).isTrue();

        assertThat(out.riskFraction()).isEqualTo(ratio("0.01"));
        assertThat(out.qty()).isEqualTo(qty("0.010"));
    }
}
