package ringfire.engine.execution.paper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class PaperFundingTest
{
    private static final long SECOND = 1_000_000_000L;
    private static final long HOUR = 3600 * SECOND;
    private static final long DAY = epochNs("2024-03-01T00:00:00Z");

    private final PaperFixture f = new PaperFixture();
    private final PaperBroker broker = f.broker;

    PaperFundingTest()
    {
        f.positions[1] = 10; // long 0.010 BTC
        f.marks[1] = 10_000_000; // 100000.00
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-03-01T00:00:00Z", "2024-03-01T08:00:00Z", "2024-03-01T16:00:00Z"})
    void shouldSettleFundingAtTheUtcFundingTimeNotBeforeAndOnlyOnce(final String time)
    {
        final long t = epochNs(time);
        broker.onTime(t - HOUR);

        assertThat(broker.onTime(t - 1)).isZero();
        assertThat(broker.onTime(t)).isEqualTo(1);
        assertThat(broker.onTime(t + 1)).isZero();

        // 1000 USDT * 0.0001 = 0.1 USDT paid by the long.
        assertThat(f.funding()).containsExactly("1 10000 10000000 10 10000000 " + t);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-03-01T00:00:00Z", "2024-03-01T08:00:00Z", "2024-03-01T16:00:00Z"})
    void shouldSettleFundingWhenTheFirstEventAfterTheFundingTimeIsLater(final String time)
    {
        final long t = epochNs(time);
        broker.onTime(t - 1);

        assertThat(broker.onTime(t + 1)).isEqualTo(1);
        assertThat(f.funding()).singleElement().asString().endsWith(" " + t);
    }

    @Test
    void shouldNotSettleAtOtherTimesOfDay()
    {
        broker.onTime(DAY + HOUR);
        for (final long t : new long[] {DAY + 4 * HOUR, DAY + 7 * HOUR + 59 * 60 * SECOND, DAY + 8 * HOUR - 1})
        {
            assertThat(broker.onTime(t)).isZero();
        }
        assertThat(f.funding()).isEmpty();
    }

    @Test
    void shouldOnlyStartTheClockOnTheFirstEventEvenAtAFundingTime()
    {
        assertThat(broker.onTime(DAY)).isZero();
        assertThat(broker.onTime(DAY + 1)).isZero();
        assertThat(broker.onTime(DAY - HOUR)).isZero();
        assertThat(broker.onTime(DAY + 8 * HOUR)).isEqualTo(1);
    }

    @Test
    void shouldSettleEveryFundingTimeAGapCrosses()
    {
        broker.onTime(DAY - HOUR);

        assertThat(broker.onTime(DAY + 17 * HOUR)).isEqualTo(3);

        assertThat(f.funding()).extracting(s -> Long.parseLong(s.substring(s.lastIndexOf(' ') + 1)))
            .containsExactly(DAY, DAY + 8 * HOUR, DAY + 16 * HOUR);
    }

    @Test
    void shouldPayPerOpenPositionByAscendingSymbolWithTheDataRateOrTheDefault()
    {
        f.positions[2] = -100; // short 1.00 ETH
        f.marks[2] = 300_000; // 3000.00
        f.rates[2] = 20_000; // 0.0002 from the data
        broker.onTime(DAY - 1);

        broker.onTime(DAY);

        // BTC: no data rate, default 0.0001 -> long pays 0.1; ETH: 3000 USDT * 0.0002 = 0.6 received by the short.
        assertThat(f.funding()).containsExactly(
            "1 10000 10000000 10 10000000 " + DAY,
            "2 20000 300000 -100 -60000000 " + DAY);
    }

    @Test
    void shouldIgnoreTheDataRateWhenFundingFromDataIsOff()
    {
        final PaperSettings d = PaperSettings.defaults();
        final PaperFixture off = new PaperFixture(new PaperSettings(d.takerFee(), d.makerFee(), d.slippage(), 8,
            d.defaultFundingRate(), false), 4);
        off.positions[1] = 10;
        off.marks[1] = 10_000_000;
        off.rates[1] = -50_000;
        off.broker.onTime(DAY - 1);

        off.broker.onTime(DAY);

        assertThat(off.funding()).containsExactly("1 10000 10000000 10 10000000 " + DAY);
    }

    @Test
    void shouldSkipFlatPositionsAndUnknownMarks()
    {
        f.positions[1] = 0;
        f.positions[2] = 100;
        broker.onTime(DAY - 1);

        assertThat(broker.onTime(DAY)).isZero();
        assertThat(f.funding()).isEmpty();
    }

    @Test
    void shouldFollowAFourHourInterval()
    {
        final FundingClock clock = new FundingClock(4 * HOUR);
        clock.advance(DAY + 3 * HOUR);
        clock.advance(DAY + 12 * HOUR);

        assertThat(clock.next()).isEqualTo(DAY + 4 * HOUR);
        assertThat(clock.next()).isEqualTo(DAY + 8 * HOUR);
        assertThat(clock.next()).isEqualTo(DAY + 12 * HOUR);
        assertThat(clock.next()).isEqualTo(FundingClock.NONE);
        assertThat(clock.nextAfter(DAY + 12 * HOUR)).isEqualTo(DAY + 16 * HOUR);
    }

    private static long epochNs(final String instant)
    {
        final Instant i = Instant.parse(instant);
        return i.getEpochSecond() * SECOND + i.getNano();
    }
}
