package ringfire.journal.dump;

import org.junit.jupiter.api.Test;
import ringfire.journal.testing.EventFixtures;

import static org.assertj.core.api.Assertions.assertThat;

class IsoTimeTest
{
    @Test
    void shouldFormatWithNineFractionDigits()
    {
        assertThat(IsoTime.format(EventFixtures.T0 + 123_456_789)).isEqualTo("2025-06-01T00:00:00.123456789Z");
        assertThat(IsoTime.format(EventFixtures.T0)).isEqualTo("2025-06-01T00:00:00.000000000Z");
        assertThat(IsoTime.format(EventFixtures.T0 + 1_000)).isEqualTo("2025-06-01T00:00:00.000001000Z");
    }

    @Test
    void shouldFormatTheEpochAndTimesBeforeIt()
    {
        assertThat(IsoTime.format(0)).isEqualTo("1970-01-01T00:00:00.000000000Z");
        assertThat(IsoTime.format(-1)).isEqualTo("1969-12-31T23:59:59.999999999Z");
    }

    @Test
    void shouldFormatTheExtremes()
    {
        assertThat(IsoTime.format(Long.MAX_VALUE)).isEqualTo("2262-04-11T23:47:16.854775807Z");
        assertThat(IsoTime.format(Long.MIN_VALUE)).isEqualTo("1677-09-21T00:12:43.145224192Z");
    }
}
