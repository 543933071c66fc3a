package ringfire.engine.gateway.bybit;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.CompositeByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class FrameViewTest
{
    private final FrameView view = new FrameView();

    private String read(final ByteBuf buf)
    {
        try
        {
            final int length = view.wrap(buf);
            return view.buffer().getStringWithoutLengthUtf8(view.offset(), length);
        }
        finally
        {
            buf.release();
        }
    }

    private static byte[] bytes(final String s)
    {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void shouldPresentTheReadableBytesOfEveryKindOfBuffer()
    {
        final ByteBuf heap = Unpooled.wrappedBuffer(bytes("--{\"op\":\"ping\"}")).skipBytes(2);
        assertThat(read(heap)).isEqualTo("{\"op\":\"ping\"}");

        final ByteBuf direct = PooledByteBufAllocator.DEFAULT.directBuffer(64).writeBytes(bytes("abc{\"a\":1}"));
        direct.skipBytes(3);
        assertThat(read(direct)).isEqualTo("{\"a\":1}");

        final ByteBuf slice = Unpooled.directBuffer(32).writeBytes(bytes("0123456789"));
        assertThat(read(slice.retainedSlice(4, 3))).isEqualTo("456");
        slice.release();

        final CompositeByteBuf composite = Unpooled.compositeBuffer();
        composite.addComponent(true, Unpooled.wrappedBuffer(bytes("{\"topic\":")));
        composite.addComponent(true, Unpooled.directBuffer(8).writeBytes(bytes("\"x\"}")));
        assertThat(read(composite)).isEqualTo("{\"topic\":\"x\"}");

        final StringBuilder big = new StringBuilder();
        while (big.length() < 40_000)
        {
            big.append("0123456789");
        }
        final CompositeByteBuf large = Unpooled.compositeBuffer();
        large.addComponent(true, Unpooled.wrappedBuffer(bytes(big.substring(0, 20_000))));
        large.addComponent(true, Unpooled.wrappedBuffer(bytes(big.substring(20_000))));
        assertThat(read(large)).isEqualTo(big.toString());
    }
}
