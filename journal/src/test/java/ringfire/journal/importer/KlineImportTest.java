package ringfire.journal.importer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringfire.journal.JournalException;
import ringfire.journal.importer.ImportFixtures.Definition;
import ringfire.journal.importer.ImportFixtures.JournaledBar;
import ringfire.journal.importer.ImportFixtures.Record;
import ringfire.journal.testing.JournalFixtures;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ringfire.journal.importer.ImportFixtures.BTC_1M;
import static ringfire.journal.importer.ImportFixtures.HEADER;
import static ringfire.journal.importer.ImportFixtures.T0;
import static ringfire.journal.importer.ImportFixtures.row;

class KlineImportTest
{
    private static final long NS = 1_000_000L;
    private static final long MINUTE_NS = 60_000_000_000L;

    @TempDir
    Path tmp;

    @Test
    void shouldWriteTheSymbolDefinitionThenOneClosedBarPerRowFieldByField()
    {
        final Path file = ImportFixtures.csv(tmp, "btc.csv", HEADER + ",turnover",
            "1748538300000,106631.1,106702.6,106616.3,106688.4,61.385,6547291.0337",
            "1748538360000,106688.4,106702.6,106567.0,106580.4,41.76,4451234.55");
        final Path journal = tmp.resolve("journal");

        final ImportReport report = run(List.of(file), BTC_1M, false, journal);

        assertThat(ImportFixtures.readJournal(journal)).containsExactly(
            new Definition(0, T0 * NS, "CONFIG", 1, 2, 3, "BTCUSDT"),
            new JournaledBar(1, T0 * NS + MINUTE_NS, "IMPORT", 1, 60, T0 * NS,
                10_663_110, 10_670_260, 10_661_630, 10_668_840, 61_385, 654_729_103_370_000L, "TRUE"),
            new JournaledBar(2, T0 * NS + 2 * MINUTE_NS, "IMPORT", 1, 60, T0 * NS + MINUTE_NS,
                10_668_840, 10_670_260, 10_656_700, 10_658_040, 41_760, 445_123_455_000_000L, "TRUE"));
        assertThat(report.rowsRead()).isEqualTo(2);
        assertThat(report.barsWritten()).isEqualTo(2);
        assertThat(report.firstSequence()).isZero();
        assertThat(report.lastSequence()).isEqualTo(2);
        assertThat(report.symbolDefined()).isTrue();
        assertThat(report.appended()).isFalse();
    }

    @Test
    void shouldImportABybitResponseInTimeOrder()
    {
        final Path journal = tmp.resolve("journal");

        run(List.of(ImportFixtures.resource("rest-kline-response-linear-captured.json")), BTC_1M, false, journal);

        final List<Record> records = ImportFixtures.readJournal(journal);
        assertThat(records).hasSize(6);
        assertThat(records.subList(1, 6)).extracting(r -> ((JournaledBar)r).openTimeNs() / NS)
            .containsExactly(1_687_589_400_000L, 1_687_589_460_000L, 1_687_589_520_000L, 1_687_589_580_000L,
                1_687_589_640_000L);
        assertThat(records.get(5)).isEqualTo(new JournaledBar(5, 1_687_589_700_000L * NS, "IMPORT", 1, 60,
            1_687_589_640_000L * NS, 3_070_990, 3_071_040, 3_070_990, 3_071_030, 3_655, 11_224_573_810_000L, "TRUE"));
    }

    @Test
    void shouldContinueSequencesAcrossFilesAndReportTheGap()
    {
        final Path first = ImportFixtures.csv(tmp, "a.csv", HEADER, row(0), row(1));
        final Path second = ImportFixtures.gzip(tmp, "b.csv.gz", HEADER + "\n" + row(3) + "\n" + row(4) + "\n");
        final Path journal = tmp.resolve("journal");

        final ImportReport report = run(List.of(first, second), BTC_1M, false, journal);

        assertThat(ImportFixtures.readJournal(journal)).extracting(Record::sequence)
            .containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(report.gaps()).containsExactly(new Gap(T0 + 120_000, T0 + 180_000, 1, second + ":2"));
        assertThat(report.lastOpenTimeMs()).isEqualTo(T0 + 240_000);
    }

    @Test
    void shouldWriteNoJournalWhenALaterFileGoesBackInTime()
    {
        final Path first = ImportFixtures.csv(tmp, "a.csv", HEADER, row(2), row(3));
        final Path second = ImportFixtures.csv(tmp, "b.csv", HEADER, row(0));
        final Path journal = tmp.resolve("journal");

        assertThatThrownBy(() -> run(List.of(first, second), BTC_1M, false, journal))
            .isInstanceOf(ImportException.class)
            .hasMessage(second + ":2: open time 2025-05-29T17:05:00Z goes back in time: the bar before it (" + first
                + ":3) opened at 2025-05-29T17:08:00Z");
        assertThat(journal).doesNotExist();
    }

    @Test
    void shouldWriteNoJournalWhenTheLastRowIsBad() throws IOException
    {
        final Path file = ImportFixtures.csv(tmp, "a.csv", HEADER, row(0), row(1), T0 + ",1,2,3,4,5");
        final Path journal = Files.createDirectory(tmp.resolve("empty-dir"));

        assertThatThrownBy(() -> run(List.of(file), BTC_1M, false, journal))
            .isInstanceOf(ImportException.class)
            .hasMessage(file + ":4: high 2.00 is below low 3.00");
        assertThat(journal).isEmptyDirectory();
    }

    @Test
    void shouldSkipBadRowsAndWriteTheRest()
    {
        final Path file = ImportFixtures.csv(tmp, "a.csv", HEADER, row(0), row(0), row(1), T0 + ",oops,1,1,1,1");
        final Path journal = tmp.resolve("journal");

        final ImportReport report = run(List.of(file), BTC_1M, true, journal);

        assertThat(report.rowsRead()).isEqualTo(4);
        assertThat(report.barsWritten()).isEqualTo(2);
        assertThat(report.rowsSkipped()).isEqualTo(2);
        assertThat(report.skipReasons()).containsExactly(
            file + ":3: duplicate bar: open time 2025-05-29T17:05:00Z is also at " + file + ":2",
            file + ":5: open 'oops' is not a decimal number");
        assertThat(ImportFixtures.readJournal(journal)).hasSize(3);
    }

    @Test
    void shouldAppendToAnExistingJournalContinuingItsSequences()
    {
        final Path journal = tmp.resolve("journal");
        run(List.of(ImportFixtures.csv(tmp, "a.csv", HEADER, row(0), row(1))), BTC_1M, false, journal);

        final ImportReport report = run(List.of(ImportFixtures.csv(tmp, "b.csv", HEADER, row(2), row(3))), BTC_1M,
            false, journal);

        assertThat(report.appended()).isTrue();
        assertThat(report.symbolDefined()).isFalse();
        assertThat(report.firstSequence()).isEqualTo(3);
        assertThat(report.lastSequence()).isEqualTo(4);
        final List<Record> records = ImportFixtures.readJournal(journal);
        assertThat(records).extracting(Record::sequence).containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(records).filteredOn(Definition.class::isInstance).hasSize(1);
        assertThat(records.get(4)).isInstanceOf(JournaledBar.class)
            .extracting(r -> ((JournaledBar)r).openTimeNs()).isEqualTo((T0 + 180_000) * NS);
    }

    @Test
    void shouldAppendAnotherSymbolWithItsOwnDefinition()
    {
        final Path journal = tmp.resolve("journal");
        run(List.of(ImportFixtures.csv(tmp, "btc.csv", HEADER, row(0), row(1))), BTC_1M, false, journal);
        final ImportTarget eth = new ImportTarget("ETHUSDT", 2, 2, 2, 60);

        final ImportReport report = run(List.of(ImportFixtures.csv(tmp, "eth.csv", HEADER,
            T0 + ",2641.93,2641.94,2637.59,2638.6,906.83")), eth, false, journal);

        assertThat(report.symbolDefined()).isTrue();
        assertThat(report.goesBackInJournal()).isTrue();
        assertThat(report.describe()).contains("note: the journal already has events up to 2025-05-29T17:07:00Z, so "
            + "event times go back at sequence 3\n");
        assertThat(ImportFixtures.readJournal(journal)).element(3)
            .isEqualTo(new Definition(3, T0 * NS, "CONFIG", 2, 2, 2, "ETHUSDT"));
    }

    @Test
    void shouldRefuseBarsTheJournalAlreadyHasAndLeaveItUntouched()
    {
        final Path journal = tmp.resolve("journal");
        final Path file = ImportFixtures.csv(tmp, "a.csv", HEADER, row(0), row(1));
        run(List.of(file), BTC_1M, false, journal);

        assertThatThrownBy(() -> run(List.of(file), BTC_1M, false, journal))
            .isInstanceOf(ImportException.class)
            .hasMessage(file + ":2: open time 2025-05-29T17:05:00Z is not after the last BTCUSDT 1m bar already in "
                + "the journal (2025-05-29T17:06:00Z)");
        assertThat(ImportFixtures.readJournal(journal)).hasSize(3);
    }

    @Test
    void shouldReportTheGapBetweenTheJournalAndTheNewBars()
    {
        final Path journal = tmp.resolve("journal");
        run(List.of(ImportFixtures.csv(tmp, "a.csv", HEADER, row(0))), BTC_1M, false, journal);
        final Path later = ImportFixtures.csv(tmp, "b.csv", HEADER, row(3));

        final ImportReport report = run(List.of(later), BTC_1M, false, journal);

        assertThat(report.gaps()).containsExactly(new Gap(T0 + 60_000, T0 + 180_000, 2, later + ":2"));
    }

    @Test
    void shouldRefuseADifferentDefinitionOfAnIdTheJournalHas()
    {
        final Path journal = tmp.resolve("journal");
        run(List.of(ImportFixtures.csv(tmp, "a.csv", HEADER, row(0))), BTC_1M, false, journal);
        final Path eth = ImportFixtures.csv(tmp, "eth.csv", HEADER, T0 + ",2641.93,2641.94,2637.59,2638.6,906.83");

        assertThatThrownBy(() -> run(List.of(eth), new ImportTarget("ETHUSDT", 1, 2, 2, 60), false, journal))
            .isInstanceOf(ImportException.class)
            .hasMessage("journal " + journal + " already defines symbol id 1 as BTCUSDT (priceScale 2, qtyScale 3); "
                + "refusing to import ETHUSDT (priceScale 2, qtyScale 2) under the same id");
        assertThatThrownBy(() -> run(List.of(eth), new ImportTarget("BTCUSDT", 1, 1, 3, 60), false, journal))
            .hasMessage("journal " + journal + " already defines symbol id 1 as BTCUSDT (priceScale 2, qtyScale 3); "
                + "refusing to import BTCUSDT (priceScale 1, qtyScale 3) under the same id");
        assertThatThrownBy(() -> run(List.of(eth), new ImportTarget("BTCUSDT", 7, 2, 3, 60), false, journal))
            .hasMessage("journal " + journal + " already defines BTCUSDT as symbol id 1; refusing to import it as "
                + "symbol id 7");
        assertThat(ImportFixtures.readJournal(journal)).hasSize(2);
    }

    @Test
    void shouldRefuseAJournalPathThatIsAFile()
    {
        final Path notDir = ImportFixtures.write(tmp.resolve("file"), new byte[] {1});
        final Path csv = ImportFixtures.csv(tmp, "a.csv", HEADER, row(0));

        assertThatThrownBy(() -> run(List.of(csv), BTC_1M, false, notDir))
            .isInstanceOf(ImportException.class)
            .hasMessage("cannot import into " + notDir + ": it is a file, not a journal directory");
    }

    @Test
    void shouldRefuseAMissingFileBeforeCreatingTheJournal()
    {
        final Path journal = tmp.resolve("journal");
        final Path missing = tmp.resolve("nope.csv.gz");

        assertThatThrownBy(() -> run(List.of(ImportFixtures.csv(tmp, "a.csv", HEADER, row(0)), missing), BTC_1M, false,
            journal))
            .isInstanceOf(ImportException.class)
            .hasMessage(missing + ": no such file");
        assertThat(journal).doesNotExist();
    }

    @Test
    void shouldDescribeTheImportForTheCommandLine()
    {
        final Path file = ImportFixtures.csv(tmp, "a.csv", HEADER, row(0), row(2), "bad");
        final Path journal = tmp.resolve("journal");

        final ImportReport report = run(List.of(file), BTC_1M, true, journal);

        assertThat(report.describe()).isEqualTo(
            "imported 2 BTCUSDT 1m bars (symbol id 1) into new journal " + journal
                + ": sequences 0..2, SymbolDefinition first\n"
                + "files: " + file + "\n"
                + "rows read: 3, bars: 2, rows skipped: 1\n"
                + "open times: 2025-05-29T17:05:00Z .. 2025-05-29T17:07:00Z\n"
                + "gaps: 1 (1 missing bar)\n"
                + "  [2025-05-29T17:06:00Z, 2025-05-29T17:07:00Z) 1 missing bar before " + file + ":3\n"
                + "skipped rows:\n"
                + "  " + file + ":4: expected 6 columns (open_time_ms,open,high,low,close,volume), found 1\n");
    }

    @Test
    void shouldWriteWithDefaultJournalOptions()
    {
        final Path journal = tmp.resolve("journal");

        final ImportReport report = KlineImport.run(List.of(ImportFixtures.csv(tmp, "a.csv", HEADER, row(0))), BTC_1M,
            false, journal);

        assertThat(report.barsWritten()).isOne();
        assertThat(ImportFixtures.readJournal(journal)).hasSize(2);
    }

    @Test
    void shouldRefuseAnInvalidTarget()
    {
        assertThatThrownBy(() -> new ImportTarget("BTCUSDT", 0, 2, 3, 60))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("symbol id of BTCUSDT must be 1..65535: 0");
        assertThatThrownBy(() -> new ImportTarget("BTCUSDT", 1, 19, 3, 60))
            .hasMessage("price and qty scales of BTCUSDT must be 0..18: priceScale 19, qtyScale 3");
        assertThatThrownBy(() -> new ImportTarget(" ", 1, 2, 3, 60))
            .hasMessage("symbol name must be non-blank, without surrounding spaces: ' '");
        assertThatThrownBy(() -> new ImportTarget("BTCUSDT", 1, 2, 3, 0))
            .hasMessage("bar interval of BTCUSDT must be positive: 0 s");
    }

    @Test
    void shouldLeaveTheJournalToItsWriterWhenAnotherEngineHoldsIt()
    {
        final Path journal = tmp.resolve("journal");
        run(List.of(ImportFixtures.csv(tmp, "a.csv", HEADER, row(0))), BTC_1M, false, journal);
        try (ringfire.journal.Journal held = ringfire.journal.Journal.openForWriting(journal,
            JournalFixtures.fixedClockOptions()))
        {
            assertThat(held.dir()).isEqualTo(journal);
            assertThatThrownBy(() -> run(List.of(ImportFixtures.csv(tmp, "b.csv", HEADER, row(1))), BTC_1M, false,
                journal))
                .isInstanceOf(JournalException.class)
                .hasMessageContaining("is being written by another engine");
        }
    }

    @Test
    void shouldRemoveOnlyWhatAFailedImportCreated() throws IOException
    {
        final Path existing = Files.createDirectory(tmp.resolve("existing"));
        final Path keep = ImportFixtures.write(existing.resolve("notes.txt"), new byte[] {1});
        final JournalDirectory before = JournalDirectory.before(existing);
        ImportFixtures.write(existing.resolve("20250601.cq4"), new byte[] {2});
        Files.createDirectories(existing.resolve("sub/deeper"));
        final Path created = tmp.resolve("created");
        final JournalDirectory none = JournalDirectory.before(created);
        ImportFixtures.write(Files.createDirectories(created).resolve("x.cq4"), new byte[] {3});

        before.removeCreated();
        none.removeCreated();

        try (var left = Files.list(existing))
        {
            assertThat(left).containsExactly(keep);
        }
        assertThat(created).doesNotExist();
    }

    private static ImportReport run(
        final List<Path> files, final ImportTarget target, final boolean skipBad, final Path journal)
    {
        return KlineImport.run(files, target, skipBad, journal, JournalFixtures.fixedClockOptions());
    }
}
