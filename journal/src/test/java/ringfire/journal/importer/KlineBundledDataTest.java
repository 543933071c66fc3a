package ringfire.journal.importer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringfire.journal.importer.ImportFixtures.Definition;
import ringfire.journal.importer.ImportFixtures.JournaledBar;
import ringfire.journal.importer.ImportFixtures.Record;
import ringfire.journal.testing.JournalFixtures;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Imports the month of 1m candles bundled in data/ in full, at the instruments' scales (see data/README.md). */
class KlineBundledDataTest
{
    /** The repository's data/ directory; Surefire runs in the journal module's directory. */
    private static final Path DATA = Path.of("..", "data");
    private static final long NS = 1_000_000L;
    private static final long MINUTE_NS = 60_000_000_000L;

    @TempDir
    Path tmp;

    @Test
    void shouldImportEveryBtcusdtBarAtPriceScale2AndQtyScale3()
    {
        final Path journal = tmp.resolve("btc");

        final ImportReport report = KlineImport.run(List.of(DATA.resolve("bybit_linear_BTCUSDT_1m.csv.gz")),
            new ImportTarget("BTCUSDT", 1, 2, 3, 60), false, journal, JournalFixtures.fixedClockOptions());

        assertThat(report.rowsRead()).isEqualTo(44_613);
        assertThat(report.barsWritten()).isEqualTo(44_613);
        assertThat(report.rowsSkipped()).isZero();
        assertThat(report.stats().gapCount()).isZero();
        assertThat(Instant.ofEpochMilli(report.firstOpenTimeMs())).isEqualTo("2025-05-29T17:05:00Z");
        assertThat(Instant.ofEpochMilli(report.lastOpenTimeMs())).isEqualTo("2025-06-29T16:37:00Z");
        final List<Record> records = ImportFixtures.readJournal(journal);
        assertThat(records).hasSize(44_614);
        assertThat(records.get(0)).isEqualTo(new Definition(0, 1_748_538_300_000L * NS, "CONFIG", 1, 2, 3, "BTCUSDT"));
        // first row: 1748538300000,106631.1,106702.6,106616.3,106688.4,61.385
        assertThat(records.get(1)).isEqualTo(new JournaledBar(1, 1_748_538_300_000L * NS + MINUTE_NS, "IMPORT", 1, 60,
            1_748_538_300_000L * NS, 10_663_110, 10_670_260, 10_661_630, 10_668_840, 61_385, 0, "TRUE"));
        // last row: 1751215020000,107434.2,107441.4,107410.6,107441.3,53.509
        assertThat(records.get(44_613)).isEqualTo(new JournaledBar(44_613, 1_751_215_020_000L * NS + MINUTE_NS,
            "IMPORT", 1, 60, 1_751_215_020_000L * NS, 10_743_420, 10_744_140, 10_741_060, 10_744_130, 53_509, 0,
            "TRUE"));
    }

    @Test
    void shouldReadEveryEthusdtBarAtPriceScale2AndQtyScale2()
    {
        final ImportFixtures.Bars bars = new ImportFixtures.Bars();

        final KlineStats stats = KlineFile.read(DATA.resolve("bybit_linear_ETHUSDT_1m.csv.gz"),
            new ImportTarget("ETHUSDT", 2, 2, 2, 60), false, bars);

        assertThat(stats.rowsRead()).isEqualTo(44_612);
        assertThat(stats.bars()).isEqualTo(44_612);
        assertThat(stats.gapCount()).isZero();
        assertThat(Instant.ofEpochMilli(stats.firstOpenTimeMs())).isEqualTo("2025-05-29T17:06:00Z");
        assertThat(Instant.ofEpochMilli(stats.lastOpenTimeMs())).isEqualTo("2025-06-29T16:37:00Z");
        // first row: 1748538360000,2641.93,2641.94,2637.59,2638.6,906.83
        assertThat(bars.list.get(0)).isEqualTo(
            new ImportFixtures.SunkBar(1_748_538_360_000L, 264_193, 264_194, 263_759, 263_860, 90_683, 0));
        // last row: 1751215020000,2432.28,2433.03,2431.21,2432.71,631.72
        assertThat(bars.list.get(44_611)).isEqualTo(
            new ImportFixtures.SunkBar(1_751_215_020_000L, 243_228, 243_303, 243_121, 243_271, 63_172, 0));
    }
}
