package ringfire.journal.importer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ringfire.journal.importer.ImportFixtures.Bars;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ringfire.journal.importer.ImportFixtures.BTC_1M;
import static ringfire.journal.importer.ImportFixtures.HEADER;
import static ringfire.journal.importer.ImportFixtures.T0;
import static ringfire.journal.importer.ImportFixtures.row;

class KlineValidationTest
{
    @TempDir
    Path tmp;

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "1748538300000,1,2,3 | expected 6 columns (open_time_ms,open,high,low,close,volume), found 4",
        "1748538300000,1,2,3,4,5,6 | expected 6 columns (open_time_ms,open,high,low,close,volume), found 7",
        "1748538300000,abc,2,1,2,1 | open 'abc' is not a decimal number",
        "1748538300000,,2,1,2,1 | open '' is not a decimal number",
        "1748538300000,1, 2,1,2,1 | high ' 2' is not a decimal number",
        "1748538300000,1,2,1e1,2,1 | low '1e1' is not a decimal number",
        "1748538300000,1,2,-5,2,1 | low '-5' is not a positive price",
        "1748538300000,1,2,1,0,1 | close '0' is not a positive price",
        "1748538300000,1,2,1,0.00,1 | close '0.00' is not a positive price",
        "1748538300000,106702.1,106702.655,106702.1,106702.1,1 | high '106702.655' has 3 decimal places, more than "
            + "BTCUSDT's price scale 2",
        "1748538300000,99999999999999999999,1,1,1,1 | open '99999999999999999999' is out of range",
        "1748538300000,100,101,99,102,1 | high 101.00 is below max(open 100.00, close 102.00)",
        "1748538300000,102,101.5,99,100,1 | high 101.50 is below max(open 102.00, close 100.00)",
        "1748538300000,100,103,100.5,102,1 | low 100.50 is above min(open 100.00, close 102.00)",
        "1748538300000,100,103,99.5,99,1 | low 99.50 is above min(open 100.00, close 99.00)",
        "1748538300000,100,99,101,100,1 | high 99.00 is below low 101.00",
        "1748538300000,100,101,99,100,-1 | volume '-1' is negative",
        "1748538300000,100,101,99,100,x | volume 'x' is not a decimal number",
        "1748538300000,100,101,99,100,0.0001 | volume '0.0001' has 4 decimal places, more than BTCUSDT's qty scale 3",
        "1748538330000,100,101,99,100,1 | open time 2025-05-29T17:05:30Z (1748538330000) is not aligned to the 1m "
            + "interval",
        "2025-05-29,100,101,99,100,1 | open time '2025-05-29' is not a whole number of epoch milliseconds",
        "1748538300000.0,100,101,99,100,1 | open time '1748538300000.0' is not a whole number of epoch milliseconds",
        "-60000,100,101,99,100,1 | open time '-60000' is negative",
        "99999999999999999999,100,101,99,100,1 | open time '99999999999999999999' is out of range (after "
            + "2262-04-11T23:46:16.854Z)",
    })
    void shouldRefuseABadRowNamingFileLineAndProblem(final String line, final String problem)
    {
        final Path file = ImportFixtures.csv(tmp, "bad.csv", HEADER, line);

        assertThatThrownBy(() -> KlineFile.read(file, BTC_1M, false, new Bars()))
            .isInstanceOf(ImportException.class)
            .hasMessage(file + ":2: " + problem);
    }

    @Test
    void shouldRefuseANegativeTurnoverAndOneBeyondTheMoneyScale()
    {
        final Path negative = ImportFixtures.csv(tmp, "neg.csv", HEADER + ",turnover", row(0) + ",-0.5");
        final Path precise = ImportFixtures.csv(tmp, "precise.csv", HEADER + ",turnover", row(0) + ",1.123456789");

        assertThatThrownBy(() -> KlineFile.read(negative, BTC_1M, false, new Bars()))
            .hasMessage(negative + ":2: turnover '-0.5' is negative");
        assertThatThrownBy(() -> KlineFile.read(precise, BTC_1M, false, new Bars()))
            .hasMessage(precise + ":2: turnover '1.123456789' has 9 decimal places, more than the money scale 8");
    }

    @Test
    void shouldAcceptTrailingZerosBeyondTheScaleButNeverRound()
    {
        final Path zeros = ImportFixtures.csv(tmp, "zeros.csv", HEADER, T0 + ",100.000,101.0000,99.00,100.10,1.0000");
        final Bars bars = new Bars();

        KlineFile.read(zeros, BTC_1M, false, bars);

        assertThat(bars.list.get(0).open()).isEqualTo(10_000);
        assertThat(bars.list.get(0).close()).isEqualTo(10_010);
        assertThat(bars.list.get(0).volume()).isEqualTo(1_000);
    }

    @Test
    void shouldRefuseADuplicateNamingBothRows()
    {
        final Path file = ImportFixtures.csv(tmp, "dup.csv", HEADER, row(0), row(1), row(1));

        assertThatThrownBy(() -> KlineFile.read(file, BTC_1M, false, new Bars()))
            .isInstanceOf(ImportException.class)
            .hasMessage(file + ":4: duplicate bar: open time 2025-05-29T17:06:00Z is also at " + file + ":3");
    }

    @Test
    void shouldRefuseTimeGoingBack()
    {
        final Path file = ImportFixtures.csv(tmp, "back.csv", HEADER, row(0), row(2), row(1));

        assertThatThrownBy(() -> KlineFile.read(file, BTC_1M, false, new Bars()))
            .isInstanceOf(ImportException.class)
            .hasMessage(file + ":4: open time 2025-05-29T17:06:00Z goes back in time: the bar before it (" + file
                + ":3) opened at 2025-05-29T17:07:00Z");
    }

    @Test
    void shouldRefuseALaterFileThatGoesBackInTime()
    {
        final Path first = ImportFixtures.csv(tmp, "a.csv", HEADER, row(0), row(1), row(2));
        final Path second = ImportFixtures.csv(tmp, "b.csv", HEADER, row(2), row(3));

        assertThatThrownBy(() -> KlineFile.read(List.of(first, second), BTC_1M, false, new Bars()))
            .isInstanceOf(ImportException.class)
            .hasMessage(second + ":2: duplicate bar: open time 2025-05-29T17:07:00Z is also at " + first + ":4");
        assertThatThrownBy(() -> KlineFile.read(List.of(second, first), BTC_1M, false, new Bars()))
            .isInstanceOf(ImportException.class)
            .hasMessage(first + ":2: open time 2025-05-29T17:05:00Z goes back in time: the bar before it (" + second
                + ":3) opened at 2025-05-29T17:08:00Z");
    }

    @Test
    void shouldContinueAcrossFilesAndReportTheGapBetweenThem()
    {
        final Path first = ImportFixtures.csv(tmp, "a.csv", HEADER, row(0), row(1));
        final Path second = ImportFixtures.gzip(tmp, "b.csv.gz", HEADER + "\n" + row(5) + "\n");
        final Bars bars = new Bars();

        final KlineStats stats = KlineFile.read(List.of(first, second), BTC_1M, false, bars);

        assertThat(bars.openTimes()).containsExactly(T0, T0 + 60_000, T0 + 300_000);
        assertThat(stats.gaps()).containsExactly(new Gap(T0 + 120_000, T0 + 300_000, 3, second + ":2"));
    }

    @Test
    void shouldReportGapsWithTheirRangesWithoutFailing()
    {
        final Path file = ImportFixtures.csv(tmp, "gaps.csv", HEADER, row(0), row(1), row(4), row(5), row(10));
        final Bars bars = new Bars();

        final KlineStats stats = KlineFile.read(file, BTC_1M, false, bars);

        assertThat(bars.list).hasSize(5);
        assertThat(stats.gapCount()).isEqualTo(2);
        assertThat(stats.missingBars()).isEqualTo(6);
        assertThat(stats.gaps()).extracting(Gap::from, Gap::to, Gap::missingBars).containsExactly(
            org.assertj.core.groups.Tuple.tuple("2025-05-29T17:07:00Z", "2025-05-29T17:09:00Z", 2L),
            org.assertj.core.groups.Tuple.tuple("2025-05-29T17:11:00Z", "2025-05-29T17:15:00Z", 4L));
        assertThat(stats.gaps().get(1)).hasToString(
            "[2025-05-29T17:11:00Z, 2025-05-29T17:15:00Z) 4 missing bars before " + file + ":6");
        assertThat(stats.describeTo(new StringBuilder()).toString()).isEqualTo(
            "rows read: 5, bars: 5, rows skipped: 0\n"
                + "open times: 2025-05-29T17:05:00Z .. 2025-05-29T17:15:00Z\n"
                + "gaps: 2 (6 missing bars)\n"
                + "  [2025-05-29T17:07:00Z, 2025-05-29T17:09:00Z) 2 missing bars before " + file + ":4\n"
                + "  [2025-05-29T17:11:00Z, 2025-05-29T17:15:00Z) 4 missing bars before " + file + ":6\n");
    }

    @Test
    void shouldSkipAndCountBadRowsWhenAsked()
    {
        final Path file = ImportFixtures.csv(tmp, "mixed.csv", HEADER,
            row(0),
            T0 + 60_000 + ",abc,1,1,1,1",
            row(1),
            row(1),
            row(0),
            "1,2",
            row(2));
        final Bars bars = new Bars();

        final KlineStats stats = KlineFile.read(file, BTC_1M, true, bars);

        assertThat(bars.openTimes()).containsExactly(T0, T0 + 60_000, T0 + 120_000);
        assertThat(stats.rowsRead()).isEqualTo(7);
        assertThat(stats.bars()).isEqualTo(3);
        assertThat(stats.rowsSkipped()).isEqualTo(4);
        assertThat(stats.gapCount()).isZero();
        assertThat(stats.skipReasons()).containsExactly(
            file + ":3: open 'abc' is not a decimal number",
            file + ":5: duplicate bar: open time 2025-05-29T17:06:00Z is also at " + file + ":4",
            file + ":6: open time 2025-05-29T17:05:00Z goes back in time: the bar before it (" + file
                + ":4) opened at 2025-05-29T17:06:00Z",
            file + ":7: expected 6 columns (open_time_ms,open,high,low,close,volume), found 2");
    }

    @Test
    void shouldKeepOnlyTheFirstSkipReasonsButCountEverySkippedRow()
    {
        final List<String> lines = new ArrayList<>(List.of(HEADER, row(0)));
        for (int i = 0; i < 25; i++)
        {
            lines.add("x,1,1,1,1,1");
        }
        final Path file = ImportFixtures.csv(tmp, "many.csv", lines.toArray(String[]::new));

        final KlineStats stats = KlineFile.read(file, BTC_1M, true, new Bars());

        assertThat(stats.rowsSkipped()).isEqualTo(25);
        assertThat(stats.skipReasons()).hasSize(KlineStats.MAX_SKIP_REASONS)
            .startsWith(file + ":3: open time 'x' is not a whole number of epoch milliseconds");
        assertThat(stats.describeTo(new StringBuilder()).toString()).contains("skipped rows (first 20 of 25):\n");
    }

    @Test
    void shouldFailWhenEveryRowIsSkipped()
    {
        final Path file = ImportFixtures.csv(tmp, "allbad.csv", HEADER, "x,1,1,1,1,1", "y,1,1,1,1,1");

        assertThatThrownBy(() -> KlineFile.read(file, BTC_1M, true, new Bars()))
            .isInstanceOf(ImportException.class)
            .hasMessage("no bars left to import: all 2 rows of " + file + " were skipped");
    }

    @Test
    void shouldSkipBadJsonElementsByTheirIndex()
    {
        final Path file = ImportFixtures.write(tmp.resolve("skip.json"), ("{\"result\":{\"list\":["
            + "[\"1687589460000\",\"30689.9\",\"30710.3\",\"30689.9\",\"30708\",\"51.984\",\"1595858.2778\"],"
            + "[\"1687589400000\",\"30678.6\",\"30690.9\",\"30690.5\",\"30689.9\",\"38.747\",\"1188886.4093\"],"
            + "[\"1687589340000\",\"30678.6\",\"30690.9\",\"30678.5\",\"30689.9\",\"38.747\",\"1188886.4093\"]]}}")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        final Bars bars = new Bars();

        final KlineStats stats = KlineFile.read(file, BTC_1M, true, bars);

        assertThat(bars.openTimes()).containsExactly(1_687_589_340_000L, 1_687_589_460_000L);
        assertThat(stats.skipReasons()).containsExactly(
            file + ":list[1]: low 30690.50 is above min(open 30678.60, close 30689.90)");
        assertThat(stats.gaps()).containsExactly(new Gap(1_687_589_400_000L, 1_687_589_460_000L, 1, file + ":list[0]"));
    }
}
