package ringfire.engine.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static ringfire.engine.risk.Fixtures.usd;

import ringfire.codecs.sbe.TradingState;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BreakersTest
{
    private final List<String> events = new ArrayList<>();
    private final StateListener listener = (from, to, reason) -> events.add(from + ">" + to + ":" + reason);
    private final Breakers breakers = new Breakers(RiskSettings.defaults());
    private final TestAccount account = new TestAccount();

    private List<String> evaluateAt(final String equity)
    {
        account.equity = usd(equity);
        events.clear();
        breakers.evaluate(account, listener);
        return List.copyOf(events);
    }

    @ParameterizedTest(name = "equity {0} of peak 10000")
    @CsvSource({
        "8500.00000001, false, 14999999",
        "8500, true, 15000000",
        "8499.99999999, true, 15000000",
    })
    void shouldPauseEntriesAtFifteenPercentDrawdown(final String equity, final boolean paused, final long drawdown)
    {
        final List<String> reported = evaluateAt(equity);

        assertThat(account.drawdown()).isEqualTo(drawdown);
        assertThat(breakers.drawdownPaused()).isEqualTo(paused);
        assertThat(breakers.state()).isEqualTo(TradingState.RUNNING);
        assertThat(reported).isEqualTo(paused ? List.of("RUNNING>RUNNING:DRAWDOWN_SOFT") : List.of());
    }

    @Test
    void shouldLiftThePauseOnlyWhenDrawdownIsBackBelowFifteenPercent()
    {
        evaluateAt("8400");

        assertThat(evaluateAt("8500")).isEmpty();
        assertThat(breakers.drawdownPaused()).isTrue();
        assertThat(evaluateAt("8500.00000001")).containsExactly("RUNNING>RUNNING:RECOVERED");
        assertThat(breakers.drawdownPaused()).isFalse();
        assertThat(evaluateAt("9000")).isEmpty();
        assertThat(evaluateAt("8500")).containsExactly("RUNNING>RUNNING:DRAWDOWN_SOFT");
    }

    @ParameterizedTest(name = "equity {0} of peak 10000")
    @CsvSource({
        "8000.00000001, RUNNING",
        "8000, HALTED",
        "7999.99999999, HALTED",
    })
    void shouldHaltAtTwentyPercentDrawdown(final String equity, final TradingState state)
    {
        evaluateAt("8100");

        final List<String> reported = evaluateAt(equity);

        assertThat(breakers.state()).isEqualTo(state);
        assertThat(reported).isEqualTo(
            state == TradingState.HALTED ? List.of("RUNNING>HALTED:DRAWDOWN_HARD") : List.of());
    }

    @Test
    void shouldReportSoftThenHardWhenDrawdownJumpsPastBoth()
    {
        assertThat(evaluateAt("7000")).containsExactly("RUNNING>RUNNING:DRAWDOWN_SOFT", "RUNNING>HALTED:DRAWDOWN_HARD");
        assertThat(evaluateAt("7000")).isEmpty();
    }

    @Test
    void shouldHaltAgainAfterResumeWhileDrawdownIsStillAtTheHaltLevel()
    {
        evaluateAt("8000");
        events.clear();

        assertThat(breakers.resume(listener)).isTrue();
        assertThat(breakers.state()).isEqualTo(TradingState.RUNNING);
        assertThat(evaluateAt("8000")).containsExactly("RUNNING>HALTED:DRAWDOWN_HARD");
    }

    @Test
    void shouldStayHaltedAfterRecoveryUntilAnOperatorResumes()
    {
        evaluateAt("8000");

        assertThat(evaluateAt("8000.00000001")).isEmpty();
        assertThat(breakers.state()).isEqualTo(TradingState.HALTED);
        assertThat(evaluateAt("9000")).containsExactly("HALTED>HALTED:RECOVERED");
        assertThat(breakers.state()).isEqualTo(TradingState.HALTED);

        events.clear();
        breakers.resume(listener);

        assertThat(events).containsExactly("HALTED>RUNNING:OPERATOR");
        assertThat(evaluateAt("9000")).isEmpty();
        assertThat(breakers.state()).isEqualTo(TradingState.RUNNING);
    }

    @Test
    void shouldKeepRunningAfterResumeWhenDrawdownIsJustBelowTheHaltLevel()
    {
        evaluateAt("8000");
        breakers.resume(listener);

        assertThat(evaluateAt("8000.00000001")).isEmpty();
        assertThat(breakers.state()).isEqualTo(TradingState.RUNNING);
        assertThat(breakers.drawdownPaused()).isTrue();
    }

    @Test
    void shouldReportOperatorChangesOnlyWhenTheStateChanges()
    {
        assertThat(breakers.resume(listener)).isFalse();
        assertThat(breakers.pause(listener)).isTrue();
        assertThat(breakers.pause(listener)).isFalse();
        assertThat(breakers.halt(listener)).isTrue();
        assertThat(breakers.pause(listener)).isTrue();
        assertThat(breakers.resume(listener)).isTrue();

        assertThat(events).containsExactly(
            "RUNNING>PAUSED:OPERATOR", "PAUSED>HALTED:OPERATOR", "HALTED>PAUSED:OPERATOR", "PAUSED>RUNNING:OPERATOR");
    }

    @Test
    void shouldReportSoftBlocksWithTheCurrentState()
    {
        breakers.pause(listener);

        assertThat(evaluateAt("8500")).containsExactly("PAUSED>PAUSED:DRAWDOWN_SOFT");
        assertThat(evaluateAt("7500")).containsExactly("PAUSED>HALTED:DRAWDOWN_HARD");
    }

    @ParameterizedTest(name = "dayPnl {0}, start {1}")
    @CsvSource({
        "-499.99999999, 10000, false",
        "-500, 10000, true",
        "-500.00000001, 10000, true",
        "-500, 10000.00000001, false",
        "-500.00000001, 10000.00000001, true",
    })
    void shouldBlockEntriesWhenTheDailyLossReachesFivePercent(
        final String dayPnl, final String startOfDay, final boolean blocked)
    {
        account.dayPnl = usd(dayPnl);
        account.startOfDayEquity = usd(startOfDay);

        final List<String> reported = evaluateAt("10000");

        assertThat(breakers.dailyLossBlocked()).isEqualTo(blocked);
        assertThat(breakers.dailyLossReached(account)).isEqualTo(blocked);
        assertThat(reported).isEqualTo(blocked ? List.of("RUNNING>RUNNING:DAILY_LOSS") : List.of());
        assertThat(breakers.state()).isEqualTo(TradingState.RUNNING);
    }

    @Test
    void shouldKeepTheDailyLossBlockUntilTheDayRolls()
    {
        account.dayPnl = usd("-500");
        evaluateAt("10000");
        account.dayPnl = usd("100");

        assertThat(evaluateAt("10000")).isEmpty();
        assertThat(breakers.dailyLossBlocked()).isTrue();

        events.clear();
        breakers.onDayRoll(listener);
        breakers.onDayRoll(listener);

        assertThat(events).containsExactly("RUNNING>RUNNING:DAY_ROLL");
        assertThat(breakers.dailyLossBlocked()).isFalse();
    }

    @Test
    void shouldNotReportADayRollWhenNothingWasBlocked()
    {
        breakers.onDayRoll(listener);

        assertThat(events).isEmpty();
    }

    @Test
    void shouldUseTheExactDailyLossLimit()
    {
        account.startOfDayEquity = usd("3333.33333333");

        assertThat(breakers.dailyLossLimit(account)).isEqualTo(usd("166.66666667"));
    }
}
