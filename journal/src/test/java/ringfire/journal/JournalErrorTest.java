package ringfire.journal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ringfire.journal.dump.JournalDump;
import ringfire.journal.dump.JournalStats;
import ringfire.journal.testing.EventFixtures;
import ringfire.journal.testing.JournalFixtures;
import ringfire.journal.testing.QueueFileDamage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class JournalErrorTest
{
    /** Offset of the trade id in an encoded Trade: message header 8 + block offset 36. */
    private static final int TRADE_ID_OFFSET = 44;

    @TempDir
    Path tmp;

    @Test
    void shouldRefuseAPathThatDoesNotExist()
    {
        final Path dir = tmp.resolve("missing");

        assertOneLineNaming(readFailure(dir), dir).contains("does not exist");
    }

    @Test
    void shouldRefuseAFile() throws IOException
    {
        final Path file = Files.writeString(tmp.resolve("journal.txt"), "not a journal");

        assertOneLineNaming(readFailure(file), file).contains("is a file");
    }

    @Test
    void shouldRefuseADirectoryWithoutQueueFiles() throws IOException
    {
        final Path dir = Files.createDirectories(tmp.resolve("empty"));
        Files.writeString(dir.resolve("metadata.cq4t"), "");

        assertOneLineNaming(readFailure(dir), dir).contains("no .cq4 queue files");
    }

    @Test
    void shouldRefuseAnEmptyQueueFile()
    {
        final Path dir = sampleJournal();
        QueueFileDamage.truncate(QueueFileDamage.firstQueueFile(dir), 0);

        assertOneLineNaming(readFailure(dir), dir).contains("20250601F.cq4").contains("is empty");
    }

    @Test
    void shouldRefuseAQueueFileWhoseBeginningIsOverwritten()
    {
        final Path dir = sampleJournal();
        QueueFileDamage.overwrite(QueueFileDamage.firstQueueFile(dir), 0, new byte[] {(byte)0xDE, (byte)0xAD, 0, 0});

        assertOneLineNaming(readFailure(dir), dir).contains("does not start with a complete queue header");
    }

    @Test
    void shouldRefuseAQueueFileWhoseHeaderWasZeroed()
    {
        final Path dir = sampleJournal();
        QueueFileDamage.overwrite(QueueFileDamage.firstQueueFile(dir), 0, new byte[4096]);

        assertOneLineNaming(readFailure(dir), dir).contains("does not start with a complete queue header");
    }

    @Test
    void shouldRefuseAQueueFileWhoseStoreHeaderIsGarbled()
    {
        final Path dir = sampleJournal();
        QueueFileDamage.overwrite(QueueFileDamage.firstQueueFile(dir), 8, "garbage\n\u0001over the header".getBytes());

        assertOneLineNaming(readFailure(dir), dir).startsWith("damaged journal " + dir + ": ");
    }

    @ParameterizedTest
    @ValueSource(ints = {20, 87, 89, 200})
    void shouldRefuseAQueueFileTruncatedInsideARecord(final int cutAfterTradeHeader)
    {
        final Path dir = sampleJournal();
        final Path file = QueueFileDamage.firstQueueFile(dir);
        final long trade = QueueFileDamage.excerptHeaderOf(file, JournalFixtures.SAMPLE_TRADE_ID, TRADE_ID_OFFSET);
        QueueFileDamage.truncate(file, trade + cutAfterTradeHeader);

        assertOneLineNaming(readFailure(dir), dir)
            .startsWith("damaged journal " + dir + ": queue file 20250601F.cq4 is truncated")
            .contains("inside the record at index");
    }

    @Test
    void shouldRefuseAQueueFileTruncatedBetweenRecords()
    {
        final Path dir = sampleJournal();
        final Path file = QueueFileDamage.firstQueueFile(dir);
        final long trade = QueueFileDamage.excerptHeaderOf(file, JournalFixtures.SAMPLE_TRADE_ID, TRADE_ID_OFFSET);
        QueueFileDamage.truncate(file, trade + QueueFileDamage.EXCERPT_HEADER_LENGTH + 84);

        assertOneLineNaming(readFailure(dir), dir)
            .startsWith("damaged journal " + dir + ": queue file 20250601F.cq4 is truncated (")
            .endsWith("bytes) after the record at index 4f1000000002");
    }

    @Test
    void shouldRefuseAQueueFileTruncatedRightBeforeARecord()
    {
        final Path dir = sampleJournal();
        final Path file = QueueFileDamage.firstQueueFile(dir);
        QueueFileDamage.truncate(file,
            QueueFileDamage.excerptHeaderOf(file, JournalFixtures.SAMPLE_TRADE_ID, TRADE_ID_OFFSET));

        // With assertions enabled Chronicle's own consistency check fires first; either way it is one line.
        assertOneLineNaming(readFailure(dir), dir).startsWith("damaged journal " + dir + ": ");
    }

    @Test
    void shouldReadAQueueFileWhoseUnusedTailWasCut()
    {
        final Path dir = sampleJournal();
        final Path file = QueueFileDamage.firstQueueFile(dir);
        final long trade = QueueFileDamage.excerptHeaderOf(file, JournalFixtures.SAMPLE_TRADE_ID, TRADE_ID_OFFSET);
        QueueFileDamage.truncate(file, trade + 4096);

        assertThat(JournalFixtures.readAll(dir)).containsExactlyElementsOf(JournalFixtures.sampleEvents());
    }

    @Test
    void shouldRefuseAQueueFileTruncatedJustAfterItsHeader()
    {
        final Path dir = sampleJournal();
        QueueFileDamage.truncate(QueueFileDamage.firstQueueFile(dir), 1000);

        assertOneLineNaming(readFailure(dir), dir).startsWith("damaged journal " + dir + ": ");
    }

    @Test
    void shouldNotStopSilentlyAtARecordWhoseHeaderWasZeroed()
    {
        final Path dir = sampleJournal();
        final Path file = QueueFileDamage.firstQueueFile(dir);
        final long trade = QueueFileDamage.excerptHeaderOf(file, JournalFixtures.SAMPLE_TRADE_ID, TRADE_ID_OFFSET);
        QueueFileDamage.putIntLittleEndian(file, trade, 0);

        assertOneLineNaming(readFailure(dir), dir).contains("cannot be read");
    }

    @Test
    void shouldNotStopSilentlyAtAnUnfinishedRecord()
    {
        final Path dir = sampleJournal();
        final Path file = QueueFileDamage.firstQueueFile(dir);
        final long trade = QueueFileDamage.excerptHeaderOf(file, JournalFixtures.SAMPLE_TRADE_ID, TRADE_ID_OFFSET);
        QueueFileDamage.putIntLittleEndian(file, trade, 0x8000_0000 | 84);

        assertOneLineNaming(readFailure(dir), dir).contains("cannot be read");
    }

    @Test
    void shouldRefuseARecordWithAnImpossibleLength()
    {
        final Path dir = sampleJournal();
        final Path file = QueueFileDamage.firstQueueFile(dir);
        final long trade = QueueFileDamage.excerptHeaderOf(file, JournalFixtures.SAMPLE_TRADE_ID, TRADE_ID_OFFSET);
        QueueFileDamage.putIntLittleEndian(file, trade, 0x3FFF_FFFF);

        assertOneLineNaming(readFailure(dir), dir).startsWith("damaged journal " + dir + ": ");
    }

    @Test
    void shouldRefuseARecordWhoseSchemaIdWasOverwritten()
    {
        final Path dir = sampleJournal();
        final Path file = QueueFileDamage.firstQueueFile(dir);
        final long trade = QueueFileDamage.excerptHeaderOf(file, JournalFixtures.SAMPLE_TRADE_ID, TRADE_ID_OFFSET);
        QueueFileDamage.overwrite(file, trade + QueueFileDamage.EXCERPT_HEADER_LENGTH + 4, new byte[] {9, 9});

        assertOneLineNaming(readFailure(dir), dir).contains("is not a Ringfire event (84 bytes)");
    }

    @Test
    void shouldRefuseARecordThatIsNotARingfireFrame()
    {
        final Path dir = tmp.resolve("journal");
        final EventFixtures events = new EventFixtures();
        final List<byte[]> records = List.of(
            events.bytes(events.symbolDefinition(1, EventFixtures.T0, 1, 2, 3, "BTCUSDT")),
            events.bytes(events.garbage(32)));
        JournalFixtures.write(dir, records);

        assertOneLineNaming(readFailure(dir), dir).contains("is not a Ringfire event (32 bytes)");
    }

    @Test
    void shouldRefuseATooShortRecord()
    {
        final Path dir = tmp.resolve("journal");
        final EventFixtures events = new EventFixtures();
        final int length = events.trade(1, EventFixtures.T0, 1, ringfire.codecs.sbe.Side.BUY, 1, 1, "t");
        JournalFixtures.write(dir, List.of(events.bytes(length - 1)));

        assertOneLineNaming(readFailure(dir), dir).contains("is not a Ringfire event");
    }

    @Test
    void shouldReportDamageFromDumpAndStatsOnOneLine()
    {
        final Path dir = sampleJournal();
        final Path file = QueueFileDamage.firstQueueFile(dir);
        final long trade = QueueFileDamage.excerptHeaderOf(file, JournalFixtures.SAMPLE_TRADE_ID, TRADE_ID_OFFSET);
        QueueFileDamage.putIntLittleEndian(file, trade, 0);

        final JournalException dump = catchThrowableOfType(JournalException.class,
            () -> JournalDump.dump(dir, new StringBuilder()));
        final JournalException stats = catchThrowableOfType(JournalException.class, () -> JournalStats.of(dir));

        assertOneLineNaming(dump, dir).contains("cannot be read");
        assertOneLineNaming(stats, dir).contains("cannot be read");
    }

    @Test
    void shouldReportAMissingJournalFromDumpAndStats()
    {
        final Path dir = tmp.resolve("missing");

        assertThatThrownBy(() -> JournalDump.dump(dir, new StringBuilder()))
            .isInstanceOf(JournalException.class).hasMessageContaining(dir.toString());
        assertThatThrownBy(() -> JournalStats.of(dir))
            .isInstanceOf(JournalException.class).hasMessageContaining(dir.toString());
    }

    @Test
    void shouldReduceLibraryMessagesToOneSanitisedLine()
    {
        final String line = JournalException.firstLine(new IllegalStateException("bad \u0000header\u0007\nhex dump\n"));
        final String blank = JournalException.firstLine(new IllegalStateException());
        final String longLine = JournalException.firstLine(new IllegalStateException("x".repeat(1000)));

        assertThat(line).isEqualTo("bad ?header?");
        assertThat(blank).isEqualTo("IllegalStateException");
        assertThat(longLine).hasSize(203).endsWith("...");
    }

    @Test
    void shouldRefuseToWriteIntoAFile() throws IOException
    {
        final Path file = Files.writeString(tmp.resolve("journal"), "x");

        final JournalException e = catchThrowableOfType(JournalException.class,
            () -> Journal.openForWriting(file, JournalFixtures.fixedClockOptions()));

        assertOneLineNaming(e, file).contains("is a file");
    }

    private Path sampleJournal()
    {
        final Path dir = tmp.resolve("journal");
        JournalFixtures.write(dir, JournalFixtures.sampleEvents());
        assertThat(JournalFixtures.readAll(dir)).hasSize(5);
        return dir;
    }

    private static JournalException readFailure(final Path dir)
    {
        final JournalException e = catchThrowableOfType(JournalException.class, () -> JournalFixtures.readAll(dir));
        assertThat(e).as("reading %s", dir).isNotNull();
        return e;
    }

    private static org.assertj.core.api.AbstractStringAssert<?> assertOneLineNaming(
        final JournalException e, final Path path)
    {
        assertThat(e).isNotNull();
        return assertThat(e.getMessage())
            .contains(path.toString())
            .doesNotContain("\n")
            .doesNotContain("\r");
    }
}
