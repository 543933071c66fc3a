package ringfire.engine.pipeline;

import com.lmax.disruptor.RingBuffer;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;
import ringfire.codecs.EventView;
import ringfire.codecs.sbe.EventHeaderEncoder;

import java.nio.ByteOrder;

/**
 * Puts inputs on the ring. Producers either encode in place ({@link #claim}, {@link #buffer}, {@link #publish})
 * or copy an encoded frame ({@link #publishCopy}, used by replay). Live inputs get their sequence number here:
 * {@code firstSequence + ring sequence}, written into the frame's event header. Safe for several producers.
 */
public final class Ingress
{
    private final RingBuffer<EngineEvent> ring;
    private final long firstSequence;

    Ingress(final RingBuffer<EngineEvent> ring, final long firstSequence)
    {
        this.ring = ring;
        this.firstSequence = firstSequence;
    }

    /** Claims a slot; the caller must publish it. */
    public long claim()
    {
        return ring.next();
    }

    /** The slot's buffer, {@link EngineEvent#MAX_INPUT_LENGTH} bytes, to encode one frame at offset 0. */
    public MutableDirectBuffer buffer(final long claim)
    {
        return ring.get(claim).inputBuffer();
    }

    /** The sequence number the claimed input will carry. */
    public long sequenceOf(final long claim)
    {
        return firstSequence + claim;
    }

    /** Stamps the input's sequence number into its header and makes it visible to the pipeline. */
    public void publish(final long claim, final int length)
    {
        publish(claim, length, 0);
    }

    /**
     * As {@link #publish(long, int)}, also noting when the network frame carrying the input was received
     * (monotonic nanoseconds; latency metrics only, never journaled).
     */
    public void publish(final long claim, final int length, final long receivedNs)
    {
        final EngineEvent event = ring.get(claim);
        event.inputBuffer().putLong(EventView.EVENT_HEADER_OFFSET + EventHeaderEncoder.sequenceEncodingOffset(),
            firstSequence + claim, ByteOrder.LITTLE_ENDIAN);
        event.published(length, receivedNs);
        ring.publish(claim);
    }

    /** Copies an already-sequenced frame (a journaled input) onto the ring, keeping its sequence number. */
    public void publishCopy(final DirectBuffer frame, final int offset, final int length)
    {
        if (length > EngineEvent.MAX_INPUT_LENGTH)
        {
            throw new IllegalArgumentException("input frame of " + length + " bytes exceeds "
                + EngineEvent.MAX_INPUT_LENGTH);
        }
        final long claim = ring.next();
        final EngineEvent event = ring.get(claim);
        event.inputBuffer().putBytes(0, frame, offset, length);
        event.published(length, 0);
        ring.publish(claim);
    }

    /** Ring sequence of the last claimed slot, for {@link Pipeline#awaitProcessed}. */
    public long cursor()
    {
        return ring.getCursor();
    }
}
