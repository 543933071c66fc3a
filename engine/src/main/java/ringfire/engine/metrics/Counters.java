package ringfire.engine.metrics;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A row of counters indexed by a small code (template id, reason value), each written by one thread and read by
 * any: the writer adds with a release store, readers see a recent value. Codes outside the row count in slot 0,
 * which no schema code uses.
 */
final class Counters
{
    static final int SIZE = 256;

    private final AtomicLongArray values = new AtomicLongArray(SIZE);

    /** Single writer per slot. */
    void increment(final int code)
    {
        add(code, 1);
    }

    /** Single writer per slot. */
    void add(final int code, final long delta)
    {
        final int i = code > 0 && code < SIZE ? code : 0;
        values.setRelease(i, values.getPlain(i) + delta);
    }

    long get(final int code)
    {
        return values.getAcquire(code);
    }
}
