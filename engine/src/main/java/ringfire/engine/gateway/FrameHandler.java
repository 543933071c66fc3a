package ringfire.engine.gateway;

import org.agrona.DirectBuffer;

/**
 * Receives every text frame a market-data connection delivers, as raw UTF-8 bytes: data messages, and also the
 * exchange's control replies (subscribe acks, pongs), malformed and duplicated frames alike. Deciding what a frame
 * means is the decoder's job.
 *
 * <p>Called on the gateway's event-loop thread, one frame at a time, in arrival order. The bytes are valid only for
 * the duration of the call (they may be the network buffer itself): copy what must outlive it. An exception thrown
 * here is counted and logged once per exception class; the connection carries on.
 */
@FunctionalInterface
public interface FrameHandler
{
    /**
     * @param buffer        holds the frame
     * @param offset        where the frame starts in {@code buffer}
     * @param length        frame length in bytes
     * @param receivedNanos when the frame was read, from the gateway's clock (monotonic {@link System#nanoTime()}
     *                      unless configured otherwise)
     */
    void onFrame(DirectBuffer buffer, int offset, int length, long receivedNanos);
}
