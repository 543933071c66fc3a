package ringfire.journal.dump;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringfire.codecs.sbe.Side;
import ringfire.journal.testing.EventFixtures;
import ringfire.journal.testing.JournalFixtures;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JournalDumpTest
{
    static final String SESSION_START = "{\"index\":\"4f1000000000\",\"type\":\"SessionStart\",\"seq\":0,"
        + "\"eventTime\":\"2025-06-01T00:00:00.000000000Z\",\"eventTimeNs\":1748736000000000000,\"source\":\"ENGINE\","
        + "\"kind\":\"metadata\",\"schemaVersion\":1,\"engineVersion\":\"0.1.0\",\"configHash\":\"cafe01\","
        + "\"config\":\"{\\\"risk\\\":\\\"low\\\"}\"}";
    static final String SYMBOL_DEFINITION = "{\"index\":\"4f1000000001\",\"type\":\"SymbolDefinition\",\"seq\":1,"
        + "\"eventTime\":\"2025-06-01T00:00:00.000001000Z\",\"eventTimeNs\":1748736000000001000,\"source\":\"IMPORT\","
        + "\"kind\":\"input\",\"symbolId\":1,\"symbol\":\"BTCUSDT\",\"priceScale\":2,\"qtyScale\":3,\"name\":\"BTCUSDT\"}";
    static final String TRADE = "{\"index\":\"4f1000000002\",\"type\":\"Trade\",\"seq\":2,"
        + "\"eventTime\":\"2025-06-01T00:00:00.123456789Z\",\"eventTimeNs\":1748736000123456789,\"source\":\"FEED\","
        + "\"kind\":\"input\",\"symbolId\":1,\"symbol\":\"BTCUSDT\",\"side\":\"BUY\",\"price\":\"16578.50\","
        + "\"qty\":\"0.001\",\"tradeId\":\"T-1657850\"}";
    static final String BAR = "{\"index\":\"4f1000000003\",\"type\":\"Bar\",\"seq\":3,"
        + "\"eventTime\":\"2025-06-01T00:01:00.000000000Z\",\"eventTimeNs\":1748736060000000000,\"source\":\"FEED\","
        + "\"kind\":\"input\",\"symbolId\":1,\"symbol\":\"BTCUSDT\",\"intervalSeconds\":60,"
        + "\"openTime\":\"2025-06-01T00:00:00.000000000Z\",\"openTimeNs\":1748736000000000000,"
        + "\"open\":\"16578.50\",\"high\":\"16600.00\",\"low\":\"16500.00\",\"close\":\"16580.00\","
        + "\"volume\":\"12.345\",\"turnover\":\"20465.00000000\",\"closed\":true}";
    static final String SIGNAL = "{\"index\":\"4f1000000004\",\"type\":\"Signal\",\"seq\":3,"
        + "\"eventTime\":\"2025-06-01T00:01:00.000005000Z\",\"eventTimeNs\":1748736060000005000,\"source\":\"ENGINE\","
        + "\"kind\":\"decision\",\"strategyId\":7,\"symbolId\":1,\"symbol\":\"BTCUSDT\",\"side\":\"BUY\","
        + "\"confidence\":\"0.75000000\",\"referencePrice\":\"16580.00\",\"stopPrice\":\"16500.00\","
        + "\"takeProfitPrice\":\"16700.00\"}";

    @TempDir
    Path tmp;

    @Test
    void shouldPrintOneExactJsonLinePerRecord()
    {
        final Path dir = sample();
        final StringBuilder out = new StringBuilder();

        final long lines = JournalDump.dump(dir, out);

        assertThat(lines).isEqualTo(5);
        assertThat(out.toString()).isEqualTo(
            SESSION_START + "\n" + SYMBOL_DEFINITION + "\n" + TRADE + "\n" + BAR + "\n" + SIGNAL + "\n");
    }

    @Test
    void shouldPrintTheSameToAPrintStreamAndAWriter()
    {
        final Path dir = sample();
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final StringWriter writer = new StringWriter();

        try (PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8))
        {
            JournalDump.dump(dir, stream);
        }
        JournalDump.dump(dir, writer);

        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(writer.toString()).startsWith(SESSION_START);
    }

    @Test
    void shouldBeDeterministic()
    {
        final Path dir = sample();
        final StringBuilder first = new StringBuilder();
        final StringBuilder second = new StringBuilder();

        JournalDump.dump(dir, first);
        JournalDump.dump(dir, second);

        assertThat(first.toString()).isEqualTo(second.toString());
    }

    @Test
    void shouldFilterByTypeWhileStillLearningSymbols()
    {
        final Path dir = sample();
        final StringBuilder out = new StringBuilder();

        final long lines = JournalDump.dump(dir, out, DumpFilter.ALL.withTypes("Trade", "Signal"));

        assertThat(lines).isEqualTo(2);
        assertThat(out.toString()).isEqualTo(TRADE + "\n" + SIGNAL + "\n");
    }

    @Test
    void shouldFilterByKind()
    {
        final Path dir = sample();
        final StringBuilder out = new StringBuilder();

        JournalDump.dump(dir, out, DumpFilter.ALL.withKinds(EventKind.DECISION, EventKind.METADATA));

        assertThat(out.toString()).isEqualTo(SESSION_START + "\n" + SIGNAL + "\n");
    }

    @Test
    void shouldFilterBySymbolAndStopAfterTheLimit()
    {
        final Path dir = sample();
        final StringBuilder out = new StringBuilder();

        final long lines = JournalDump.dump(dir, out, DumpFilter.ALL.withSymbols("BTCUSDT").withMaxRecords(2));

        assertThat(lines).isEqualTo(2);
        assertThat(out.toString()).isEqualTo(SYMBOL_DEFINITION + "\n" + TRADE + "\n");
    }

    @Test
    void shouldRefuseAFilterOnATypeTheSchemaDoesNotHave()
    {
        final Path dir = sample();

        assertThatThrownBy(() -> JournalDump.dump(dir, new StringBuilder(), DumpFilter.ALL.withTypes("Trades")))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("unknown event type Trades")
            .hasMessageContaining("Trade, TradingStateChange");
    }

    @Test
    void shouldPrintRawIntegersForASymbolNotYetDefined()
    {
        final Path dir = tmp.resolve("journal");
        final EventFixtures events = new EventFixtures();
        JournalFixtures.write(dir, List.of(
            events.bytes(events.trade(1, EventFixtures.T0, 9, Side.SELL, 1_657_850, 1, "x")),
            events.bytes(events.symbolDefinition(2, EventFixtures.T0, 9, 1, 0, "ETHUSDT")),
            events.bytes(events.trade(3, EventFixtures.T0, 9, Side.SELL, 1_657_850, 1, "y"))));
        final StringBuilder out = new StringBuilder();

        JournalDump.dump(dir, out, DumpFilter.ALL.withTypes("Trade"));

        assertThat(out.toString().split("\n")).containsExactly(
            "{\"index\":\"4f1000000000\",\"type\":\"Trade\",\"seq\":1,\"eventTime\":\"2025-06-01T00:00:00.000000000Z\","
                + "\"eventTimeNs\":1748736000000000000,\"source\":\"FEED\",\"kind\":\"input\",\"symbolId\":9,"
                + "\"unscaled\":true,\"side\":\"SELL\",\"price\":\"1657850\",\"qty\":\"1\",\"tradeId\":\"x\"}",
            "{\"index\":\"4f1000000002\",\"type\":\"Trade\",\"seq\":3,\"eventTime\":\"2025-06-01T00:00:00.000000000Z\","
                + "\"eventTimeNs\":1748736000000000000,\"source\":\"FEED\",\"kind\":\"input\",\"symbolId\":9,"
                + "\"symbol\":\"ETHUSDT\",\"side\":\"SELL\",\"price\":\"165785.0\",\"qty\":\"1\",\"tradeId\":\"y\"}");
    }

    private Path sample()
    {
        final Path dir = tmp.resolve("journal");
        JournalFixtures.write(dir, JournalFixtures.sampleEvents());
        return dir;
    }
}
