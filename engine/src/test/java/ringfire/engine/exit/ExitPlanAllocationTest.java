package ringfire.engine.exit;

import org.junit.jupiter.api.Test;
import ringfire.codecs.sbe.PositionSide;

import java.lang.management.ManagementFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static ringfire.engine.exit.Plans.ENTRY;
import static ringfire.engine.exit.Plans.LEVERAGE;
import static ringfire.engine.exit.Plans.NONE;
import static ringfire.engine.exit.Plans.T0;

/** Evaluation allocates nothing once warm: measured with the JVM's per-thread allocation counter, not with time. */
class ExitPlanAllocationTest
{
    private static final com.sun.management.ThreadMXBean THREADS =
        (com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean();

    @Test
    void shouldNotAllocatePerEvaluation()
    {
        final ExitPlan plan = new ExitPlan(Plans.settings("exits.partials.enabled", "true"), 1, 1);
        final Atr atr = new Atr();
        final ExitDecision out = new ExitDecision();
        final InvalidationRule rule = (o, h, l, c, t) -> c < 9_000;
        run(plan, atr, out, rule, 2_000);
        final long before = THREADS.getThreadAllocatedBytes(Thread.currentThread().threadId());
        final long exits = run(plan, atr, out, rule, 20_000);
        final long allocated = THREADS.getThreadAllocatedBytes(Thread.currentThread().threadId()) - before;
        assertThat(exits).isGreaterThan(1_000);
        // 20,000 rounds of open + 60 evaluations; a single allocation per round would be >= 320 KB.
        assertThat(allocated).as("bytes allocated").isLessThan(16 * 1024);
    }

    private static long run(final ExitPlan plan, final Atr atr, final ExitDecision out, final InvalidationRule rule,
        final int rounds)
    {
        long exits = 0;
        for (int r = 0; r < rounds; r++)
        {
            plan.open((r & 1) == 0 ? PositionSide.LONG : PositionSide.SHORT, ENTRY, 1_000, LEVERAGE, T0, NONE, NONE,
                100, rule);
            for (int i = 0; i < 30 && plan.isActive(); i++)
            {
                final long p = ENTRY + ((r & 1) == 0 ? 1 : -1) * (i * 7L - (i / 20) * 200L);
                atr.onBar(p + 5, p - 5, p);
                exits += plan.onPrice(p, T0 + i, out) ? 1 : 0;
                exits += plan.onBar(p, p + 9, p - 9, p + 1, T0 + i, out) ? 1 : 0;
            }
        }
        return exits;
    }
}
