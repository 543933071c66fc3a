package ringfire.engine.pipeline;

import com.lmax.disruptor.BlockingWaitStrategy;
import com.lmax.disruptor.BusySpinWaitStrategy;
import com.lmax.disruptor.SleepingWaitStrategy;
import com.lmax.disruptor.WaitStrategy;
import com.lmax.disruptor.YieldingWaitStrategy;

/**
 * Threading of the pipeline.
 *
 * <ul>
 *   <li>{@link Mode#SINGLE}: one thread runs journal, risk, exit-plan, strategy and execution in order.</li>
 *   <li>{@link Mode#JOURNAL_PARALLEL}: the journal appends inputs on its own thread while risk, exit-plan and
 *   strategy run on the stage thread; before decisions are journaled and leave the process, the stage thread
 *   waits until the journal has appended that input.</li>
 * </ul>
 * The default, {@code SINGLE} with {@code YIELDING} waits, had the lowest frame-to-decision latency of the
 * threadings measured by {@code ./ringfire bench latency} on a 2-core machine (p50 3.4 µs, p99 14–21 µs at
 * 10,000 msg/s, against 36 / 95 µs with {@code SLEEPING}); it keeps one core busy. Never as many spinning threads
 * as cores is enforced by {@link #validate(int)} (on one core, configure {@code SLEEPING} or {@code BLOCKING}).
 */
public record PipelineConfig(Mode mode, Wait waitStrategy, int ringSize)
{
    public enum Mode
    {
        SINGLE(1), JOURNAL_PARALLEL(2);

        private final int threads;

        Mode(final int threads)
        {
            this.threads = threads;
        }

        public int threads()
        {
            return threads;
        }
    }

    /** Disruptor wait strategies; BUSY_SPIN and YIELDING keep a core busy per consumer thread. */
    public enum Wait
    {
        BLOCKING(false), SLEEPING(false), YIELDING(true), BUSY_SPIN(true);

        private final boolean spins;

        Wait(final boolean spins)
        {
            this.spins = spins;
        }

        public boolean spins()
        {
            return spins;
        }

        WaitStrategy newStrategy()
        {
            return switch (this)
            {
                case BLOCKING -> new BlockingWaitStrategy();
                case SLEEPING -> new SleepingWaitStrategy();
                case YIELDING -> new YieldingWaitStrategy();
                case BUSY_SPIN -> new BusySpinWaitStrategy();
            };
        }
    }

    public static final int DEFAULT_RING_SIZE = 4096;

    public static PipelineConfig defaults()
    {
        return new PipelineConfig(Mode.SINGLE, Wait.YIELDING, DEFAULT_RING_SIZE);
    }

    /** Checks the configuration against the machine; returns it, or throws naming the offending setting. */
    public PipelineConfig validate(final int cores)
    {
        if (ringSize < 16 || Integer.bitCount(ringSize) != 1)
        {
            throw new IllegalArgumentException("pipeline.ringSize must be a power of two >= 16, was " + ringSize);
        }
        if (waitStrategy.spins() && mode.threads() >= cores)
        {
            throw new IllegalArgumentException("pipeline.waitStrategy " + waitStrategy + " with mode " + mode + " spins "
                + mode.threads() + " thread(s) on a " + cores + "-core machine; at most " + (cores - 1)
                + " may spin (the gateway needs a core): use SLEEPING or BLOCKING");
        }
        return this;
    }
}
