package ringfire.bench.latency;

import org.HdrHistogram.Histogram;

import java.util.concurrent.TimeUnit;

/**
 * The two histograms of one variant, recorded on the thread where the measurement point is (one thread per
 * variant), in nanoseconds:
 *
 * <ul>
 *   <li>{@link #fromFrame()}: from the gateway's receipt of the WebSocket frame (the client's
 *   {@code System.nanoTime()} when it read the frame, carried on the ring event as {@code receivedNs}) to the
 *   measurement point;</li>
 *   <li>{@link #fromIntended()}: from the time the feed was due to send the message ({@code start + i / rate},
 *   {@code i} carried as the trade id) to the measurement point. This is the coordinated-omission correction:
 *   every message is measured against its own scheduled send time, so a stall delays every message queued behind
 *   it and all of them count; no value is synthesised (HdrHistogram's expected-interval back-filling is not used).
 *   It includes the feed's own lateness and the loopback hop.</li>
 * </ul>
 * Messages before {@code warmup} are counted but not recorded.
 */
final class Measurement
{
    static final long HIGHEST_NS = TimeUnit.MINUTES.toNanos(10);

    private final Histogram fromFrame = new Histogram(HIGHEST_NS, 3);
    private final Histogram fromIntended = new Histogram(HIGHEST_NS, 3);
    private final long warmup;
    private final int rate;
    private volatile long startNs;
    private volatile long seen;

    Measurement(final long warmup, final int rate)
    {
        this.warmup = warmup;
        this.rate = rate;
    }

    /** When message 0 is due (System.nanoTime); set before the feed starts. */
    void start(final long ns)
    {
        startNs = ns;
    }

    /** Records message {@code index}, received at {@code receivedNs}, reaching the measurement point at {@code nowNs}. */
    void record(final long index, final long receivedNs, final long nowNs)
    {
        if (index >= warmup)
        {
            fromFrame.recordValue(clamp(nowNs - receivedNs));
            fromIntended.recordValue(clamp(nowNs - TickFeed.dueNs(startNs, index, rate)));
        }
        seen = seen + 1;
    }

    private static long clamp(final long ns)
    {
        return Math.min(Math.max(ns, 0), HIGHEST_NS);
    }

    /** Messages that reached the measurement point, warmup included. */
    long seen()
    {
        return seen;
    }

    /** Waits until {@code count} messages have been seen; false on timeout. */
    boolean awaitSeen(final long count, final long timeoutMs) throws InterruptedException
    {
        final long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        while (seen < count)
        {
            if (System.nanoTime() > deadline)
            {
                return false;
            }
            Thread.sleep(1);
        }
        return true;
    }

    Histogram fromFrame()
    {
        return fromFrame;
    }

    Histogram fromIntended()
    {
        return fromIntended;
    }
}
