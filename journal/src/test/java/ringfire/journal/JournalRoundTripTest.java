package ringfire.journal;

import net.openhft.chronicle.core.time.SetTimeProvider;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringfire.codecs.EventView;
import ringfire.codecs.sbe.Side;
import ringfire.journal.testing.EventFixtures;
import ringfire.journal.testing.JournalFixtures;
import ringfire.journal.testing.QueueFileDamage;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JournalRoundTripTest
{
    private static final long DAY_MS = TimeUnit.DAYS.toMillis(1);

    @TempDir
    Path tmp;

    @Test
    void shouldReadBackEveryRecordInOrder()
    {
        final Path dir = tmp.resolve("journal");
        final List<byte[]> events = JournalFixtures.sampleEvents();

        JournalFixtures.write(dir, events);

        assertThat(JournalFixtures.readAll(dir)).containsExactlyElementsOf(events);
    }

    @Test
    void shouldDeliverIncreasingIndexesAndMatchLastIndex()
    {
        final Path dir = tmp.resolve("journal");
        JournalFixtures.write(dir, JournalFixtures.sampleEvents());
        final List<Long> indexes = new ArrayList<>();

        try (Journal journal = Journal.openForReading(dir); JournalReader reader = journal.reader())
        {
            assertThat(reader.forEach((buffer, offset, length, index) -> indexes.add(index))).isEqualTo(5);
            assertThat(reader.next((buffer, offset, length, index) -> indexes.add(-1L))).isFalse();
            assertThat(indexes).isSorted().doesNotHaveDuplicates();
            assertThat(journal.lastIndex()).isEqualTo(indexes.get(4));
            assertThat(reader.lastReadIndex()).isEqualTo(indexes.get(4));
        }
    }

    @Test
    void shouldReportTheSequenceOfTheLastRecord()
    {
        final Path dir = tmp.resolve("journal");
        JournalFixtures.write(dir, JournalFixtures.sampleEvents());

        try (Journal journal = Journal.openForReading(dir))
        {
            assertThat(journal.lastSequence()).isEqualTo(3);
        }
    }

    @Test
    void shouldAppendToAnExistingJournalAfterReopening()
    {
        final Path dir = tmp.resolve("journal");
        final List<byte[]> events = JournalFixtures.sampleEvents();
        JournalFixtures.write(dir, events.subList(0, 2));

        JournalFixtures.write(dir, events.subList(2, events.size()));

        assertThat(JournalFixtures.readAll(dir)).containsExactlyElementsOf(events);
    }

    @Test
    void shouldReadAcrossDailyRolls()
    {
        final Path dir = tmp.resolve("journal");
        final SetTimeProvider clock = new SetTimeProvider(Instant.ofEpochSecond(0, EventFixtures.T0));
        final EventFixtures fixtures = new EventFixtures();
        final List<byte[]> written = new ArrayList<>();
        final List<Long> appendedIndexes = new ArrayList<>();

        try (Journal journal = Journal.openForWriting(dir, JournalOptions.defaults().withTimeProvider(clock));
            JournalWriter writer = journal.writer())
        {
            long sequence = 0;
            for (int day = 0; day < 3; day++)
            {
                for (int i = 0; i < 3; i++)
                {
                    final long timeNs = EventFixtures.T0 + TimeUnit.MILLISECONDS.toNanos(clock.currentTimeMillis());
                    final int length = fixtures.trade(sequence, timeNs, 1, Side.SELL, 100 + sequence, 1, "t" + sequence);
                    writer.append(fixtures.buffer(), 0, length);
                    written.add(fixtures.bytes(length));
                    appendedIndexes.add(writer.lastIndexAppended());
                    sequence++;
                }
                clock.advanceMillis(DAY_MS + 3_600_000);
            }
        }

        assertThat(QueueFileDamage.queueFiles(dir)).hasSizeGreaterThanOrEqualTo(2);
        final List<Long> readIndexes = new ArrayList<>();
        final List<byte[]> read = new ArrayList<>();
        try (Journal journal = Journal.openForReading(dir); JournalReader reader = journal.reader())
        {
            reader.forEach((buffer, offset, length, index) ->
            {
                final byte[] copy = new byte[length];
                buffer.getBytes(offset, copy);
                read.add(copy);
                readIndexes.add(index);
            });
        }
        assertThat(read).containsExactlyElementsOf(written);
        assertThat(readIndexes).containsExactlyElementsOf(appendedIndexes);
        final List<Long> sequences = read.stream().map(b -> EventView.sequence(new UnsafeBuffer(b), 0)).toList();
        assertThat(sequences).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
    }

    @Test
    void shouldReadRecordsWhileTheWriterIsOpen()
    {
        final Path dir = tmp.resolve("journal");
        final List<byte[]> events = JournalFixtures.sampleEvents();

        try (Journal journal = Journal.openForWriting(dir, JournalFixtures.fixedClockOptions());
            JournalWriter writer = journal.writer())
        {
            for (final byte[] event : events.subList(0, 3))
            {
                writer.append(new UnsafeBuffer(event), 0, event.length);
            }
            assertThat(JournalFixtures.readAll(dir)).containsExactlyElementsOf(events.subList(0, 3));
        }
    }

    @Test
    void shouldHaveNoQueueFileToReadUntilTheFirstAppend()
    {
        final Path dir = tmp.resolve("journal");
        try (Journal journal = Journal.openForWriting(dir, JournalFixtures.fixedClockOptions());
            JournalWriter writer = journal.writer())
        {
            assertThat(journal.lastIndex()).isEqualTo(-1);
            assertThat(writer).isNotNull();
        }

        assertThat(QueueFileDamage.queueFiles(dir)).isEmpty();
        assertThatThrownBy(() -> Journal.openForReading(dir))
            .isInstanceOf(JournalException.class)
            .hasMessage("not a journal: " + dir + " holds no .cq4 queue files");
    }
}
