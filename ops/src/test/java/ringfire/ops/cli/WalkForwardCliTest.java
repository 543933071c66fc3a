package ringfire.ops.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static ringfire.ops.cli.CliTest.run;

/** One walk-forward over the test day (train 6h, test 3h: six windows), checked from every side. */
class WalkForwardCliTest
{
    private static final Path DAY = Path.of("src/test/resources/data/BTCUSDT-1m-2025-06-01.csv");
    private static final Instant START = Instant.parse("2025-06-01T00:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper()
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @TempDir
    static Path tmp;
    static Path out;
    static CliTest.Run result;
    static JsonNode json;
    static List<String> csv;

    @BeforeAll
    static void walkForward() throws Exception
    {
        out = tmp.resolve("wf");
        result = run("walkforward", "--data", DAY.toString(), "--train", "6h", "--test", "3h", "--grid", "fast=3,5",
            "--grid", "slow=30", "--metric", "total_return", "--out", out.toString());
        json = JSON.readTree(out.resolve("walkforward.json").toFile());
        csv = Files.readAllLines(out.resolve("walkforward.csv"));
    }

    @Test
    void shouldSplitTheDayIntoSixRollingWindows()
    {
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(json.get("windows_planned").asInt()).isEqualTo(6);
        assertThat(json.get("windows")).hasSize(6);
        for (int i = 0; i < 6; i++)
        {
            final JsonNode w = json.get("windows").get(i);
            final Instant trainStart = START.plusSeconds(i * 3 * 3600L);
            assertThat(w.get("window").asInt()).isEqualTo(i + 1);
            assertThat(w.get("train_start").asText()).isEqualTo(trainStart.toString());
            assertThat(w.get("train_end").asText()).isEqualTo(trainStart.plusSeconds(6 * 3600).toString())
                .isEqualTo(w.get("test_start").asText());
            assertThat(w.get("test_end").asText()).isEqualTo(trainStart.plusSeconds(9 * 3600).toString());
        }
        assertThat(csv).hasSize(7);
        assertThat(csv.get(0)).startsWith("window,train_start,train_end,test_start,test_end,fast,slow,"
            + "in_sample_total_return,out_of_sample_total_return,");
        assertThat(result.out()).contains("train 6h, test 3h, 2 combinations (fast x slow), chosen by total_return")
            .contains("out-of-sample (stitched 6 test windows)").contains("in-sample average:");
    }

    @Test
    void shouldBacktestExactlyTheBarsOfEachPeriod() throws Exception
    {
        for (int i = 1; i <= 6; i++)
        {
            final Path window = out.resolve("w0" + i);
            final List<String> test = Files.readAllLines(window.resolve("test").resolve("equity.csv"));
            assertThat(test).hasSize(1 + 180);
            final Instant testStart = START.plusSeconds((i - 1) * 3 * 3600L + 6 * 3600L);
            assertThat(test.get(1)).startsWith(testStart.plusSeconds(60) + ",");
            assertThat(Files.readAllLines(window.resolve("train").resolve("1_fast-3_slow-30").resolve("equity.csv")))
                .hasSize(1 + 360);
        }
        assertThat(out.resolve(".slices")).as("temporary slices removed").doesNotExist();
    }

    @Test
    void shouldChooseTheBestTrainRunWithTiesToTheFirst() throws Exception
    {
        for (final JsonNode w : json.get("windows"))
        {
            final Path train = out.resolve(String.format("w%02d", w.get("window").asInt())).resolve("train");
            final double first = JSON.readTree(train.resolve("1_fast-3_slow-30/summary.json").toFile())
                .get("total_return").asDouble();
            final double second = JSON.readTree(train.resolve("2_fast-5_slow-30/summary.json").toFile())
                .get("total_return").asDouble();
            final String expected = second > first ? "5" : "3";
            assertThat(w.get("params").get("fast").asText()).isEqualTo(expected);
            assertThat(w.get("in_sample").get("metric").asDouble()).isEqualTo(Math.max(first, second));
        }
    }

    @Test
    void shouldChainTheTestWindowsAndCompoundTheirReturns()
    {
        final List<String> header = List.of(csv.get(0).split(","));
        final int start = header.indexOf("test_starting_capital");
        final int end = header.indexOf("test_final_equity");
        final int oosReturn = header.indexOf("out_of_sample_total_return");
        double growth = 1;
        String previousFinal = "10000.00000000";
        for (final String row : csv.subList(1, csv.size()))
        {
            final String[] f = row.split(",");
            assertThat(f[start]).as("test starting capital = previous test's final equity").isEqualTo(previousFinal);
            final double r = Double.parseDouble(f[end]) / Double.parseDouble(f[start]) - 1;
            assertThat(Double.parseDouble(f[oosReturn])).isCloseTo(r, within(1e-6));
            growth *= 1 + r;
            previousFinal = f[end];
        }
        final JsonNode oos = json.get("out_of_sample");
        assertThat(oos.get("final_equity").decimalValue()).isEqualByComparingTo(previousFinal);
        assertThat(oos.get("total_return").asDouble()).isCloseTo(growth - 1, within(1e-6))
            .isCloseTo(oos.get("compounded_return").asDouble(), within(1e-6))
            .isCloseTo(Double.parseDouble(previousFinal) / 10_000 - 1, within(1e-6));
        double worstWindow = 0;
        for (final JsonNode w : json.get("windows"))
        {
            worstWindow = Math.max(worstWindow, w.get("out_of_sample").get("max_drawdown").asDouble());
        }
        assertThat(oos.get("max_drawdown").asDouble()).as("at least any window's own drawdown")
            .isGreaterThanOrEqualTo(worstWindow);
        assertThat(oos.get("days").asInt()).isEqualTo(1);
        assertThat(json.get("in_sample_average").get("total_return").isNumber()).isTrue();
    }
}
