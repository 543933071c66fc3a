package ringfire.engine.research;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResearchWindowsTest
{
    private static final long DAY_START = Instant.parse("2025-06-01T00:00:00Z").toEpochMilli();
    private static final long MINUTE = Durations.MINUTE_MS;
    private static final long HOUR = Durations.HOUR_MS;

    @Test
    void shouldParseDurationsInDaysHoursAndMinutes()
    {
        assertThat(Durations.parseMs("14d")).isEqualTo(14 * Durations.DAY_MS);
        assertThat(Durations.parseMs("6h")).isEqualTo(6 * HOUR);
        assertThat(Durations.parseMs(" 90m ")).isEqualTo(90 * MINUTE);
        assertThat(Durations.label(36 * HOUR)).isEqualTo("36h");
        assertThat(Durations.label(14 * Durations.DAY_MS)).isEqualTo("14d");
        assertThat(Durations.label(90 * MINUTE)).isEqualTo("90m");
        for (final String bad : List.of("", "14", "d", "0d", "-1d", "1.5d", "14D", "2w", "3 d", "99999999999d", "36501d"))
        {
            assertThatThrownBy(() -> Durations.parseMs(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("duration '" + bad + "'");
        }
    }

    @Test
    void shouldRollTrainAndTestForwardByTheTestLengthOverADay()
    {
        final List<Windows.Window> windows = Windows.split(DAY_START, DAY_START + 24 * HOUR, 6 * HOUR, 3 * HOUR, MINUTE);
        assertThat(windows).hasSize(6);
        for (int i = 0; i < windows.size(); i++)
        {
            final Windows.Window w = windows.get(i);
            assertThat(w.number()).isEqualTo(i + 1);
            assertThat(w.trainFromMs()).isEqualTo(DAY_START + i * 3 * HOUR);
            assertThat(w.trainToMs()).isEqualTo(w.trainFromMs() + 6 * HOUR).isEqualTo(w.testFromMs());
            assertThat(w.testToMs()).isEqualTo(w.testFromMs() + 3 * HOUR);
            if (i > 0)
            {
                assertThat(w.testFromMs()).as("test periods are consecutive").isEqualTo(windows.get(i - 1).testToMs());
            }
        }
        assertThat(windows.get(5).testToMs()).isEqualTo(DAY_START + 24 * HOUR);
    }

    @Test
    void shouldLeaveOutAWindowWhoseTestRunsPastTheData()
    {
        final List<Windows.Window> windows = Windows.split(DAY_START, DAY_START + 24 * HOUR, 12 * HOUR, 5 * HOUR, MINUTE);
        assertThat(windows).hasSize(2);
        assertThat(windows.get(1).testToMs()).isEqualTo(DAY_START + 22 * HOUR);
        assertThat(Windows.split(DAY_START, DAY_START + 24 * HOUR, 16 * HOUR, 8 * HOUR, MINUTE)).as("exactly fits")
            .hasSize(1);
    }

    @Test
    void shouldRefuseWindowsLongerThanTheDataOrNotWholeBars()
    {
        assertThatThrownBy(() -> Windows.split(DAY_START, DAY_START + 24 * HOUR, 14 * Durations.DAY_MS,
            7 * Durations.DAY_MS, MINUTE)).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("train 14d + test 7d is longer than the data (1d: 2025-06-01T00:00:00Z .. 2025-06-02T00:00:00Z)");
        assertThatThrownBy(() -> Windows.split(DAY_START, DAY_START + 24 * HOUR, 20 * HOUR, 5 * HOUR, MINUTE))
            .hasMessageContaining("longer than the data");
        assertThatThrownBy(() -> Windows.split(DAY_START, DAY_START + 24 * HOUR, 6 * HOUR, 90 * MINUTE, HOUR))
            .hasMessageContaining("whole multiples of the bar interval 1h");
    }
}
