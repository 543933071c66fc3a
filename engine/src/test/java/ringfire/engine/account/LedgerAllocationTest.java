package ringfire.engine.account;

import org.junit.jupiter.api.Test;
import ringfire.codecs.sbe.Side;

import java.lang.management.ManagementFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static ringfire.engine.account.Accounts.ratio;

/** The per-event ledger paths allocate nothing once warm (measured with the thread allocation counter). */
class LedgerAllocationTest
{
    private static final com.sun.management.ThreadMXBean THREADS =
        (com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean();

    private static long run(final Ledger ledger, final long start, final int events)
    {
        long sink = 0;
        for (int i = 0; i < events; i++)
        {
            final long t = start + i * 1_000L;
            final long price = 6_000_000 + (i % 100);
            ledger.onTime(t);
            ledger.mark(1, price);
            ledger.applyFill(1, (i & 1) == 0 ? Side.BUY : Side.SELL, price, 1 + (i % 3), 1_000, t);
            sink += ledger.applyFunding(1, ratio("0.0001"), price);
            sink += ledger.equity() + ledger.drawdown() + ledger.dayPnl() + ledger.pnlRatio(1)
                + ledger.liquidationPrice(1) + ledger.exposure(1) + (ledger.isLiquidated(1, price) ? 1 : 0);
        }
        return sink;
    }

    @Test
    void shouldNotAllocatePerEvent()
    {
        final Ledger ledger = Accounts.ledger();
        ledger.leverage(1, 10);
        final long start = 1_750_000_000_000_000_000L;
        ledger.onTime(start);
        run(ledger, start, 20_000);
        final long threadId = Thread.currentThread().threadId();
        final long before = THREADS.getThreadAllocatedBytes(threadId);
        final long sink = run(ledger, start + 20_000_000L, 20_000);
        final long allocated = THREADS.getThreadAllocatedBytes(threadId) - before;
        assertThat(sink).isNotZero();
        // Per event: one allocation per event is >= 16 B/event (320 KB here); the bound leaves room for a one-off
        // JIT allocation on a busy machine without letting any per-event allocation through.
        assertThat(allocated / 20_000.0).as("bytes per event").isLessThan(1.0);
    }
}
