package ringfire.engine.pipeline;

import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import ringfire.codecs.EventView;
import ringfire.codecs.sbe.EventHeaderEncoder;

import java.nio.ByteOrder;

/**
 * The preallocated ring event: one encoded input frame and the decisions the stages make about it. Everything
 * is primitive or reused; nothing is allocated per event.
 */
public final class EngineEvent
{
    /** Largest encoded input frame the ring carries. */
    public static final int MAX_INPUT_LENGTH = 512;

    private final UnsafeBuffer input = new UnsafeBuffer(new byte[MAX_INPUT_LENGTH]);
    private final Decisions decisions = new Decisions();
    private int inputLength;
    private int templateId;
    private long sequence;
    private long eventTimeNs;
    private boolean journaled;
    private long receivedNs;

    UnsafeBuffer inputBuffer()
    {
        return input;
    }

    /**
     * Called by the producer once the frame is in place; caches the header and clears the decisions.
     *
     * @param receivedNs when the frame this input came from was received (monotonic nanoseconds, for latency
     *                   metrics only; never journaled, never read by a decision), or 0 when not known
     */
    void published(final int length, final long receivedNs)
    {
        this.receivedNs = receivedNs;
        inputLength = length;
        templateId = EventView.templateId(input, 0);
        sequence = EventView.sequence(input, 0);
        eventTimeNs = EventView.eventTimeNs(input, 0);
        journaled = false;
        decisions.reset(sequence, eventTimeNs);
    }

    /**
     * Moves the input's event time to {@code timeNs}, in the frame (so it is journaled so) and for the stages. Only
     * the input journal calls it, before the input is journaled and before any stage has seen the event.
     */
    void eventTimeNs(final long timeNs)
    {
        input.putLong(EventView.EVENT_HEADER_OFFSET + EventHeaderEncoder.eventTimeNsEncodingOffset(), timeNs,
            ByteOrder.LITTLE_ENDIAN);
        eventTimeNs = timeNs;
        decisions.reset(sequence, timeNs);
    }

    void journaled(final boolean value)
    {
        journaled = value;
    }

    public boolean isJournaled()
    {
        return journaled;
    }

    public DirectBuffer input()
    {
        return input;
    }

    public int inputLength()
    {
        return inputLength;
    }

    public int templateId()
    {
        return templateId;
    }

    /** The input's sequence number; decisions about it carry the same number. */
    public long sequence()
    {
        return sequence;
    }

    public long eventTimeNs()
    {
        return eventTimeNs;
    }

    /**
     * Monotonic nanoseconds at which the network frame carrying this input was received, or 0 (replay, admin and
     * timer inputs). For latency measurement only: it is not journaled and no decision may depend on it.
     */
    public long receivedNs()
    {
        return receivedNs;
    }

    public Decisions decisions()
    {
        return decisions;
    }
}
