package ringfire.codecs;

import org.agrona.DirectBuffer;
import ringfire.codecs.sbe.EventHeaderDecoder;
import ringfire.codecs.sbe.MessageHeaderDecoder;
import ringfire.codecs.sbe.RawFrameDecoder;
import ringfire.codecs.sbe.SessionEndDecoder;
import ringfire.codecs.sbe.SessionStartDecoder;
import ringfire.codecs.sbe.Source;

/**
 * Reads the frame and event headers of an encoded event without decoding its body. Every Ringfire message
 * starts with the SBE message header followed by an {@code EventHeader} composite.
 */
public final class EventView
{
    public static final int EVENT_HEADER_OFFSET = MessageHeaderDecoder.ENCODED_LENGTH;

    private EventView()
    {
    }

    public static int templateId(final DirectBuffer buffer, final int offset)
    {
        return buffer.getShort(offset + MessageHeaderDecoder.templateIdEncodingOffset(), java.nio.ByteOrder.LITTLE_ENDIAN)
            & 0xFFFF;
    }

    public static int schemaId(final DirectBuffer buffer, final int offset)
    {
        return buffer.getShort(offset + MessageHeaderDecoder.schemaIdEncodingOffset(), java.nio.ByteOrder.LITTLE_ENDIAN)
            & 0xFFFF;
    }

    public static long sequence(final DirectBuffer buffer, final int offset)
    {
        return buffer.getLong(offset + EVENT_HEADER_OFFSET + EventHeaderDecoder.sequenceEncodingOffset(),
            java.nio.ByteOrder.LITTLE_ENDIAN);
    }

    public static long eventTimeNs(final DirectBuffer buffer, final int offset)
    {
        return buffer.getLong(offset + EVENT_HEADER_OFFSET + EventHeaderDecoder.eventTimeNsEncodingOffset(),
            java.nio.ByteOrder.LITTLE_ENDIAN);
    }

    public static short sourceCode(final DirectBuffer buffer, final int offset)
    {
        return (short)(buffer.getByte(offset + EVENT_HEADER_OFFSET + EventHeaderDecoder.sourceEncodingOffset()) & 0xFF);
    }

    /**
     * A decision is any event the engine itself produced, except metadata and {@code SessionEnd}: the engine puts
     * that one on its own ring as an input when a session stops, so a replay feeds it through the pipeline too.
     */
    public static boolean isDecision(final DirectBuffer buffer, final int offset)
    {
        return sourceCode(buffer, offset) == Source.ENGINE.value() && !isMetadata(buffer, offset)
            && templateId(buffer, offset) != SessionEndDecoder.TEMPLATE_ID;
    }

    /** Session metadata and raw frames are journaled but neither fed through the pipeline nor compared. */
    public static boolean isMetadata(final DirectBuffer buffer, final int offset)
    {
        final int template = templateId(buffer, offset);
        return template == SessionStartDecoder.TEMPLATE_ID || template == RawFrameDecoder.TEMPLATE_ID;
    }

    /** True when the buffer holds a whole frame of this schema: header, schema id, a block holding the event header. */
    public static boolean isWellFormed(final DirectBuffer buffer, final int offset, final int length)
    {
        if (length < MessageHeaderDecoder.ENCODED_LENGTH + EventHeaderDecoder.ENCODED_LENGTH)
        {
            return false;
        }
        final int blockLength = buffer.getShort(offset + MessageHeaderDecoder.blockLengthEncodingOffset(),
            java.nio.ByteOrder.LITTLE_ENDIAN) & 0xFFFF;
        return schemaId(buffer, offset) == MessageHeaderDecoder.SCHEMA_ID
            && blockLength >= EventHeaderDecoder.ENCODED_LENGTH
            && MessageHeaderDecoder.ENCODED_LENGTH + blockLength <= length;
    }
}
