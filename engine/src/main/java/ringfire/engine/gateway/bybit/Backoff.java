package ringfire.engine.gateway.bybit;

import java.util.SplittableRandom;

/**
 * Reconnect delays: exponential backoff with "equal jitter". Attempt n (from 0) waits a delay drawn uniformly from
 * [c/2, c] with c = min(cap, base * 2^n), so delays grow from about the base to the cap and never exceed it, while
 * jitter spreads reconnects of many clients. The jitter comes from a seeded {@link SplittableRandom}: the same seed
 * gives the same sequence of delays. {@link #reset()} starts the growth over but continues the random sequence.
 * Not thread-safe: used on the gateway's event loop.
 */
public final class Backoff
{
    private final long baseMs;
    private final long capMs;
    private final SplittableRandom random;
    private int attempt;

    public Backoff(final long baseMs, final long capMs, final long seed)
    {
        if (baseMs < 1 || capMs < baseMs)
        {
            throw new IllegalArgumentException("backoff needs 1 <= base <= cap: base " + baseMs + " ms, cap "
                + capMs + " ms");
        }
        this.baseMs = baseMs;
        this.capMs = capMs;
        this.random = new SplittableRandom(seed);
    }

    /** The delay before the next attempt, in milliseconds; counts the attempt. */
    public long nextDelayMs()
    {
        final long ceiling = ceiling(attempt);
        if (attempt < Integer.MAX_VALUE)
        {
            attempt++;
        }
        final long floor = ceiling / 2;
        return floor + random.nextLong(ceiling - floor + 1);
    }

    /** Attempts counted since the last reset. */
    public int attempts()
    {
        return attempt;
    }

    /** After a connection proved stable: the next delay starts from the base again. */
    public void reset()
    {
        attempt = 0;
    }

    private long ceiling(final int n)
    {
        if (n >= 62 || baseMs > (capMs >> n))
        {
            return capMs;
        }
        return Math.min(capMs, baseMs << n);
    }
}
