package ringfire.codecs.sbe;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.co.real_logic.sbe.xml.Field;
import uk.co.real_logic.sbe.xml.Message;

/** Fails when a message is added to the schema without a round-trip test, or the schema breaks EventView's layout. */
class SchemaCoverageTest
{
    private static final String PREFIX = "shouldRoundTrip";
    private static final List<Class<?>> ROUND_TRIP_TESTS = List.of(
        MetadataRoundTripTest.class,
        MarketDataRoundTripTest.class,
        AccountRoundTripTest.class,
        ControlRoundTripTest.class,
        DecisionRoundTripTest.class);

    @Test
    void shouldHaveARoundTripTestForEveryMessageInTheSchema()
    {
        final Set<String> schemaMessages = TestSchema.get().messages().stream()
            .map(Message::name)
            .collect(Collectors.toCollection(TreeSet::new));
        final Set<String> covered = new TreeSet<>();
        for (final Class<?> testClass : ROUND_TRIP_TESTS)
        {
            for (final Method method : testClass.getDeclaredMethods())
            {
                if (method.isAnnotationPresent(Test.class) && method.getName().startsWith(PREFIX))
                {
                    covered.add(method.getName().substring(PREFIX.length()));
                }
            }
        }

        final Set<String> missing = new TreeSet<>(schemaMessages);
        missing.removeAll(covered);
        assertThat(missing).as("schema messages without a " + PREFIX + "<Name> test").isEmpty();
        // Guard against a vacuous pass if the schema parsed to nothing.
        assertThat(schemaMessages).contains("SessionStart", "Trade", "TradingStateChange").hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void shouldGenerateCodecsMatchingTheSchemaTemplateIdsAndBlockLengths() throws Exception
    {
        for (final Message message : TestSchema.get().messages())
        {
            final Class<?> decoder = Class.forName("ringfire.codecs.sbe." + message.name() + "Decoder");
            final Class<?> encoder = Class.forName("ringfire.codecs.sbe." + message.name() + "Encoder");
            assertThat(decoder.getField("TEMPLATE_ID").getInt(null)).as(message.name()).isEqualTo(message.id());
            assertThat(encoder.getField("TEMPLATE_ID").getInt(null)).as(message.name()).isEqualTo(message.id());
            assertThat(decoder.getField("BLOCK_LENGTH").getInt(null)).as(message.name())
                .isEqualTo(message.blockLength());
        }
    }

    @Test
    void shouldStartEveryMessageWithTheEventHeaderThatEventViewReads()
    {
        assertThat(TestSchema.get().id()).isEqualTo(MessageHeaderDecoder.SCHEMA_ID);
        for (final Message message : TestSchema.get().messages())
        {
            final Field first = message.fields().get(0);
            assertThat(first.name()).as(message.name()).isEqualTo("header");
            assertThat(first.type().name()).as(message.name()).isEqualTo("EventHeader");
            assertThat(first.computedOffset()).as(message.name()).isZero();
            assertThat(message.blockLength()).as(message.name())
                .isGreaterThanOrEqualTo(EventHeaderDecoder.ENCODED_LENGTH);
        }
    }
}
