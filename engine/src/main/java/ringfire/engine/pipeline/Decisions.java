package ringfire.engine.pipeline;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.sbe.MessageEncoderFlyweight;
import ringfire.codecs.EventView;
import ringfire.codecs.sbe.EventHeaderEncoder;
import ringfire.codecs.sbe.MessageHeaderEncoder;
import ringfire.codecs.sbe.Source;

import java.nio.ByteOrder;

/**
 * The decisions made about one event, as encoded frames in a reused buffer. A stage begins a decision with
 * {@link #begin}, fills the body with its encoder and ends it with {@link #commit}; the event header (sequence
 * and time of the input, source ENGINE) is written for it. Later stages read earlier stages' decisions.
 */
public final class Decisions
{
    public static final int CAPACITY_BYTES = 4096;
    public static final int MAX_DECISIONS = 64;

    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[CAPACITY_BYTES]);
    private final MessageHeaderEncoder headerEncoder = new MessageHeaderEncoder();
    private final int[] offsets = new int[MAX_DECISIONS];
    private final int[] lengths = new int[MAX_DECISIONS];
    private int count;
    private int position;
    private long sequence;
    private long eventTimeNs;
    private MessageEncoderFlyweight open;

    void reset(final long sequence, final long eventTimeNs)
    {
        this.sequence = sequence;
        this.eventTimeNs = eventTimeNs;
        count = 0;
        position = 0;
        open = null;
    }

    /** Wraps {@code encoder} at the next free position, with the frame and event headers already written. */
    public <T extends MessageEncoderFlyweight> T begin(final T encoder)
    {
        if (open != null)
        {
            throw new IllegalStateException("decision " + open.getClass().getSimpleName() + " was not committed");
        }
        if (count == MAX_DECISIONS)
        {
            throw new IllegalStateException("more than " + MAX_DECISIONS + " decisions for sequence " + sequence);
        }
        if (position + MessageHeaderEncoder.ENCODED_LENGTH + encoder.sbeBlockLength() > CAPACITY_BYTES)
        {
            throw new IllegalStateException("decision buffer full for sequence " + sequence);
        }
        headerEncoder.wrap(buffer, position)
            .blockLength(encoder.sbeBlockLength())
            .templateId(encoder.sbeTemplateId())
            .schemaId(encoder.sbeSchemaId())
            .version(encoder.sbeSchemaVersion());
        encoder.wrap(buffer, position + MessageHeaderEncoder.ENCODED_LENGTH);
        final int h = position + EventView.EVENT_HEADER_OFFSET;
        buffer.putLong(h + EventHeaderEncoder.sequenceEncodingOffset(), sequence, ByteOrder.LITTLE_ENDIAN);
        buffer.putLong(h + EventHeaderEncoder.eventTimeNsEncodingOffset(), eventTimeNs, ByteOrder.LITTLE_ENDIAN);
        buffer.putByte(h + EventHeaderEncoder.sourceEncodingOffset(), (byte)Source.ENGINE.value());
        open = encoder;
        return encoder;
    }

    public void commit(final MessageEncoderFlyweight encoder)
    {
        if (open != encoder)
        {
            throw new IllegalStateException("commit of a decision that was not begun");
        }
        final int length = MessageHeaderEncoder.ENCODED_LENGTH + encoder.encodedLength();
        offsets[count] = position;
        lengths[count] = length;
        count++;
        position += length;
        open = null;
    }

    /** A mark to roll back to when a stage fails half-way through its decisions. */
    public int mark()
    {
        return count;
    }

    public void rollback(final int mark)
    {
        count = mark;
        position = mark == 0 ? 0 : offsets[mark - 1] + lengths[mark - 1];
        open = null;
    }

    public int count()
    {
        return count;
    }

    public DirectBuffer buffer()
    {
        return buffer;
    }

    MutableDirectBuffer mutableBuffer()
    {
        return buffer;
    }

    public int offset(final int index)
    {
        return offsets[index];
    }

    public int length(final int index)
    {
        return lengths[index];
    }

    public int templateId(final int index)
    {
        return EventView.templateId(buffer, offsets[index]);
    }
}
