package ringfire.engine.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ringfire.engine.risk.Fixtures.BTC_ID;
import static ringfire.engine.risk.Fixtures.ETH_ID;
import static ringfire.engine.risk.Fixtures.btc;
import static ringfire.engine.risk.Fixtures.px;
import static ringfire.engine.risk.Fixtures.qty;
import static ringfire.engine.risk.Fixtures.ratio;
import static ringfire.engine.risk.Fixtures.settings;
import static ringfire.engine.risk.Fixtures.usd;
import static ringfire.engine.risk.ReturnCorrelationTest.T0;
import static ringfire.engine.risk.ReturnCorrelationTest.U;
import static ringfire.engine.risk.ReturnCorrelationTest.correlatedWithU;
import static ringfire.engine.risk.ReturnCorrelationTest.feed;

import ringfire.codecs.Decimals;
import ringfire.codecs.sbe.PositionSide;
import ringfire.codecs.sbe.RiskReason;
import ringfire.codecs.sbe.Side;
import ringfire.codecs.sbe.TradingState;
import ringfire.engine.market.InstrumentSpec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PreTradeCheckTest
{
    private static final StateListener IGNORE = (from, to, reason) ->
    {
    };

    private final TestAccount account = new TestAccount();
    private final EntryRequest request = new EntryRequest();
    private final RiskDecision out = new RiskDecision();
    private RiskSettings settings = RiskSettings.defaults();
    private Breakers breakers = new Breakers(settings);
    private ReturnCorrelation correlation = new ReturnCorrelation(settings.correlationBars());
    private PreTradeCheck check = new PreTradeCheck(settings, breakers, correlation);

    private void use(final RiskSettings s)
    {
        settings = s;
        breakers = new Breakers(s);
        correlation = new ReturnCorrelation(s.correlationBars());
        check = new PreTradeCheck(s, breakers, correlation);
    }

    private boolean check(final InstrumentSpec spec, final Side side, final String confidence, final String entry,
        final String stop, final int leverage)
    {
        request.set(spec, side, ratio(confidence), px(entry), px(stop), 0, leverage);
        final boolean accepted = check.check(request, account, out);
        assertThat(accepted).isEqualTo(out.accepted());
        return accepted;
    }

    private boolean checkLong()
    {
        return check(btc(), Side.BUY, "1", "50000", "40000", 1);
    }

    @Test
    void shouldAcceptASoundEntry()
    {
        assertThat(checkLong()).isTrue();

        assertThat(out.reason()).isNull();
        assertThat(out.qty()).isEqualTo(qty("0.020"));
        assertThat(out.stopPrice()).isEqualTo(px("40000"));
        assertThat(out.liquidationPrice()).isEqualTo(px("250"));
        assertThat(out.correlatedSymbolId()).isZero();
    }

    @Test
    void shouldReportTheEarliestFailingRule()
    {
        use(settings("leverage", "10", "correlation.bars", "4"));
        feed(correlation, BTC_ID, T0, U);
        feed(correlation, ETH_ID, T0, correlatedWithU(0.9));
        breakers.debugBlock(true);
        breakers.pause(IGNORE);
        account.peakEquity = usd("11764.71");
        account.dayPnl = usd("-500");
        account.entriesToday = 20;
        account.position(ETH_ID, PositionSide.LONG).extraOpenPositions = 99;
        account.exposure[BTC_ID] = usd("2000");
        String confidence = "0.5";
        int leverage = 11;
        String stop = "45250";

        final Runnable[] fixes = {
            () -> breakers.debugBlock(false),
            () -> breakers.resume(IGNORE),
            () -> account.peakEquity = usd("10000"),
            () -> account.dayPnl = 0,
            () -> account.entriesToday = 19,
            () -> account.extraOpenPositions = 0,
            null,
            null,
            () -> account.exposure[BTC_ID] = 0,
            null,
            () -> account.position(ETH_ID, PositionSide.SHORT),
        };
        final RiskReason[] expected = {
            RiskReason.DEBUG_BLOCK, RiskReason.TRADING_STATE, RiskReason.DRAWDOWN, RiskReason.DAILY_LOSS,
            RiskReason.DAILY_ENTRIES, RiskReason.MAX_POSITIONS, RiskReason.LEVERAGE, RiskReason.CONFIDENCE,
            RiskReason.SYMBOL_EXPOSURE, RiskReason.LIQUIDATION, RiskReason.CORRELATION,
        };
        for (int i = 0; i < expected.length; i++)
        {
            assertThat(check(btc(), Side.BUY, confidence, "50000", stop, leverage)).isFalse();
            assertThat(out.reason()).as("rule %d", i + 1).isEqualTo(expected[i]);
            switch (i)
            {
                case 6 -> leverage = 10;
                case 7 -> confidence = "1";
                case 9 -> stop = "45250.10";
                default -> fixes[i].run();
            }
        }

        assertThat(check(btc(), Side.BUY, confidence, "50000", stop, leverage)).isTrue();
        assertThat(out.qty()).isEqualTo(qty("0.040"));
        assertThat(out.cappedBy()).isEqualTo(RiskReason.SYMBOL_EXPOSURE);
    }

    @Test
    void shouldReportTheTradingStateAsDetail()
    {
        breakers.halt(IGNORE);

        assertThat(checkLong()).isFalse();

        assertThat(out.reason()).isEqualTo(RiskReason.TRADING_STATE);
        assertThat(out.detail()).isEqualTo(TradingState.HALTED.value());
    }

    @ParameterizedTest(name = "equity {0}")
    @CsvSource({
        "8500.00000001, true",
        "8500, false",
        "8499.99999999, false",
    })
    void shouldRejectEntriesFromFifteenPercentDrawdownWithoutMutatingTheBreakers(
        final String equity, final boolean accepted)
    {
        account.equity = usd(equity);

        assertThat(checkLong()).isEqualTo(accepted);

        if (!accepted)
        {
            assertThat(out.reason()).isEqualTo(RiskReason.DRAWDOWN);
            assertThat(out.detail()).isEqualTo(account.drawdown());
        }
        assertThat(breakers.drawdownPaused()).isFalse();
    }

    @ParameterizedTest(name = "dayPnl {0}")
    @CsvSource({
        "-499.99999999, true",
        "-500, false",
        "-500.00000001, false",
    })
    void shouldRejectEntriesAtFivePercentDailyLoss(final String dayPnl, final boolean accepted)
    {
        account.dayPnl = usd(dayPnl);

        assertThat(checkLong()).isEqualTo(accepted);

        if (!accepted)
        {
            assertThat(out.reason()).isEqualTo(RiskReason.DAILY_LOSS);
            assertThat(out.detail()).isEqualTo(-usd(dayPnl));
        }
    }

    @Test
    void shouldKeepRejectingAfterADailyLossUntilTheDayRolls()
    {
        account.dayPnl = usd("-500");
        breakers.evaluate(account, IGNORE);
        account.dayPnl = usd("50");

        assertThat(checkLong()).isFalse();
        assertThat(out.reason()).isEqualTo(RiskReason.DAILY_LOSS);

        breakers.onDayRoll(IGNORE);

        assertThat(checkLong()).isTrue();
    }

    @ParameterizedTest(name = "{0} entries today")
    @CsvSource({"19, true", "20, false", "21, false"})
    void shouldRejectTheTwentyFirstEntryOfTheDay(final int entriesToday, final boolean accepted)
    {
        account.entriesToday = entriesToday;

        assertThat(checkLong()).isEqualTo(accepted);

        if (!accepted)
        {
            assertThat(out.reason()).isEqualTo(RiskReason.DAILY_ENTRIES);
            assertThat(out.detail()).isEqualTo(entriesToday);
        }
    }

    @ParameterizedTest(name = "{0} open positions")
    @CsvSource({"99, true", "100, false", "101, false"})
    void shouldLimitConcurrentPositionsToOnePerHundredUsdtOfEquity(final int open, final boolean accepted)
    {
        account.extraOpenPositions = open;

        assertThat(checkLong()).isEqualTo(accepted);

        if (!accepted)
        {
            assertThat(out.reason()).isEqualTo(RiskReason.MAX_POSITIONS);
            assertThat(out.detail()).isEqualTo(open);
        }
    }

    @Test
    void shouldNotCountAnEntryIntoAnAlreadyOpenSymbolAsANewPosition()
    {
        account.position(BTC_ID, PositionSide.LONG).extraOpenPositions = 99;

        assertThat(checkLong()).isTrue();
    }

    @ParameterizedTest(name = "equity {0} -> {1}")
    @CsvSource({
        "-5, 1",
        "0, 1",
        "99.99999999, 1",
        "100, 1",
        "199.99999999, 1",
        "200, 2",
        "200.00000001, 2",
        "10000, 100",
    })
    void shouldAllowMaxOfOneAndFloorEquityOverHundredPositions(final String equity, final int expected)
    {
        account.equity = usd(equity);

        assertThat(check.maxPositions(account)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "configured {0}, instrument max {1}, asked {2}")
    @CsvSource({
        "10, 20, 9, true",
        "10, 20, 10, true",
        "10, 20, 11, false",
        "50, 20, 19, true",
        "50, 20, 20, true",
        "50, 20, 21, false",
        "10, 20, 0, false",
    })
    void shouldCapLeverageByConfigurationAndInstrument(final String configured, final int instrumentMax,
        final int leverage, final boolean accepted)
    {
        use(settings("leverage", configured));

        assertThat(check(btc("0.001", "0.001", "5", instrumentMax), Side.BUY, "1", "50000", "49000", leverage))
            .isEqualTo(accepted);

        if (!accepted)
        {
            assertThat(out.reason()).isEqualTo(RiskReason.LEVERAGE);
            assertThat(out.detail()).isEqualTo(leverage);
        }
    }

    @ParameterizedTest(name = "{0} stop {1}")
    @CsvSource({
        "BUY, 45249.99, false",
        "BUY, 45250.00, false",
        "BUY, 45250.01, true",
        "SELL, 54749.99, true",
        "SELL, 54750.00, false",
        "SELL, 54750.01, false",
    })
    void shouldRejectAStopBeyondTheLiquidationPrice(final Side side, final String stop, final boolean accepted)
    {
        use(settings("leverage", "10"));

        assertThat(check(btc(), side, "1", "50000", stop, 10)).isEqualTo(accepted);

        assertThat(out.liquidationPrice()).isEqualTo(px(side == Side.BUY ? "45250" : "54750"));
        if (!accepted)
        {
            assertThat(out.reason()).isEqualTo(RiskReason.LIQUIDATION);
            assertThat(out.detail()).isEqualTo(out.liquidationPrice());
        }
    }

    private void correlated(final double target, final PositionSide ethSide)
    {
        feed(correlation, BTC_ID, T0, U);
        feed(correlation, ETH_ID, T0, correlatedWithU(target));
        account.position(ETH_ID, ethSide);
    }

    @ParameterizedTest(name = "correlation {0}")
    @CsvSource({"0.79999995, true", "0.8, true", "0.80000005, false", "0.99, false"})
    void shouldRejectAnEntryCorrelatedAboveTheThresholdWithASameSidePosition(
        final double target, final boolean accepted)
    {
        use(settings("correlation.bars", "4"));
        correlated(target, PositionSide.LONG);

        assertThat(checkLong()).isEqualTo(accepted);

        if (!accepted)
        {
            assertThat(out.reason()).isEqualTo(RiskReason.CORRELATION);
            assertThat(out.detail()).isEqualTo(correlation.correlationRatio(BTC_ID, ETH_ID))
                .isGreaterThan(ratio("0.8"));
            assertThat(out.correlatedSymbolId()).isEqualTo(ETH_ID);
        }
    }

    @Test
    void shouldCompareTheRoundedCorrelationStrictlyWithTheThreshold()
    {
        use(settings("correlation.bars", "4"));
        correlated(0.85, PositionSide.LONG);
        final long c = correlation.correlationRatio(BTC_ID, ETH_ID);

        for (final long threshold : new long[] {c + 1, c, c - 1})
        {
            use(settings("correlation.bars", "4", "correlation.threshold", Decimals.format(threshold, 8)));
            correlated(0.85, PositionSide.LONG);

            assertThat(checkLong()).as("threshold %d, correlation %d", threshold, c).isEqualTo(threshold >= c);
        }
    }

    @Test
    void shouldIgnoreCorrelationWithOppositeSidesUnknownSeriesAndTheSameSymbol()
    {
        use(settings("correlation.bars", "4"));
        correlated(0.99, PositionSide.SHORT);
        account.position(BTC_ID, PositionSide.LONG).position(3, PositionSide.LONG);

        assertThat(checkLong()).isTrue();
        assertThat(check(btc(), Side.SELL, "1", "50000", "60000", 1)).isFalse();
        assertThat(out.reason()).isEqualTo(RiskReason.CORRELATION);
    }

    @Test
    void shouldSkipTheCorrelationGuardWhenDisabled()
    {
        use(settings("correlation.bars", "4", "correlation.enabled", "false"));
        correlated(0.99, PositionSide.LONG);

        assertThat(checkLong()).isTrue();
    }

    @Test
    void shouldRefuseACorrelationWindowOfAnotherLength()
    {
        assertThatThrownBy(() -> new PreTradeCheck(settings, breakers, new ReturnCorrelation(4)))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageStartingWith("risk.correlation.bars");
    }

    @Test
    void shouldClearThePreviousOutcome()
    {
        account.entriesToday = 20;
        assertThat(checkLong()).isFalse();
        account.entriesToday = 0;

        assertThat(checkLong()).isTrue();

        assertThat(out.reason()).isNull();
        assertThat(out.detail()).isZero();
    }
}
