package ringfire.journal.importer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringfire.journal.importer.ImportFixtures.Bars;
import ringfire.journal.importer.ImportFixtures.SunkBar;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ringfire.journal.importer.ImportFixtures.BTC_1M;

class KlineJsonTest
{
    /** The docs' example: inverse BTCUSD, 60-minute bars; contracts as volume, BTC as turnover. */
    private static final ImportTarget BTCUSD_1H = new ImportTarget("BTCUSD", 9, 1, 0, 3600);

    @TempDir
    Path tmp;

    @Test
    void shouldReadTheCapturedLinearResponseOldestFirst()
    {
        final Path file = ImportFixtures.resource("rest-kline-response-linear-captured.json");
        final Bars bars = new Bars();

        final KlineStats stats = KlineFile.read(file, BTC_1M, false, bars);

        assertThat(bars.openTimes()).containsExactly(1_687_589_400_000L, 1_687_589_460_000L, 1_687_589_520_000L,
            1_687_589_580_000L, 1_687_589_640_000L);
        // list[4]: ["1687589400000","30678.6","30690.9","30678.5","30689.9","38.747","1188886.4093"]
        assertThat(bars.list.get(0)).isEqualTo(
            new SunkBar(1_687_589_400_000L, 3_067_860, 3_069_090, 3_067_850, 3_068_990, 38_747, 118_888_640_930_000L));
        // list[0]: ["1687589640000","30709.9","30710.4","30709.9","30710.3","3.655","112245.7381"]
        assertThat(bars.list.get(4)).isEqualTo(
            new SunkBar(1_687_589_640_000L, 3_070_990, 3_071_040, 3_070_990, 3_071_030, 3_655, 11_224_573_810_000L));
        assertThat(stats.rowsRead()).isEqualTo(5);
        assertThat(stats.gapCount()).isZero();
    }

    @Test
    void shouldReadThePrettyPrintedDocsResponse()
    {
        final Path file = ImportFixtures.resource("rest-kline-response.json");
        final Bars bars = new Bars();

        KlineFile.read(file, BTCUSD_1H, false, bars);

        assertThat(bars.list).containsExactly(
            new SunkBar(1_670_601_600_000L, 170_865, 170_880, 169_780, 170_715, 6_356, 37_288_112L),
            new SunkBar(1_670_605_200_000L, 170_715, 170_715, 170_610, 170_710, 4_177, 24_469_757L),
            new SunkBar(1_670_608_800_000L, 170_710, 170_730, 170_270, 170_555, 268_611, 1_574_462_667L));
    }

    @Test
    void shouldRefuseAResponseForAnotherSymbol()
    {
        final Path file = ImportFixtures.resource("rest-kline-response.json");

        assertThatThrownBy(() -> KlineFile.read(file, new ImportTarget("ETHUSD", 9, 1, 0, 3600), false, new Bars()))
            .isInstanceOf(ImportException.class)
            .hasMessage(file + ": holds 'BTCUSD' klines (result.symbol), not ETHUSD");
    }

    @Test
    void shouldRefuseABybitErrorResponse()
    {
        final Path file = json("error.json", "{\"retCode\":10001,\"retMsg\":\"Illegal category\",\"result\":{},"
            + "\"retExtInfo\":{},\"time\":1672025956592}");

        assertThatThrownBy(() -> KlineFile.read(file, BTC_1M, false, new Bars()))
            .isInstanceOf(ImportException.class)
            .hasMessage(file + ": Bybit error response: retCode 10001 'Illegal category'");
    }

    @Test
    void shouldRefuseAResponseWithoutOrWithAnEmptyList()
    {
        final Path noList = json("nolist.json", "{\"retCode\":0,\"result\":{\"symbol\":\"BTCUSDT\"}}");
        final Path empty = json("empty.json", "{\"retCode\":0,\"result\":{\"symbol\":\"BTCUSDT\",\"list\":[]}}");
        final Path array = json("array.json", "{\"result\":{\"list\":{}}}");

        assertThatThrownBy(() -> KlineFile.read(noList, BTC_1M, false, new Bars()))
            .hasMessage(noList + ": not a Bybit kline response: no result.list");
        assertThatThrownBy(() -> KlineFile.read(empty, BTC_1M, false, new Bars()))
            .hasMessage(empty + ": result.list is empty");
        assertThatThrownBy(() -> KlineFile.read(array, BTC_1M, false, new Bars()))
            .hasMessage(array + ": result.list is not an array");
    }

    @Test
    void shouldNameTheListElementOfABadRow()
    {
        final Path file = json("bad.json", "{\"result\":{\"list\":["
            + "[\"1687589460000\",\"30689.9\",\"30710.3\",\"30689.9\",\"30708\",\"51.984\",\"1595858.2778\"],"
            + "[\"1687589400000\",\"30678.6\",\"30690.9\",\"30678.5\",\"30689.9\",\"38.747\"]]}}");

        assertThatThrownBy(() -> KlineFile.read(file, BTC_1M, false, new Bars()))
            .isInstanceOf(ImportException.class)
            .hasMessage(file + ":list[1]: expected 7 values [startTime, open, high, low, close, volume, turnover], "
                + "found 6");
    }

    @Test
    void shouldRefuseElementsThatAreNotArraysOfStrings()
    {
        final Path notArray = json("obj.json", "{\"result\":{\"list\":[{\"t\":1}]}}");
        final Path nullValue = json("null.json", "{\"result\":{\"list\":[[\"1687589400000\",null,\"1\",\"1\",\"1\","
            + "\"1\",\"1\"]]}}");

        assertThatThrownBy(() -> KlineFile.read(notArray, BTC_1M, false, new Bars()))
            .hasMessage(notArray + ":list[0]: expected an array [startTime, open, high, low, close, volume, turnover], "
                + "found an object");
        assertThatThrownBy(() -> KlineFile.read(nullValue, BTC_1M, false, new Bars()))
            .hasMessage(nullValue + ":list[0]: value 1 is null, not a string");
    }

    @Test
    void shouldReadNumbersByTheirExactText()
    {
        final Path file = json("numbers.json", "{\"result\":{\"list\":[[1687589400000,30678.6,30690.9,30678.5,"
            + "30689.9,38.747,1188886.4093]]}}");
        final Bars bars = new Bars();

        KlineFile.read(file, BTC_1M, false, bars);

        assertThat(bars.list).containsExactly(
            new SunkBar(1_687_589_400_000L, 3_067_860, 3_069_090, 3_067_850, 3_068_990, 38_747, 118_888_640_930_000L));
    }

    @Test
    void shouldRefuseAListThatIsNotNewestFirst()
    {
        final Path file = json("ascending.json", "{\"result\":{\"list\":["
            + "[\"1687589400000\",\"30678.6\",\"30690.9\",\"30678.5\",\"30689.9\",\"38.747\",\"1188886.4093\"],"
            + "[\"1687589460000\",\"30689.9\",\"30710.3\",\"30689.9\",\"30708\",\"51.984\",\"1595858.2778\"]]}}");

        assertThatThrownBy(() -> KlineFile.read(file, BTC_1M, false, new Bars()))
            .isInstanceOf(ImportException.class)
            .hasMessage(file + ":list[0]: open time 2023-06-24T06:50:00Z goes back in time: the bar before it ("
                + file + ":list[1]) opened at 2023-06-24T06:51:00Z");
    }

    @Test
    void shouldReportInvalidJsonWithItsPosition()
    {
        final Path file = json("broken.json", "{\"result\":{\"list\":[[\"1687589400000\",\"30678.6\"");
        final Path notObject = json("array.json", "[1, 2]");

        assertThatThrownBy(() -> KlineFile.read(file, BTC_1M, false, new Bars()))
            .isInstanceOf(ImportException.class)
            .hasMessage(file + ":list[0]: invalid JSON: Unexpected end-of-input: expected close marker for Array "
                + "(line 1, column 46)");
        assertThatThrownBy(() -> KlineFile.read(notObject, BTC_1M, false, new Bars()))
            .hasMessage(notObject + ":1: not a kline file: expected a Bybit kline JSON object or the CSV header "
                + "open_time_ms,open,high,low,close,volume[,turnover], found '[1, 2]'");
    }

    @Test
    void shouldReadAGzippedResponse() throws Exception
    {
        final String text = java.nio.file.Files.readString(
            ImportFixtures.resource("rest-kline-response-linear-captured.json"));
        final Path file = ImportFixtures.gzip(tmp, "kline.json.gz", text);
        final Bars bars = new Bars();

        KlineFile.read(file, BTC_1M, false, bars);

        assertThat(bars.list).hasSize(5);
    }

    private Path json(final String name, final String text)
    {
        return ImportFixtures.write(tmp.resolve(name), text.getBytes(StandardCharsets.UTF_8));
    }
}
