package ringfire.journal.dump;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.agrona.ExpandableArrayBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import ringfire.codecs.sbe.MessageHeaderEncoder;
import ringfire.codecs.sbe.Side;
import ringfire.codecs.sbe.Source;
import ringfire.codecs.sbe.TimerKind;
import ringfire.journal.testing.EventFixtures;
import uk.co.real_logic.sbe.ir.Signal;
import uk.co.real_logic.sbe.ir.Token;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ringfire.journal.dump.EventJsonFormatter.NO_INDEX;

class EventJsonFormatterTest
{
    private static final long T0 = EventFixtures.T0;

    private final EventFixtures events = new EventFixtures();
    private final EventJsonFormatter formatter = new EventJsonFormatter();

    @Test
    void shouldScalePricesAndQuantitiesBySymbol()
    {
        define(1, 2, 3, "BTCUSDT");

        final String line = format(events.trade(5, T0 + 7, 1, Side.SELL, -1_657_850, 12_345, "abc"), 0x2a);

        assertThat(line).isEqualTo("{\"index\":\"2a\",\"type\":\"Trade\",\"seq\":5,"
            + "\"eventTime\":\"2025-06-01T00:00:00.000000007Z\",\"eventTimeNs\":1748736000000000007,\"source\":\"FEED\","
            + "\"kind\":\"input\",\"symbolId\":1,\"symbol\":\"BTCUSDT\",\"side\":\"SELL\",\"price\":\"-16578.50\","
            + "\"qty\":\"12.345\",\"tradeId\":\"abc\"}");
    }

    @Test
    void shouldWriteRatiosAndTimesOfATicker()
    {
        define(3, 1, 0, "ETHUSDT");

        final String line = format(events.ticker(9, T0, 3, 25_001, 7, 25_002, 8, -12_500, T0 + 3_600_000_000_000L),
            NO_INDEX);

        assertThat(line).isEqualTo("{\"type\":\"Ticker\",\"seq\":9,\"eventTime\":\"2025-06-01T00:00:00.000000000Z\","
            + "\"eventTimeNs\":1748736000000000000,\"source\":\"FEED\",\"kind\":\"input\",\"symbolId\":3,"
            + "\"symbol\":\"ETHUSDT\",\"bidPrice\":\"2500.1\",\"bidQty\":\"7\",\"askPrice\":\"2500.2\",\"askQty\":\"8\","
            + "\"lastPrice\":\"2500.1\",\"markPrice\":\"2500.1\",\"indexPrice\":\"2500.1\","
            + "\"fundingRate\":\"-0.00012500\",\"nextFundingTime\":\"2025-06-01T01:00:00.000000000Z\","
            + "\"nextFundingTimeNs\":1748739600000000000}");
    }

    @Test
    void shouldWriteBooleansAndEnumsByName()
    {
        define(1, 2, 3, "BTCUSDT");

        final String bar = format(events.bar(1, T0, 1, 60, T0, 1, 2, 3, 4, 5, 6, false), NO_INDEX);
        final String tick = format(events.timerTick(2, T0, 4, TimerKind.DAY_ROLL), NO_INDEX);

        assertThat(bar).contains("\"closed\":false}").contains("\"turnover\":\"0.00000006\"");
        assertThat(tick).endsWith("\"source\":\"TIMER\",\"kind\":\"input\",\"timerId\":4,\"timerTickKind\":\"DAY_ROLL\"}");
    }

    @Test
    void shouldWriteSessionEndAndSettingChangesReadably()
    {
        final String change = format(events.settingChange(40, T0, "risk.drawdownPause", "0.10000000"), NO_INDEX);
        final String applied = format(events.settingApplied(40, T0, "risk.drawdownPause", "0.10000000",
            ringfire.codecs.sbe.SettingResult.APPLIED, "0.15000000"), NO_INDEX);
        final String end = format(events.sessionEnd(41, T0 + 5, ringfire.codecs.sbe.EndReason.SIGNAL, 40, 0),
            NO_INDEX);

        assertThat(change).isEqualTo("{\"type\":\"SettingChange\",\"seq\":40,"
            + "\"eventTime\":\"2025-06-01T00:00:00.000000000Z\",\"eventTimeNs\":1748736000000000000,\"source\":\"ADMIN\","
            + "\"kind\":\"input\",\"commandId\":40,\"key\":\"risk.drawdownPause\",\"value\":\"0.10000000\"}");
        assertThat(applied).endsWith("\"source\":\"ENGINE\",\"kind\":\"decision\",\"commandId\":40,"
            + "\"key\":\"risk.drawdownPause\",\"value\":\"0.10000000\",\"result\":\"APPLIED\","
            + "\"previousValue\":\"0.15000000\"}");
        assertThat(end).isEqualTo("{\"type\":\"SessionEnd\",\"seq\":41,"
            + "\"eventTime\":\"2025-06-01T00:00:00.000000005Z\",\"eventTimeNs\":1748736000000000005,\"source\":\"ENGINE\","
            + "\"kind\":\"input\",\"reason\":\"SIGNAL\",\"inputs\":40,\"faults\":0}");
    }

    @Test
    void shouldMarkScaledFieldsOfAnUnknownSymbol()
    {
        final String line = format(events.orderIntent(4, T0, 77, 2, Side.BUY, ringfire.codecs.sbe.OrderPurpose.EXIT,
            1_500, 0), NO_INDEX);

        assertThat(line).isEqualTo("{\"type\":\"OrderIntent\",\"seq\":4,\"eventTime\":\"2025-06-01T00:00:00.000000000Z\","
            + "\"eventTimeNs\":1748736000000000000,\"source\":\"ENGINE\",\"kind\":\"decision\",\"clientOrderId\":77,"
            + "\"symbolId\":2,\"unscaled\":true,\"side\":\"BUY\",\"purpose\":\"EXIT\",\"qty\":\"1500\","
            + "\"limitPrice\":\"0\"}");
    }

    @Test
    void shouldUseTheLatestDefinitionOfASymbol()
    {
        define(1, 2, 3, "BTCUSDT");
        define(1, 1, 0, "BTC-PERP");

        final String line = format(events.trade(1, T0, 1, Side.BUY, 1_657_850, 2, "t"), NO_INDEX);

        assertThat(line).contains("\"symbol\":\"BTC-PERP\"").contains("\"price\":\"165785.0\",\"qty\":\"2\"");
    }

    @Test
    void shouldEscapeStringsAndStripTrailingNuls()
    {
        final String line = format(events.sessionStart(0, T0, "1.0 \"beta\"", "h\\1", "a\nb\tc\u0001 \u00e9\u20ac"),
            NO_INDEX);
        final String trade = format(events.trade(1, T0, 1, Side.BUY, 1, 1, "id\"1"), NO_INDEX);

        assertThat(line).endsWith("\"engineVersion\":\"1.0 \\\"beta\\\"\",\"configHash\":\"h\\\\1\","
            + "\"config\":\"a\\nb\\tc\\u0001 \u00e9\u20ac\"}");
        assertThat(trade).endsWith("\"tradeId\":\"id\\\"1\"}");
        assertThat(line).doesNotContain("\n");
    }

    @Test
    void shouldBeDeterministic()
    {
        define(1, 2, 3, "BTCUSDT");
        final int length = events.bar(1, T0, 1, 60, T0, 1, 2, 3, 4, 5, 6, true);

        final String first = formatter.format(events.buffer(), 0, length, 1);
        final String second = formatter.format(events.buffer(), 0, length, 1);
        final String fresh = freshFormatterWithSymbol().format(events.buffer(), 0, length, 1);

        assertThat(first).isEqualTo(second).isEqualTo(fresh);
    }

    @Test
    void shouldFormatAnEventAtAnOffsetInALargerBuffer()
    {
        final int length = events.trade(1, T0, 1, Side.BUY, 5, 6, "t");
        final UnsafeBuffer larger = new UnsafeBuffer(new byte[length + 100]);
        larger.setMemory(0, larger.capacity(), (byte)0x77);
        larger.putBytes(50, events.buffer(), 0, length);

        assertThat(formatter.format(larger, 50, length, NO_INDEX)).isEqualTo(format(length, NO_INDEX));
    }

    @Test
    void shouldDecodeEveryFieldOfEveryMessageOfTheSchema() throws IOException
    {
        final EventSchema schema = EventSchema.instance();
        final MessageHeaderEncoder header = new MessageHeaderEncoder();
        for (final String name : schema.messageNames())
        {
            final EventSchema.Message message = schema.message(name);
            final List<String> expectedKeys = new ArrayList<>();
            int varData = 0;
            final List<Token> tokens = message.tokens();
            for (int i = 1; i < tokens.size(); i++)
            {
                final Token token = tokens.get(i);
                if (token.signal() == Signal.BEGIN_FIELD && !"header".equals(token.name()))
                {
                    final String semanticType = tokens.get(i + 1).encoding().semanticType();
                    final String key = "kind".equals(token.name()) ? "timerTickKind" : token.name();
                    expectedKeys.add(EventSchema.TIME_NS.equals(semanticType)
                        ? key.substring(0, key.length() - 2)
                        : key);
                }
                else if (token.signal() == Signal.BEGIN_VAR_DATA)
                {
                    expectedKeys.add(token.name());
                    varData++;
                }
            }
            final ExpandableArrayBuffer buffer = new ExpandableArrayBuffer(1024);
            final int length = MessageHeaderEncoder.ENCODED_LENGTH + message.blockLength() + 4 * varData;
            buffer.setMemory(0, length, (byte)0);
            header.wrap(buffer, 0).blockLength(message.blockLength()).templateId(message.templateId())
                .schemaId(MessageHeaderEncoder.SCHEMA_ID).version(MessageHeaderEncoder.SCHEMA_VERSION);
            buffer.putByte(MessageHeaderEncoder.ENCODED_LENGTH + 16, (byte)Source.ENGINE.value());

            final Map<String, String> fields = parse(new EventJsonFormatter().format(buffer, 0, length, 0));

            assertThat(fields).as(name).containsKeys("index", "type", "seq", "eventTime", "eventTimeNs", "source", "kind");
            assertThat(fields.get("type")).isEqualTo(name);
            assertThat(fields.keySet()).as(name).containsAll(expectedKeys);
        }
    }

    @Test
    void shouldWriteAnUnknownMessageWithItsHeader()
    {
        final int length = events.timerTick(3, T0, 1, TimerKind.HEARTBEAT);
        events.buffer().putShort(2, (short)99);

        assertThat(format(length, 5)).isEqualTo("{\"index\":\"5\",\"type\":\"unknown\",\"seq\":3,"
            + "\"eventTime\":\"2025-06-01T00:00:00.000000000Z\",\"eventTimeNs\":1748736000000000000,"
            + "\"source\":\"TIMER\",\"kind\":\"input\",\"templateId\":99,\"length\":" + length + "}");
    }

    @Test
    void shouldWriteAnUnknownEnumValueAsItsNumber()
    {
        final int length = events.trade(1, T0, 1, Side.BUY, 5, 6, "t");
        events.buffer().putByte(MessageHeaderEncoder.ENCODED_LENGTH + 19, (byte)9);

        assertThat(format(length, NO_INDEX)).contains("\"side\":9,");
    }

    @Test
    void shouldRefuseBytesThatAreNotARingfireEvent()
    {
        final int length = events.garbage(40);

        assertThatThrownBy(() -> format(length, NO_INDEX))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("not a Ringfire event (40 bytes)");
    }

    @Test
    void shouldRefuseVarDataThatOverrunsTheRecordAndRecover()
    {
        final int length = events.sessionStart(0, T0, "v", "h", "config");
        events.buffer().putInt(MessageHeaderEncoder.ENCODED_LENGTH + 19, 1_000_000, java.nio.ByteOrder.LITTLE_ENDIAN);

        assertThatThrownBy(() -> format(length, NO_INDEX))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("malformed SessionStart")
            .hasMessageContaining("overruns the record");
        assertThat(format(events.timerTick(1, T0, 1, TimerKind.HEARTBEAT), NO_INDEX))
            .startsWith("{\"type\":\"TimerTick\"");
    }

    @Test
    void shouldRefuseATruncatedSymbolDefinition()
    {
        final int length = events.symbolDefinition(1, T0, 1, 2, 3, "BTCUSDT");

        assertThatThrownBy(() -> format(length - 3, NO_INDEX))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("SymbolDefinition");
    }

    private String format(final int length, final long index)
    {
        return formatter.format(events.buffer(), 0, length, index);
    }

    private void define(final int symbolId, final int priceScale, final int qtyScale, final String name)
    {
        format(events.symbolDefinition(0, T0, symbolId, priceScale, qtyScale, name), NO_INDEX);
    }

    private EventJsonFormatter freshFormatterWithSymbol()
    {
        final EventFixtures other = new EventFixtures();
        final EventJsonFormatter fresh = new EventJsonFormatter();
        fresh.observe(other.buffer(), 0, other.symbolDefinition(0, T0, 1, 2, 3, "BTCUSDT"));
        return fresh;
    }

    private static Map<String, String> parse(final String line) throws IOException
    {
        final Map<String, String> fields = new LinkedHashMap<>();
        try (JsonParser parser = new JsonFactory().createParser(line))
        {
            assertThat(parser.nextToken()).isEqualTo(JsonToken.START_OBJECT);
            while (parser.nextToken() == JsonToken.FIELD_NAME)
            {
                final String name = parser.currentName();
                parser.nextToken();
                assertThat(fields.put(name, parser.getText())).as("value of duplicate key %s", name).isNull();
            }
            assertThat(parser.currentToken()).isEqualTo(JsonToken.END_OBJECT);
            assertThat(parser.nextToken()).isNull();
        }
        return fields;
    }
}
