package ringfire.engine.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static ringfire.engine.risk.Fixtures.BTC_ID;
import static ringfire.engine.risk.Fixtures.ETH_ID;
import static ringfire.engine.risk.Fixtures.px;
import static ringfire.engine.risk.Fixtures.ratio;
import static ringfire.engine.risk.Fixtures.usd;

import ringfire.codecs.sbe.PositionSide;
import ringfire.codecs.sbe.Side;
import ringfire.codecs.sbe.TradingState;
import ringfire.engine.market.InstrumentSpec;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class RiskAllocationTest
{
    private static final com.sun.management.ThreadMXBean THREADS =
        (com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean();

    private final RiskSettings settings = RiskSettings.defaults();
    private final Breakers breakers = new Breakers(settings);
    private final ReturnCorrelation correlation = new ReturnCorrelation(settings.correlationBars());
    private final PreTradeCheck check = new PreTradeCheck(settings, breakers, correlation);
    private final TestAccount account =
        new TestAccount().balanceAndEquity("150000").position(ETH_ID, PositionSide.LONG);
    private final InstrumentSpec btc = Fixtures.btc();
    private final EntryRequest request = new EntryRequest();
    private final RiskDecision out = new RiskDecision();
    private long events;
    private final StateListener listener = (from, to, reason) -> events += reason.value();
    private long sink;
    private long accepted;

    private void round(final int i)
    {
        final long t = ReturnCorrelationTest.T0 + i * ReturnCorrelationTest.MINUTE;
        correlation.onBar(BTC_ID, t, px("50000") + (i * 7919L) % 100_000);
        correlation.onBar(ETH_ID, t, px("3000") + (i * 104_729L) % 20_000);
        account.peakEquity = usd("150000");
        account.startOfDayEquity = usd("150000");
        account.equity = i % 3 == 0 ? usd("127500") : usd("135000");
        account.dayPnl = i % 5 == 0 ? usd("-8000") : 0;
        breakers.evaluate(account, listener);
        if (i % 5 == 0)
        {
            breakers.onDayRoll(listener);
        }
        request.set(btc, i % 2 == 0 ? Side.BUY : Side.SELL, ratio("0.9"), px("50000"),
            i % 4 == 0 ? 0 : px(i % 2 == 0 ? "49000" : "51000"), px("400"), 1);
        check.check(request, account, out);
        sink += out.qty() + out.detail() + account.drawdown();
        accepted += out.accepted() ? 1 : 0;
    }

    /**
     * Warms up, then measures three windows and takes the smallest: a per-event allocation shows in every window,
     * a one-off JIT transition in at most one.
     */
    @Test
    void shouldNotAllocateInSteadyState()
    {
        int i = 0;
        for (; i < 40_000; i++)
        {
            round(i);
        }
        long least = Long.MAX_VALUE;
        for (int window = 0; window < 3; window++)
        {
            final long before = THREADS.getCurrentThreadAllocatedBytes();
            for (final int end = i + 20_000; i < end; i++)
            {
                round(i);
            }
            least = Math.min(least, THREADS.getCurrentThreadAllocatedBytes() - before);
        }

        assertThat(least).isZero();
        assertThat(breakers.state()).isEqualTo(TradingState.RUNNING);
        assertThat(accepted).isGreaterThan(50_000);
        assertThat(events).isPositive();
        assertThat(sink).isNotZero();
    }
}
