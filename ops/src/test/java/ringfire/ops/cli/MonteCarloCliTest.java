package ringfire.ops.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static ringfire.ops.cli.CliTest.run;

class MonteCarloCliTest
{
    private static final Path DAY = Path.of("src/test/resources/data/BTCUSDT-1m-2025-06-01.csv");
    private static final ObjectMapper JSON = new ObjectMapper()
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @TempDir
    Path tmp;

    private Path trades() throws Exception
    {
        final StringBuilder csv = new StringBuilder(
            "trade_id,symbol,side,qty,entry_time,entry_price,exit_time,exit_price,fees,pnl,exit_reason\n");
        final String[] pnl = {"50.5", "-20", "-30.25", "70", "-10", "-40", "25.12345678", "-5", "15", "-60", "35", "3"};
        for (int i = 0; i < pnl.length; i++)
        {
            csv.append(i + 1).append(",BTCUSDT,LONG,0.010,2025-06-01T00:00:00Z,100.00,2025-06-01T01:00:00Z,101.00,")
                .append("0.1,").append(pnl[i]).append(",STRATEGY\n");
        }
        final Path file = tmp.resolve("trades.csv");
        Files.writeString(file, csv);
        return file;
    }

    private JsonNode monteCarlo(final Path trades, final String seed, final String out, final String... more)
        throws Exception
    {
        final String[] base = {"montecarlo", "--trades", trades.toString(), "--runs", "1000", "--seed", seed, "--out",
            tmp.resolve(out).toString()};
        final String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(more))
            .toArray(String[]::new);
        final CliTest.Run r = run(args);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("12 trades").contains("shuffle    final return").contains("bootstrap  max drawdown");
        return JSON.readTree(tmp.resolve(out).resolve("montecarlo.json").toFile());
    }

    @Test
    void shouldGiveTheSameJsonForTheSameSeedAndAnotherForAnother() throws Exception
    {
        final Path trades = trades();
        monteCarlo(trades, "11", "a");
        monteCarlo(trades, "11", "b");
        monteCarlo(trades, "12", "c");
        assertThat(tmp.resolve("a/montecarlo.json")).hasSameBinaryContentAs(tmp.resolve("b/montecarlo.json"));
        assertThat(Files.readString(tmp.resolve("a/montecarlo.json")))
            .isNotEqualTo(Files.readString(tmp.resolve("c/montecarlo.json")));
    }

    @Test
    void shouldOrderPercentilesAndKeepTheFinalReturnWhenShuffling() throws Exception
    {
        final JsonNode json = monteCarlo(trades(), "5", "p", "--capital", "1000");
        assertThat(json.get("starting_capital").decimalValue()).isEqualByComparingTo("1000");
        assertThat(json.get("original").get("total_pnl").decimalValue()).isEqualByComparingTo("33.37345678");
        for (final String method : new String[] {"shuffle", "bootstrap"})
        {
            for (final String metric : new String[] {"final_return", "max_drawdown"})
            {
                final JsonNode p = json.get(method).get(metric);
                assertThat(p.get("p5").asDouble()).isLessThanOrEqualTo(p.get("p50").asDouble());
                assertThat(p.get("p50").asDouble()).isLessThanOrEqualTo(p.get("p95").asDouble());
            }
        }
        final String original = json.get("original").get("final_return").asText();
        final JsonNode shuffled = json.get("shuffle").get("final_return");
        assertThat(shuffled.get("p5").asText()).isEqualTo(original);
        assertThat(shuffled.get("p95").asText()).isEqualTo(original);
        final JsonNode drawdown = json.get("shuffle").get("max_drawdown");
        assertThat(drawdown.get("p5").asDouble()).as("the order changes the drawdown")
            .isLessThan(drawdown.get("p95").asDouble());
        assertThat(json.get("bootstrap").get("final_return").get("p5").asDouble())
            .isLessThan(json.get("bootstrap").get("final_return").get("p95").asDouble());
    }

    @Test
    void shouldRunTheBacktestFirstAndTakeItsCapital() throws Exception
    {
        final Path out = tmp.resolve("bt");
        final CliTest.Run r = run("montecarlo", "--data", DAY.toString(), "--capital", "5000", "--runs", "200",
            "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(out.resolve("backtest/trades.csv")).exists();
        final JsonNode json = JSON.readTree(out.resolve("montecarlo.json").toFile());
        assertThat(json.get("starting_capital").decimalValue()).isEqualByComparingTo("5000");
        assertThat(json.get("trades").asInt()).isEqualTo(Files.readAllLines(out.resolve("backtest/trades.csv")).size() - 1);
        // --trades on that run's file: capital from the summary.json next to it, same result
        final CliTest.Run again = run("montecarlo", "--trades", out.resolve("backtest/trades.csv").toString(), "--runs",
            "200", "--out", tmp.resolve("again").toString());
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(tmp.resolve("again/montecarlo.json")).hasSameBinaryContentAs(out.resolve("montecarlo.json"));
    }
}
