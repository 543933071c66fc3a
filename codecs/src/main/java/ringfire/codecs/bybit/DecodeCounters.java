package ringfire.codecs.bybit;

import org.agrona.DirectBuffer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Counts of the messages the adapter could not turn into events, by {@link DecodeKind}, and the first
 * {@link #MAX_SAMPLES} raw messages of the sampled kinds. Written by the decoding thread only; read it from
 * another thread for a rough picture only. Keeping a sample allocates: that happens on the error path, at most
 * {@link #MAX_SAMPLES} times.
 */
public final class DecodeCounters
{
    public static final int MAX_SAMPLES = 5;
    /** Longer raw messages are cut to this many characters in a sample. */
    public static final int MAX_SAMPLE_CHARS = 2_000;

    private static final DecodeKind[] KINDS = DecodeKind.values();

    private final long[] counts = new long[KINDS.length];
    private final List<String> samples = new ArrayList<>(MAX_SAMPLES);
    private long messages;
    private long parserResets;

    void onMessage()
    {
        messages++;
    }

    void onParserReset()
    {
        parserResets++;
    }

    void increment(final DecodeKind kind)
    {
        counts[kind.ordinal()]++;
    }

    void record(final DecodeKind kind, final DirectBuffer buffer, final int offset, final int length)
    {
        counts[kind.ordinal()]++;
        if (kind.sampled() && samples.size() < MAX_SAMPLES)
        {
            final int shown = Math.min(length, MAX_SAMPLE_CHARS);
            final String text = buffer.getStringWithoutLengthUtf8(offset, shown);
            samples.add(kind + ": " + (shown < length ? text + "... (" + length + " bytes)" : text));
        }
    }

    /** Messages offered to the adapter, decoded or not. */
    public long messages()
    {
        return messages;
    }

    public long count(final DecodeKind kind)
    {
        return counts[kind.ordinal()];
    }

    /** Sum over every kind. */
    public long total()
    {
        long sum = 0;
        for (final long c : counts)
        {
            sum += c;
        }
        return sum;
    }

    /** Times the JSON parser was rebuilt after input it could not resynchronise on (truncated or invalid JSON). */
    public long parserResets()
    {
        return parserResets;
    }

    /** The first raw messages of the sampled kinds, each prefixed with its kind. */
    public List<String> samples()
    {
        return Collections.unmodifiableList(samples);
    }

    @Override
    public String toString()
    {
        final StringBuilder sb = new StringBuilder("DecodeCounters{messages=").append(messages);
        for (final DecodeKind kind : KINDS)
        {
            if (counts[kind.ordinal()] != 0)
            {
                sb.append(", ").append(kind).append('=').append(counts[kind.ordinal()]);
            }
        }
        return sb.append('}').toString();
    }
}
