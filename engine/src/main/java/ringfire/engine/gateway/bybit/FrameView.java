package ringfire.engine.gateway.bybit;

import io.netty.buffer.ByteBuf;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.ByteBuffer;

/**
 * Presents a received frame's bytes as an Agrona buffer without copying when Netty allows: the buffer's native
 * memory (direct buffers), its backing array (heap buffers) or its single NIO buffer. Only a buffer of several
 * components (a frame reassembled from fragments) is copied, into one reused, growing array. The view is valid until
 * the next call; one instance per event loop.
 */
final class FrameView
{
    private final UnsafeBuffer view = new UnsafeBuffer(new byte[0]);
    private byte[] copy = new byte[16 * 1024];
    private int offset;

    UnsafeBuffer buffer()
    {
        return view;
    }

    /** Offset of the frame in {@link #buffer()} after {@link #wrap}. */
    int offset()
    {
        return offset;
    }

    /** Points the view at the readable bytes of {@code content}; returns their length. */
    int wrap(final ByteBuf content)
    {
        final int index = content.readerIndex();
        final int length = content.readableBytes();
        if (content.hasMemoryAddress())
        {
            view.wrap(content.memoryAddress() + index, length);
            offset = 0;
        }
        else if (content.hasArray())
        {
            view.wrap(content.array());
            offset = content.arrayOffset() + index;
        }
        else if (content.nioBufferCount() == 1 && content.isDirect())
        {
            final ByteBuffer nio = content.internalNioBuffer(index, length);
            view.wrap(nio, nio.position(), length);
            offset = 0;
        }
        else
        {
            if (copy.length < length)
            {
                copy = new byte[Math.max(length, copy.length * 2)];
            }
            content.getBytes(index, copy, 0, length);
            view.wrap(copy);
            offset = 0;
        }
        return length;
    }
}
