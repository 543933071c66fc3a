package ringfire.codecs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteOrder;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ringfire.codecs.sbe.EventHeaderEncoder;
import ringfire.codecs.sbe.MessageHeaderDecoder;
import ringfire.codecs.sbe.MessageHeaderEncoder;
import ringfire.codecs.sbe.SessionStartDecoder;
import ringfire.codecs.sbe.SignalDecoder;
import ringfire.codecs.sbe.Source;
import ringfire.codecs.sbe.TestSchema;
import ringfire.codecs.sbe.TradeEncoder;
import uk.co.real_logic.sbe.xml.Message;

class EventViewTest
{
    private static final int OFFSET = 21;

    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[512]);
    private int frameLength;

    @BeforeEach
    void encodeTrade()
    {
        final TradeEncoder trade = new TradeEncoder().wrapAndApplyHeader(buffer, OFFSET, new MessageHeaderEncoder());
        trade.header().sequence(77L).eventTimeNs(1_672_304_486_868_000_000L).source(Source.FEED);
        trade.symbolId(1).price(1_657_850L).qty(1_000L).tradeId("20f43950-d8dd-5b31-9112-a178eb6023af");
        frameLength = MessageHeaderEncoder.ENCODED_LENGTH + trade.encodedLength();
    }

    @Test
    void shouldAcceptAWholeFrame()
    {
        assertThat(frameLength).isEqualTo(MessageHeaderEncoder.ENCODED_LENGTH + TradeEncoder.BLOCK_LENGTH);
        assertThat(EventView.isWellFormed(buffer, OFFSET, frameLength)).isTrue();
        assertThat(EventView.isWellFormed(buffer, OFFSET, frameLength + 100)).isTrue();
    }

    @Test
    void shouldRejectFramesTooShortForTheHeaders()
    {
        final int headers = MessageHeaderDecoder.ENCODED_LENGTH + EventHeaderEncoder.ENCODED_LENGTH;
        assertThat(EventView.isWellFormed(buffer, OFFSET, 0)).isFalse();
        assertThat(EventView.isWellFormed(buffer, OFFSET, -1)).isFalse();
        assertThat(EventView.isWellFormed(buffer, OFFSET, MessageHeaderDecoder.ENCODED_LENGTH)).isFalse();
        assertThat(EventView.isWellFormed(buffer, OFFSET, headers - 1)).isFalse();
    }

    @Test
    void shouldRejectABlockLongerThanTheLength()
    {
        assertThat(EventView.isWellFormed(buffer, OFFSET, frameLength - 1)).isFalse();

        putBlockLength(0xFFFF);
        assertThat(EventView.isWellFormed(buffer, OFFSET, frameLength)).isFalse();
        assertThat(EventView.isWellFormed(buffer, OFFSET, MessageHeaderDecoder.ENCODED_LENGTH + 0xFFFF)).isTrue();
    }

    @Test
    void shouldRejectAnotherSchemaId()
    {
        buffer.putShort(OFFSET + MessageHeaderDecoder.schemaIdEncodingOffset(), (short)7200, ByteOrder.LITTLE_ENDIAN);
        assertThat(EventView.schemaId(buffer, OFFSET)).isEqualTo(7200);
        assertThat(EventView.isWellFormed(buffer, OFFSET, frameLength)).isFalse();

        // The right id in the wrong byte order is another id.
        buffer.putShort(OFFSET + MessageHeaderDecoder.schemaIdEncodingOffset(), (short)7201, ByteOrder.BIG_ENDIAN);
        assertThat(EventView.isWellFormed(buffer, OFFSET, frameLength)).isFalse();

        buffer.putShort(OFFSET + MessageHeaderDecoder.schemaIdEncodingOffset(), (short)7201, ByteOrder.LITTLE_ENDIAN);
        assertThat(EventView.isWellFormed(buffer, OFFSET, frameLength)).isTrue();
    }

    @Test
    void shouldTreatOnlyEngineSourcedNonMetadataEventsAsDecisions()
    {
        for (final Message message : TestSchema.get().messages())
        {
            for (final Source source : Source.values())
            {
                if (source == Source.NULL_VAL)
                {
                    continue;
                }
                writeHeaders(message.id(), message.blockLength(), source);
                final boolean metadata = message.id() == SessionStartDecoder.TEMPLATE_ID
                    || message.id() == ringfire.codecs.sbe.RawFrameDecoder.TEMPLATE_ID;
                assertThat(EventView.templateId(buffer, OFFSET)).isEqualTo(message.id());
                assertThat(EventView.sourceCode(buffer, OFFSET)).isEqualTo(source.value());
                assertThat(EventView.isDecision(buffer, OFFSET)).as("%s from %s", message.name(), source)
                    .isEqualTo(source == Source.ENGINE && !metadata
                        && message.id() != ringfire.codecs.sbe.SessionEndDecoder.TEMPLATE_ID);
                assertThat(EventView.isMetadata(buffer, OFFSET)).as(message.name()).isEqualTo(metadata);
            }
        }
    }

    @Test
    void shouldTreatSessionEndAsAnInputAlthoughTheEngineWritesIt()
    {
        writeHeaders(ringfire.codecs.sbe.SessionEndDecoder.TEMPLATE_ID, ringfire.codecs.sbe.SessionEndDecoder.BLOCK_LENGTH,
            Source.ENGINE);
        assertThat(EventView.isDecision(buffer, OFFSET)).isFalse();
        assertThat(EventView.isMetadata(buffer, OFFSET)).isFalse();
    }

    @Test
    void shouldReadSourceAsUnsignedAndNotTreatUnknownSourcesAsDecisions()
    {
        writeHeaders(SignalDecoder.TEMPLATE_ID, SignalDecoder.BLOCK_LENGTH, Source.ENGINE);
        assertThat(EventView.isDecision(buffer, OFFSET)).isTrue();

        final int sourceAt = OFFSET + EventView.EVENT_HEADER_OFFSET + EventHeaderEncoder.sourceEncodingOffset();
        buffer.putByte(sourceAt, (byte)0xFF);
        assertThat(EventView.sourceCode(buffer, OFFSET)).isEqualTo((short)255);
        assertThat(EventView.isDecision(buffer, OFFSET)).isFalse();

        buffer.putByte(sourceAt, (byte)(Source.ENGINE.value() + 0x80));
        assertThat(EventView.isDecision(buffer, OFFSET)).isFalse();
    }

    @Test
    void shouldReadHeaderFieldsAtTheFrameOffset()
    {
        assertThat(EventView.templateId(buffer, OFFSET)).isEqualTo(TradeEncoder.TEMPLATE_ID);
        assertThat(EventView.schemaId(buffer, OFFSET)).isEqualTo(7201);
        assertThat(EventView.sequence(buffer, OFFSET)).isEqualTo(77L);
        assertThat(EventView.eventTimeNs(buffer, OFFSET)).isEqualTo(1_672_304_486_868_000_000L);
        assertThat(EventView.sourceCode(buffer, OFFSET)).isEqualTo(Source.FEED.value());
        assertThat(EventView.isDecision(buffer, OFFSET)).isFalse();
        assertThat(EventView.isMetadata(buffer, OFFSET)).isFalse();
    }

    private void writeHeaders(final int templateId, final int blockLength, final Source source)
    {
        new MessageHeaderEncoder().wrap(buffer, OFFSET)
            .blockLength(blockLength).templateId(templateId)
            .schemaId(MessageHeaderEncoder.SCHEMA_ID).version(MessageHeaderEncoder.SCHEMA_VERSION);
        new EventHeaderEncoder().wrap(buffer, OFFSET + EventView.EVENT_HEADER_OFFSET)
            .sequence(templateId * 1_000L + source.value())
            .eventTimeNs(-templateId)
            .source(source);
        assertThat(EventView.sequence(buffer, OFFSET)).isEqualTo(templateId * 1_000L + source.value());
        assertThat(EventView.eventTimeNs(buffer, OFFSET)).isEqualTo(-templateId);
        assertThat(EventView.isWellFormed(buffer, OFFSET, MessageHeaderDecoder.ENCODED_LENGTH + blockLength)).isTrue();
    }

    private void putBlockLength(final int blockLength)
    {
        buffer.putShort(OFFSET + MessageHeaderDecoder.blockLengthEncodingOffset(), (short)blockLength,
            ByteOrder.LITTLE_ENDIAN);
    }
}
