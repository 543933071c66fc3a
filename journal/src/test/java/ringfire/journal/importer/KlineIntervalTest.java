package ringfire.journal.importer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KlineIntervalTest
{
    @ParameterizedTest
    @CsvSource({"1,60", "3,180", "5,300", "15,900", "30,1800", "60,3600", "120,7200", "240,14400", "360,21600",
        "720,43200", "D,86400", "W,604800"})
    void shouldParseBybitIntervals(final String text, final int seconds)
    {
        assertThat(KlineInterval.parseSeconds(text)).isEqualTo(seconds);
    }

    @ParameterizedTest
    @CsvSource({"1m,60", "3m,180", "5m,300", "15m,900", "30m,1800", "1h,3600", "2h,7200", "4h,14400", "6h,21600",
        "12h,43200", "1d,86400", "1w,604800"})
    void shouldParseShortForms(final String text, final int seconds)
    {
        assertThat(KlineInterval.parseSeconds(text)).isEqualTo(seconds);
    }

    @ParameterizedTest
    @ValueSource(strings = {"7", "1M", "M", "1H", " 1m", "", "90s", "0"})
    void shouldRefuseAnUnknownIntervalNamingTheAcceptedForms(final String text)
    {
        assertThatThrownBy(() -> KlineInterval.parseSeconds(text))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("unknown kline interval '" + text + "': expected Bybit minutes 1, 3, 5, 15, 30, 60, 120, 240, "
                + "360, 720, D or W, or 1m, 3m, 5m, 15m, 30m, 1h, 2h, 4h, 6h, 12h, 1d, 1w");
    }

    @Test
    void shouldRefuseNull()
    {
        assertThatThrownBy(() -> KlineInterval.parseSeconds(null))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageStartingWith("unknown kline interval 'null': expected Bybit minutes 1, 3,");
    }

    @ParameterizedTest
    @CsvSource({"60,1m", "900,15m", "3600,1h", "14400,4h", "86400,1d", "604800,1w", "90,90s", "1209600,14d"})
    void shouldLabelIntervals(final int seconds, final String label)
    {
        assertThat(KlineInterval.label(seconds)).isEqualTo(label);
    }

    @Test
    void shouldAlignWeeksToMondaysAndOtherIntervalsToTheEpoch()
    {
        final long weekMs = KlineInterval.WEEK * 1_000L;
        assertThat(KlineInterval.isAligned(Instant.parse("2025-06-02T00:00:00Z").toEpochMilli(), weekMs)).isTrue();
        assertThat(KlineInterval.isAligned(Instant.parse("2025-06-05T00:00:00Z").toEpochMilli(), weekMs)).isFalse();
        assertThat(KlineInterval.isAligned(Instant.parse("2025-06-05T04:00:00Z").toEpochMilli(), 14_400_000L)).isTrue();
        assertThat(KlineInterval.isAligned(Instant.parse("2025-06-05T04:30:00Z").toEpochMilli(), 14_400_000L))
            .isFalse();
    }
}
