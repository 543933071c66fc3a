package ringfire.journal.dump;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringfire.codecs.EventView;
import ringfire.codecs.sbe.OrderPurpose;
import ringfire.codecs.sbe.RiskReason;
import ringfire.codecs.sbe.Side;
import ringfire.journal.DecisionHash;
import ringfire.journal.testing.EventFixtures;
import ringfire.journal.testing.JournalFixtures;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JournalStatsTest
{
    private static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    @TempDir
    Path tmp;

    @Test
    void shouldCountRecordsPerTypeAndKind()
    {
        final Path dir = tmp.resolve("journal");
        JournalFixtures.write(dir, JournalFixtures.sampleEvents());

        final JournalStats stats = JournalStats.of(dir);

        assertThat(stats.records()).isEqualTo(5);
        assertThat(stats.inputs()).isEqualTo(3);
        assertThat(stats.decisions()).isEqualTo(1);
        assertThat(stats.metadata()).isEqualTo(1);
        assertThat(stats.count(EventKind.DECISION)).isEqualTo(1);
        assertThat(stats.countsByType()).containsExactly(
            org.assertj.core.api.Assertions.entry("Bar", 1L),
            org.assertj.core.api.Assertions.entry("SessionStart", 1L),
            org.assertj.core.api.Assertions.entry("Signal", 1L),
            org.assertj.core.api.Assertions.entry("SymbolDefinition", 1L),
            org.assertj.core.api.Assertions.entry("Trade", 1L));
        assertThat(stats.count("Trade")).isEqualTo(1);
        assertThat(stats.count("Fill")).isZero();
    }

    @Test
    void shouldReportFirstAndLastEventTime()
    {
        final Path dir = tmp.resolve("journal");
        JournalFixtures.write(dir, JournalFixtures.sampleEvents());

        final JournalStats stats = JournalStats.of(dir);

        assertThat(stats.firstEventTimeNs()).isEqualTo(EventFixtures.T0);
        assertThat(stats.firstEventTime()).isEqualTo("2025-06-01T00:00:00.000000000Z");
        assertThat(stats.lastEventTimeNs()).isEqualTo(EventFixtures.T0 + EventFixtures.MINUTE_NS + 5_000);
        assertThat(stats.lastEventTime()).isEqualTo("2025-06-01T00:01:00.000005000Z");
    }

    @Test
    void shouldHashExactlyTheDecisionRecordsInJournalOrder()
    {
        final Path dir = tmp.resolve("journal");
        final List<byte[]> events = new ArrayList<>(JournalFixtures.sampleEvents());
        final EventFixtures fixtures = new EventFixtures();
        events.add(fixtures.bytes(fixtures.orderIntent(3, EventFixtures.T0 + 10, 42, 1, Side.BUY, OrderPurpose.ENTRY,
            5, 0)));
        events.add(fixtures.bytes(fixtures.trade(4, EventFixtures.T0 + 20, 1, Side.SELL, 1_657_900, 2, "T-2")));
        events.add(fixtures.bytes(fixtures.riskReject(4, EventFixtures.T0 + 30, 1, Side.SELL, RiskReason.DRAWDOWN,
            5, 0)));
        JournalFixtures.write(dir, events);
        final DecisionHash expected = new DecisionHash();
        for (final byte[] event : events)
        {
            final UnsafeBuffer buffer = new UnsafeBuffer(event);
            if (EventView.isDecision(buffer, 0))
            {
                expected.update(buffer, 0, event.length);
            }
        }

        final JournalStats stats = JournalStats.of(dir);

        assertThat(expected.count()).isEqualTo(3);
        assertThat(stats.decisions()).isEqualTo(3);
        assertThat(stats.decisionHash()).isEqualTo(expected.hex());
        assertThat(stats.lastEventTimeNs()).isEqualTo(EventFixtures.T0 + 30);
    }

    @Test
    void shouldChangeTheHashWhenDecisionsChangeOrder()
    {
        final EventFixtures fixtures = new EventFixtures();
        final byte[] a = fixtures.bytes(fixtures.signal(1, EventFixtures.T0, 1, 1, Side.BUY, 1, 2, 3, 4));
        final byte[] b = fixtures.bytes(fixtures.signal(2, EventFixtures.T0, 1, 1, Side.SELL, 1, 2, 3, 4));
        JournalFixtures.write(tmp.resolve("ab"), List.of(a, b));
        JournalFixtures.write(tmp.resolve("ba"), List.of(b, a));

        assertThat(JournalStats.of(tmp.resolve("ab")).decisionHash())
            .isNotEqualTo(JournalStats.of(tmp.resolve("ba")).decisionHash());
    }

    @Test
    void shouldReportAJournalWithoutDecisions()
    {
        final Path dir = tmp.resolve("journal");
        JournalFixtures.write(dir, JournalFixtures.sampleEvents().subList(1, 4));

        final JournalStats stats = JournalStats.of(dir);

        assertThat(stats.records()).isEqualTo(3);
        assertThat(stats.decisions()).isZero();
        assertThat(stats.metadata()).isZero();
        assertThat(stats.decisionHash()).isEqualTo(new DecisionHash().hex()).isEqualTo(EMPTY_SHA256);
        assertThat(stats.report()).contains("decisions:      0\n");
    }

    @Test
    void shouldPrintAReadableReport()
    {
        final Path dir = tmp.resolve("journal");
        JournalFixtures.write(dir, JournalFixtures.sampleEvents());
        final JournalStats stats = JournalStats.of(dir);

        assertThat(stats.report()).isEqualTo(
            "journal:        " + dir + "\n"
                + "records:        5\n"
                + "inputs:         3\n"
                + "decisions:      1\n"
                + "metadata:       1\n"
                + "sessions:       1 started, 0 ended with a SessionEnd\n"
                + "first event:    2025-06-01T00:00:00.000000000Z (1748736000000000000)\n"
                + "last event:     2025-06-01T00:01:00.000005000Z (1748736060000005000)\n"
                + "decision hash:  " + stats.decisionHash() + "\n"
                + "events by type:\n"
                + "  Bar               1\n"
                + "  SessionStart      1\n"
                + "  Signal            1\n"
                + "  SymbolDefinition  1\n"
                + "  Trade             1\n");
    }

    @Test
    void shouldCountSessionEndsAsInputsAndReportHowManySessionsEnded()
    {
        final EventFixtures fixtures = new EventFixtures();
        final List<byte[]> events = new ArrayList<>(JournalFixtures.sampleEvents());
        events.add(fixtures.bytes(fixtures.sessionEnd(4, EventFixtures.T0 + EventFixtures.MINUTE_NS,
            ringfire.codecs.sbe.EndReason.DURATION, 3, 0)));
        final Path dir = tmp.resolve("journal");
        JournalFixtures.write(dir, events);

        final JournalStats stats = JournalStats.of(dir);

        assertThat(stats.records()).isEqualTo(6);
        assertThat(stats.inputs()).isEqualTo(4);
        assertThat(stats.decisions()).isEqualTo(1);
        assertThat(stats.count("SessionEnd")).isEqualTo(1);
        assertThat(stats.decisionHash()).isEqualTo(JournalStats.of(writeSample("plain")).decisionHash());
        assertThat(stats.report()).contains("sessions:       1 started, 1 ended with a SessionEnd\n",
            "  SessionEnd        1\n");
    }

    private Path writeSample(final String name)
    {
        final Path dir = tmp.resolve(name);
        JournalFixtures.write(dir, JournalFixtures.sampleEvents());
        return dir;
    }

    @Test
    void shouldAccumulateRecordByRecord()
    {
        final JournalStats.Accumulator accumulator = new JournalStats.Accumulator();
        final EventFixtures fixtures = new EventFixtures();

        final JournalStats empty = new JournalStats.Accumulator().toStats(tmp);
        accumulator.onRecord(fixtures.buffer(), 0, fixtures.signal(1, 5, 1, 1, Side.BUY, 1, 2, 3, 4), 0);
        final JournalStats stats = accumulator.toStats(tmp);

        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.firstEventTimeNs()).isEqualTo(JournalStats.NO_TIME);
        assertThat(empty.firstEventTime()).isEqualTo("-");
        assertThat(empty.decisionHash()).isEqualTo(EMPTY_SHA256);
        assertThat(stats.decisions()).isEqualTo(1);
        assertThat(stats.firstEventTimeNs()).isEqualTo(5);
        assertThatThrownBy(() -> accumulator.onRecord(fixtures.buffer(), 0, 10, 1))
            .isInstanceOf(IllegalStateException.class);
    }
}
