package ringfire.engine.account;

import org.junit.jupiter.api.Test;
import ringfire.codecs.sbe.Side;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static ringfire.engine.account.Accounts.btc;
import static ringfire.engine.account.Accounts.money;
import static ringfire.engine.account.Accounts.price;

class TradingDayTest
{
    private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");
    private static final long HOUR = 3_600_000_000_000L;

    private static long ns(final String utc)
    {
        final Instant i = Instant.parse(utc);
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    @Test
    void shouldRollExactlyAtSydneyMidnight()
    {
        final Ledger ledger = Accounts.ledger();
        // winter (AEST, UTC+10): 2025-06-16 00:00 Sydney = 2025-06-15T14:00Z
        final long midnight = ns("2025-06-15T14:00:00Z");
        assertThat(ledger.onTime(ns("2025-06-15T00:00:00Z"))).as("first call establishes the day").isFalse();
        assertThat(ledger.tradingDay().nextDayStartNs()).isEqualTo(midnight);
        assertThat(ledger.tradingDay().dayStartNs()).isEqualTo(midnight - 24 * HOUR);
        assertThat(ledger.tradingDay().epochDay()).isEqualTo(LocalDate.of(2025, 6, 15).toEpochDay());
        assertThat(ledger.onTime(midnight - 1)).isFalse();
        assertThat(ledger.onTime(midnight)).isTrue();
        assertThat(ledger.onTime(midnight + 1)).isFalse();
        assertThat(ledger.tradingDay().epochDay()).isEqualTo(LocalDate.of(2025, 6, 16).toEpochDay());
    }

    @Test
    void shouldRollOnTheFirstEventAfterMidnight()
    {
        final TradingDay day = new TradingDay(SYDNEY);
        final long midnight = ns("2025-06-15T14:00:00Z");
        assertThat(day.onTime(midnight - 1)).isFalse();
        assertThat(day.onTime(midnight + 1)).isTrue();
        assertThat(day.onTime(midnight - 1)).as("time going back never rolls").isFalse();
        assertThat(day.dayStartNs()).isEqualTo(midnight);
    }

    @Test
    void shouldStartTheFirstDayAtMidnightWithoutRolling()
    {
        final TradingDay day = new TradingDay(SYDNEY);
        final long midnight = ns("2025-06-15T14:00:00Z");
        assertThat(day.onTime(midnight)).isFalse();
        assertThat(day.dayStartNs()).isEqualTo(midnight);
        assertThat(day.onTime(midnight + 24 * HOUR - 1)).isFalse();
        assertThat(day.onTime(midnight + 24 * HOUR)).isTrue();
    }

    @Test
    void shouldHaveA25HourDayWhenDaylightSavingEnds()
    {
        // 2025-04-06: 03:00 AEDT (UTC+11) becomes 02:00 AEST (UTC+10)
        final TradingDay day = new TradingDay(SYDNEY);
        assertThat(day.onTime(ns("2025-04-05T13:30:00Z"))).isFalse();
        assertThat(day.dayStartNs()).isEqualTo(ns("2025-04-05T13:00:00Z"));
        final long next = ns("2025-04-06T14:00:00Z");
        assertThat(day.nextDayStartNs()).isEqualTo(next).isEqualTo(day.dayStartNs() + 25 * HOUR);
        assertThat(day.onTime(ns("2025-04-06T13:00:00Z"))).as("24 h later is 23:00 local").isFalse();
        assertThat(day.onTime(next - 1)).isFalse();
        assertThat(day.onTime(next)).isTrue();
        assertThat(day.onTime(next + 1)).isFalse();
        assertThat(day.nextDayStartNs()).isEqualTo(next + 24 * HOUR);
    }

    @Test
    void shouldHaveA23HourDayWhenDaylightSavingStarts()
    {
        // 2025-10-05: 02:00 AEST (UTC+10) becomes 03:00 AEDT (UTC+11)
        final TradingDay day = new TradingDay(SYDNEY);
        assertThat(day.onTime(ns("2025-10-04T14:30:00Z"))).isFalse();
        assertThat(day.dayStartNs()).isEqualTo(ns("2025-10-04T14:00:00Z"));
        final long next = ns("2025-10-05T13:00:00Z");
        assertThat(day.nextDayStartNs()).isEqualTo(next).isEqualTo(day.dayStartNs() + 23 * HOUR);
        assertThat(day.onTime(next - 1)).isFalse();
        assertThat(day.onTime(next)).isTrue();
        assertThat(day.onTime(next + 1)).isFalse();
        assertThat(day.epochDay()).isEqualTo(LocalDate.of(2025, 10, 6).toEpochDay());
        assertThat(day.nextDayStartNs()).isEqualTo(ns("2025-10-06T13:00:00Z"));
    }

    @Test
    void shouldRollOnceOverSeveralDays()
    {
        final TradingDay day = new TradingDay(SYDNEY);
        day.onTime(ns("2025-06-15T00:00:00Z"));
        assertThat(day.onTime(ns("2025-06-20T00:00:00Z"))).isTrue();
        assertThat(day.epochDay()).isEqualTo(LocalDate.of(2025, 6, 20).toEpochDay());
        assertThat(day.nextDayStartNs()).isEqualTo(ns("2025-06-20T14:00:00Z"));
    }

    @Test
    void shouldFollowTheConfiguredZone()
    {
        final Ledger ledger = new Ledger(new LedgerSettings(money("1000"), 1, 10, ZoneId.of("UTC")), Accounts.BTC);
        ledger.onTime(ns("2025-06-15T14:00:00Z"));
        assertThat(ledger.onTime(ns("2025-06-15T23:59:59.999999999Z"))).isFalse();
        assertThat(ledger.onTime(ns("2025-06-16T00:00:00Z"))).isTrue();
    }

    @Test
    void shouldResetStartOfDayEquityAndEntriesOnTheRoll()
    {
        final Ledger ledger = Accounts.ledger();
        final long midnight = ns("2025-06-15T14:00:00Z");
        ledger.onTime(midnight - HOUR);
        ledger.applyFill(1, Side.BUY, price("60000.00"), btc("0.100"), 0, midnight - HOUR);
        ledger.recordEntry();
        ledger.mark(1, price("60100.00"));
        assertThat(ledger.dayPnl()).isEqualTo(money("10.00"));
        assertThat(ledger.onTime(midnight - 1)).isFalse();
        assertThat(ledger.entriesToday()).isEqualTo(1);
        assertThat(ledger.startOfDayEquity()).isEqualTo(money("10000"));

        assertThat(ledger.onTime(midnight)).isTrue();
        assertThat(ledger.entriesToday()).isZero();
        assertThat(ledger.startOfDayEquity()).isEqualTo(money("10010.00"));
        assertThat(ledger.dayPnl()).isZero();
        ledger.mark(1, price("60050.00"));
        assertThat(ledger.dayPnl()).isEqualTo(money("-5.00"));
    }
}
