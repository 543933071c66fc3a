package ringfire.journal.importer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringfire.journal.importer.ImportFixtures.Bars;
import ringfire.journal.importer.ImportFixtures.SunkBar;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ringfire.journal.importer.ImportFixtures.BTC_1M;
import static ringfire.journal.importer.ImportFixtures.HEADER;
import static ringfire.journal.importer.ImportFixtures.T0;

class KlineCsvTest
{
    private static final String CONTENT = HEADER + "\n"
        + "1748538300000,106631.1,106702.6,106616.3,106688.4,61.385\n"
        + "1748538360000,106688.4,106702.6,106567.0,106580.4,41.76\n"
        + "1748538420000,106580.4,106589.2,106550.0,106589.2,46.022\n";

    @TempDir
    Path tmp;

    @Test
    void shouldReadAPlainCsvExactly()
    {
        final Path file = ImportFixtures.write(tmp.resolve("btc.csv"), CONTENT.getBytes(StandardCharsets.US_ASCII));
        final Bars bars = new Bars();

        final KlineStats stats = KlineFile.read(file, BTC_1M, false, bars);

        assertThat(bars.list).containsExactly(
            new SunkBar(1_748_538_300_000L, 10_663_110, 10_670_260, 10_661_630, 10_668_840, 61_385, 0),
            new SunkBar(1_748_538_360_000L, 10_668_840, 10_670_260, 10_656_700, 10_658_040, 41_760, 0),
            new SunkBar(1_748_538_420_000L, 10_658_040, 10_658_920, 10_655_000, 10_658_920, 46_022, 0));
        assertThat(stats.rowsRead()).isEqualTo(3);
        assertThat(stats.bars()).isEqualTo(3);
        assertThat(stats.rowsSkipped()).isZero();
        assertThat(stats.gapCount()).isZero();
        assertThat(stats.firstOpenTimeMs()).isEqualTo(1_748_538_300_000L);
        assertThat(stats.lastOpenTimeMs()).isEqualTo(1_748_538_420_000L);
    }

    @Test
    void shouldReadGzipByItsMagicBytesWhateverItsName() throws IOException
    {
        final Path gzipped = ImportFixtures.gzip(tmp, "btc.csv", CONTENT);
        final Path plain = ImportFixtures.write(tmp.resolve("plain.csv.gz"),
            CONTENT.getBytes(StandardCharsets.US_ASCII));
        final Path gz = ImportFixtures.gzip(tmp, "btc2.csv.gz", CONTENT);
        assertThat(Files.readAllBytes(gz)[0]).isEqualTo((byte)0x1f);
        final Bars fromGzip = new Bars();
        final Bars fromPlain = new Bars();
        final Bars fromGz = new Bars();

        KlineFile.read(gzipped, BTC_1M, false, fromGzip);
        KlineFile.read(plain, BTC_1M, false, fromPlain);
        KlineFile.read(gz, BTC_1M, false, fromGz);

        assertThat(fromGzip.list).hasSize(3).isEqualTo(fromPlain.list).isEqualTo(fromGz.list);
    }

    @Test
    void shouldReadTurnoverAtTheMoneyScale()
    {
        final Path file = ImportFixtures.csv(tmp, "t.csv", HEADER + ",turnover",
            T0 + ",6500,6591.5,6500,6591.5,0.004,26.366",
            (T0 + 60_000) + ",6591.5,6628.5,6457.5,6511.5,438.873,2857721.53950001");
        final Bars bars = new Bars();

        KlineFile.read(file, BTC_1M, false, bars);

        assertThat(bars.list).containsExactly(
            new SunkBar(T0, 650_000, 659_150, 650_000, 659_150, 4, 2_636_600_000L),
            new SunkBar(T0 + 60_000, 659_150, 662_850, 645_750, 651_150, 438_873, 285_772_153_950_001L));
    }

    @Test
    void shouldAcceptAByteOrderMarkCrlfAndEmptyLines()
    {
        final byte[] bom = {(byte)0xEF, (byte)0xBB, (byte)0xBF};
        final byte[] text = (HEADER + "\r\n" + ImportFixtures.row(0) + "\r\n\r\n" + ImportFixtures.row(1) + "\r\n\n")
            .getBytes(StandardCharsets.US_ASCII);
        final byte[] bytes = Arrays.copyOf(bom, bom.length + text.length);
        System.arraycopy(text, 0, bytes, bom.length, text.length);
        final Path file = ImportFixtures.write(tmp.resolve("crlf.csv"), bytes);
        final Bars bars = new Bars();

        final KlineStats stats = KlineFile.read(file, BTC_1M, false, bars);

        assertThat(bars.openTimes()).containsExactly(T0, T0 + 60_000);
        assertThat(stats.rowsRead()).isEqualTo(2);
    }

    @Test
    void shouldReadALastLineWithoutLineFeed()
    {
        final Path file = ImportFixtures.write(tmp.resolve("nolf.csv"),
            (HEADER + "\n" + ImportFixtures.row(0) + "\n" + ImportFixtures.row(1)).getBytes(StandardCharsets.US_ASCII));
        final Bars bars = new Bars();

        KlineFile.read(file, BTC_1M, false, bars);

        assertThat(bars.openTimes()).containsExactly(T0, T0 + 60_000);
    }

    @Test
    void shouldRefuseAFileWithoutTheHeader()
    {
        final Path file = ImportFixtures.csv(tmp, "nohead.csv", ImportFixtures.row(0));

        assertThatThrownBy(() -> KlineFile.read(file, BTC_1M, false, new Bars()))
            .isInstanceOf(ImportException.class)
            .hasMessage(file + ":1: not a kline file: expected a Bybit kline JSON object or the CSV header "
                + "open_time_ms,open,high,low,close,volume[,turnover], found '1748538300000,106631.1,106702.6,"
                + "106616.3,106688.4,61.385'");
    }

    @Test
    void shouldRefuseAnotherHeader()
    {
        final Path file = ImportFixtures.csv(tmp, "other.csv", "open_time_ms,open,high,low,close,turnover",
            ImportFixtures.row(0));

        assertThatThrownBy(() -> KlineFile.read(file, BTC_1M, false, new Bars()))
            .isInstanceOf(ImportException.class)
            .hasMessageEndingWith(", found 'open_time_ms,open,high,low,close,turnover'")
            .hasMessageStartingWith(file + ":1: not a kline file:");
    }

    @Test
    void shouldRefuseAnEmptyFileAndAHeaderWithoutRows()
    {
        final Path empty = ImportFixtures.write(tmp.resolve("empty.csv"), new byte[0]);
        final Path blank = ImportFixtures.write(tmp.resolve("blank.csv"), "\n \n".getBytes(StandardCharsets.US_ASCII));
        final Path headerOnly = ImportFixtures.csv(tmp, "header.csv", HEADER);
        final Path emptyGzip = ImportFixtures.gzip(tmp, "empty.csv.gz", "");

        assertThatThrownBy(() -> KlineFile.read(empty, BTC_1M, false, new Bars())).hasMessage(empty + ": empty file");
        assertThatThrownBy(() -> KlineFile.read(blank, BTC_1M, false, new Bars())).hasMessage(blank + ": empty file");
        assertThatThrownBy(() -> KlineFile.read(emptyGzip, BTC_1M, true, new Bars()))
            .hasMessage(emptyGzip + ": empty file");
        assertThatThrownBy(() -> KlineFile.read(headerOnly, BTC_1M, true, new Bars()))
            .isInstanceOf(ImportException.class)
            .hasMessage(headerOnly + ": no rows after the CSV header");
    }

    @Test
    void shouldRefuseAMissingFileAndADirectory()
    {
        final Path missing = tmp.resolve("missing.csv");

        assertThatThrownBy(() -> KlineFile.read(missing, BTC_1M, false, new Bars()))
            .isInstanceOf(ImportException.class)
            .hasMessage(missing + ": no such file");
        assertThatThrownBy(() -> KlineFile.read(tmp, BTC_1M, false, new Bars()))
            .isInstanceOf(ImportException.class)
            .hasMessage(tmp + ": is a directory, not a kline file");
    }

    @Test
    void shouldReportATruncatedGzipFileWithTheLineItReached() throws IOException
    {
        final StringBuilder content = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < 2_000; i++)
        {
            content.append(ImportFixtures.row(i)).append('\n');
        }
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes))
        {
            out.write(content.toString().getBytes(StandardCharsets.US_ASCII));
        }
        final byte[] whole = bytes.toByteArray();
        final Path file = ImportFixtures.write(tmp.resolve("cut.csv.gz"), Arrays.copyOf(whole, whole.length / 2));

        assertThatThrownBy(() -> KlineFile.read(file, BTC_1M, false, new Bars()))
            .isInstanceOf(ImportException.class)
            .hasMessageMatching("\\Q" + file + "\\E:\\d+: cannot read: Unexpected end of ZLIB input stream");
    }
}
