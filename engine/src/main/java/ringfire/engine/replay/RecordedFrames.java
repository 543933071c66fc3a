package ringfire.engine.replay;

import org.agrona.DirectBuffer;
import org.agrona.ExpandableArrayBuffer;
import org.agrona.collections.IntArrayList;
import ringfire.codecs.EventView;

/** Encoded frames copied into one growable buffer, in order. */
final class RecordedFrames
{
    private final ExpandableArrayBuffer buffer = new ExpandableArrayBuffer(64 * 1024);
    private final IntArrayList offsets = new IntArrayList();
    private final IntArrayList lengths = new IntArrayList();
    private int position;

    void add(final DirectBuffer source, final int offset, final int length)
    {
        buffer.putBytes(position, source, offset, length);
        offsets.addInt(position);
        lengths.addInt(length);
        position += length;
    }

    int size()
    {
        return offsets.size();
    }

    DirectBuffer buffer()
    {
        return buffer;
    }

    int offset(final int i)
    {
        return offsets.getInt(i);
    }

    int length(final int i)
    {
        return lengths.getInt(i);
    }

    long sequence(final int i)
    {
        return EventView.sequence(buffer, offsets.getInt(i));
    }

    boolean sameBytes(final int i, final RecordedFrames other, final int j)
    {
        final int len = length(i);
        if (len != other.length(j))
        {
            return false;
        }
        final int a = offset(i);
        final int b = other.offset(j);
        for (int k = 0; k < len; k++)
        {
            if (buffer.getByte(a + k) != other.buffer.getByte(b + k))
            {
                return false;
            }
        }
        return true;
    }

    void clear()
    {
        offsets.clear();
        lengths.clear();
        position = 0;
    }
}
