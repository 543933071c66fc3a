package ringfire.bench.latency;

import com.lmax.disruptor.RingBuffer;
import com.lmax.disruptor.dsl.Disruptor;
import com.lmax.disruptor.dsl.ProducerType;
import org.agrona.DirectBuffer;
import ringfire.engine.gateway.FrameHandler;
import ringfire.engine.pipeline.BenchAccess;
import ringfire.engine.pipeline.PipelineConfig;

/**
 * Baseline (b), the floor: each trade frame's receipt time and message number are put on a bare Disruptor ring
 * (same size, producer type and wait strategy as the pipeline's, one handler thread) whose handler only records
 * the latency. The frame is not decoded: the message number is read from its {@code "i":"N"} field by a byte
 * scan on the gateway thread.
 */
final class BareHop implements FrameHandler, AutoCloseable
{
    private static final byte[] KEY = {'"', 'i', '"', ':', '"'};

    private final Disruptor<long[]> disruptor;
    private final RingBuffer<long[]> ring;

    BareHop(final PipelineConfig.Wait wait, final int ringSize, final Measurement measurement)
    {
        disruptor = new Disruptor<>(() -> new long[2], ringSize, HarnessRings.daemonThreads(n -> "bench-bare-hop"),
            ProducerType.MULTI, BenchAccess.newWaitStrategy(wait));
        disruptor.handleEventsWith((event, sequence, endOfBatch) ->
            measurement.record(event[1], event[0], System.nanoTime()));
        disruptor.start();
        ring = disruptor.getRingBuffer();
    }

    @Override
    public void onFrame(final DirectBuffer buffer, final int offset, final int length, final long receivedNanos)
    {
        final long number = messageNumber(buffer, offset, length);
        if (number < 0)
        {
            return;
        }
        final long claim = ring.next();
        final long[] event = ring.get(claim);
        event[0] = receivedNanos;
        event[1] = number;
        ring.publish(claim);
    }

    /** The digits after the first {@code "i":"}, or -1 when the frame has none (acks, pongs). */
    static long messageNumber(final DirectBuffer buffer, final int offset, final int length)
    {
        final int end = offset + length;
        outer:
        for (int i = offset; i + KEY.length < end; i++)
        {
            for (int k = 0; k < KEY.length; k++)
            {
                if (buffer.getByte(i + k) != KEY[k])
                {
                    continue outer;
                }
            }
            long n = 0;
            int j = i + KEY.length;
            for (byte b; j < end && (b = buffer.getByte(j)) >= '0' && b <= '9'; j++)
            {
                n = n * 10 + (b - '0');
            }
            return j == i + KEY.length ? -1 : n;
        }
        return -1;
    }

    @Override
    public void close()
    {
        HarnessRings.shutdown(disruptor);
    }
}
