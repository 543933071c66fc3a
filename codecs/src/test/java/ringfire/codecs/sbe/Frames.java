package ringfire.codecs.sbe;

import static org.assertj.core.api.Assertions.assertThat;

import org.agrona.concurrent.UnsafeBuffer;
import ringfire.codecs.EventView;

/** Shared plumbing for the round-trip tests: a dirty buffer, a non-zero offset and the frame/EventView checks. */
final class Frames
{
    /** Encode at an odd, non-zero offset so offset mistakes in generated or hand-written readers show up. */
    static final int OFFSET = 13;

    /** A 36-character Bybit trade id. */
    static final String UUID_TRADE_ID = "20f43950-d8dd-5b31-9112-a178eb6023af";
    /** Exactly ExternalId's 40 characters, so there is no zero terminator in the field. */
    static final String FULL_LENGTH_ID = "1234567890ABCDEFGHIJKLMNOPQRSTUVWXYZ-_:.";

    private Frames()
    {
    }

    /** A buffer pre-filled with non-zero garbage so that a field the encoder forgot to write cannot read back as 0. */
    static UnsafeBuffer dirtyBuffer()
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[4096]);
        buffer.setMemory(0, buffer.capacity(), (byte)0xA5);
        return buffer;
    }

    /**
     * Checks the SBE message header the decoder was wrapped with and what {@link EventView} reads from the same frame.
     *
     * @param frameLength message header plus body, i.e. {@code MessageHeaderEncoder.ENCODED_LENGTH + encoder.encodedLength()}
     */
    static void assertFrame(
        final UnsafeBuffer buffer,
        final MessageHeaderDecoder header,
        final int frameLength,
        final int templateId,
        final int blockLength,
        final long sequence,
        final long eventTimeNs,
        final Source source)
    {
        assertThat(header.templateId()).isEqualTo(templateId);
        assertThat(header.blockLength()).isEqualTo(blockLength);
        assertThat(header.schemaId()).isEqualTo(MessageHeaderDecoder.SCHEMA_ID).isEqualTo(7201);
        assertThat(header.version()).isEqualTo(MessageHeaderDecoder.SCHEMA_VERSION);

        assertThat(EventView.templateId(buffer, OFFSET)).isEqualTo(templateId);
        assertThat(EventView.schemaId(buffer, OFFSET)).isEqualTo(7201);
        assertThat(EventView.sequence(buffer, OFFSET)).isEqualTo(sequence);
        assertThat(EventView.eventTimeNs(buffer, OFFSET)).isEqualTo(eventTimeNs);
        assertThat(EventView.sourceCode(buffer, OFFSET)).isEqualTo(source.value());

        final boolean sessionStart = templateId == SessionStartDecoder.TEMPLATE_ID;
        assertThat(EventView.isMetadata(buffer, OFFSET)).isEqualTo(sessionStart);
        final boolean sessionEnd = templateId == SessionEndDecoder.TEMPLATE_ID;
        assertThat(EventView.isDecision(buffer, OFFSET)).isEqualTo(source == Source.ENGINE && !sessionStart && !sessionEnd);

        assertThat(EventView.isWellFormed(buffer, OFFSET, frameLength)).isTrue();
        assertThat(EventView.isWellFormed(buffer, OFFSET, MessageHeaderDecoder.ENCODED_LENGTH + blockLength - 1))
            .isFalse();
    }

    static void assertHeader(
        final EventHeaderDecoder header, final long sequence, final long eventTimeNs, final Source source)
    {
        assertThat(header.sequence()).isEqualTo(sequence);
        assertThat(header.eventTimeNs()).isEqualTo(eventTimeNs);
        assertThat(header.source()).isEqualTo(source);
    }
}
