package ringfire.journal;

import org.agrona.DirectBuffer;

/** Receives one journaled event; the buffer is only valid during the call. */
@FunctionalInterface
public interface RecordHandler
{
    void onRecord(DirectBuffer buffer, int offset, int length, long index);
}
