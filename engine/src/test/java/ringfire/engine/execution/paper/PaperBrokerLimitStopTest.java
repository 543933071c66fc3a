package ringfire.engine.execution.paper;

import org.junit.jupiter.api.Test;
import ringfire.codecs.sbe.Side;

import static org.assertj.core.api.Assertions.assertThat;
import static ringfire.engine.execution.paper.PaperOrderType.LIMIT;
import static ringfire.engine.execution.paper.PaperOrderType.STOP;

class PaperBrokerLimitStopTest
{
    private static final long L = 10_000_000; // 100000.00
    private static final long TICK = 10;

    private final PaperFixture f = new PaperFixture();
    private final PaperBroker broker = f.broker;

    @Test
    void shouldFillABuyLimitOnlyWhenATradeGoesThroughIt()
    {
        broker.submit(1, 1, Side.BUY, LIMIT, L, 10, false, 0);

        broker.onTrade(1, L + TICK, 1);
        broker.onTrade(1, L, 2);
        assertThat(f.fills()).isEmpty();

        broker.onTrade(1, L - TICK, 3);
        // At the limit, maker fee 1000 USDT * 0.0002 = 0.20 USDT, no slippage.
        assertThat(f.fills()).containsExactly("1 BUY 10000000 10 20000000 MAKER 3");
    }

    @Test
    void shouldFillASellLimitOnlyWhenATradeGoesThroughIt()
    {
        broker.submit(1, 1, Side.SELL, LIMIT, L, 10, false, 0);

        broker.onTrade(1, L - TICK, 1);
        broker.onTrade(1, L, 2);
        assertThat(f.fills()).isEmpty();

        broker.onTrade(1, L + TICK, 3);
        assertThat(f.fills()).containsExactly("1 SELL 10000000 10 20000000 MAKER 3");
    }

    @Test
    void shouldFillALimitWhenABarGoesThroughItButNotWhenItTouches()
    {
        broker.submit(1, 1, Side.BUY, LIMIT, L, 10, false, 0);
        broker.submit(2, 1, Side.SELL, LIMIT, L + 1000, 10, false, 0);

        broker.onBar(1, L + 500, L + 1000, L, L + 500, 60);
        assertThat(f.fills()).isEmpty();

        broker.onBar(1, L + 500, L + 1000 + TICK, L - TICK, L + 500, 120);
        assertThat(f.fills()).containsExactly(
            "1 BUY 10000000 10 20000000 MAKER 120",
            "2 SELL 10001000 10 20002000 MAKER 120");
    }

    @Test
    void shouldFillALimitAtTheLimitEvenWhenABarGapsThroughIt()
    {
        broker.submit(1, 1, Side.BUY, LIMIT, L, 10, false, 0);

        broker.onBar(1, L - 5000, L - 4000, L - 6000, L - 5000, 60);

        assertThat(f.fills()).containsExactly("1 BUY 10000000 10 20000000 MAKER 60");
    }

    @Test
    void shouldFillALimitWhenTheTickerBookCrossesIt()
    {
        broker.submit(1, 1, Side.BUY, LIMIT, L, 10, false, 0);
        broker.submit(2, 1, Side.SELL, LIMIT, L + 100, 10, false, 0);

        broker.onTicker(1, L + 100, L, L + 50, 1);
        assertThat(f.fills()).isEmpty();

        broker.onTicker(1, L + 110, L - 10, L + 50, 2);
        assertThat(f.fills()).extracting(s -> s.split(" ")[0] + " " + s.split(" ")[2])
            .containsExactly("1 10000000", "2 10000100");
    }

    @Test
    void shouldTriggerABuyStopOnTouchAndFillAsMarketWithSlippage()
    {
        broker.submit(1, 1, Side.BUY, STOP, L, 10, false, 0);

        broker.onTrade(1, L - TICK, 1);
        assertThat(f.fills()).isEmpty();

        broker.onTrade(1, L, 2);
        // 100000.00 * 1.0005 = 100050.00, taker fee 0.550275.
        assertThat(f.fills()).containsExactly("1 BUY 10005000 10 55027500 TAKER 2");
    }

    @Test
    void shouldTriggerASellStopWhenATradeTouchesItExactly()
    {
        broker.submit(1, 1, Side.SELL, STOP, L, 10, false, 0);

        broker.onTrade(1, L + TICK, 1);
        assertThat(f.fills()).isEmpty();

        broker.onTrade(1, L, 2);
        assertThat(f.fills()).containsExactly("1 SELL 9995000 10 54972500 TAKER 2");
    }

    @Test
    void shouldTriggerASellStopOnTouchAndFillAtTheTradePriceBeyondIt()
    {
        broker.submit(1, 1, Side.SELL, STOP, L, 10, false, 0);
        broker.submit(2, 1, Side.SELL, STOP, L + 1000, 10, false, 0);

        broker.onTrade(1, L + TICK, 1);
        assertThat(f.fills()).hasSize(1).first().asString().startsWith("2 SELL 9995000 10");

        broker.onTrade(1, L - 2000, 2);
        // The trade 99980.00 is beyond the trigger: fills from it, * 0.9995 = 99930.01 -> 99930.00.
        assertThat(f.fills()).hasSize(2).last().asString().startsWith("1 SELL 9993000 10");
    }

    @Test
    void shouldFillABarStopAtTheTriggerOrAtAGappedOpen()
    {
        broker.submit(1, 1, Side.SELL, STOP, L, 10, false, 0);
        broker.submit(2, 1, Side.BUY, STOP, L + 5000, 10, false, 0);
        broker.submit(3, 1, Side.SELL, STOP, L - 5000, 10, false, 0);

        // Low touches 1's trigger exactly; high stays a tick below 2's; 3 is far away.
        broker.onBar(1, L + 1000, L + 5000 - TICK, L, L + 1000, 60);
        assertThat(f.fills()).containsExactly("1 SELL 9995000 10 54972500 TAKER 60");

        // Opens above 2's trigger (gap): fills from the open 100060.00 * 1.0005 = 100110.03 -> 100110.10.
        broker.onBar(1, L + 6000, L + 7000, L + 5500, L + 6500, 120);
        assertThat(f.fills()).hasSize(2).last().asString().startsWith("2 BUY 10011010 10");

        // Opens below 3's trigger (gap): fills from the open 99900.00 * 0.9995 = 99850.05 -> 99850.00.
        broker.onBar(1, L - 10000, L - 9000, L - 12000, L - 11000, 180);
        assertThat(f.fills()).hasSize(3).last().asString().startsWith("3 SELL 9985000 10");
    }

    @Test
    void shouldTriggerABuyStopWhenABarHighTouchesItExactly()
    {
        broker.submit(1, 1, Side.BUY, STOP, L, 10, false, 0);

        broker.onBar(1, L - 1000, L - TICK, L - 2000, L - 500, 60);
        assertThat(f.fills()).isEmpty();

        broker.onBar(1, L - 1000, L, L - 2000, L - 500, 120);
        assertThat(f.fills()).containsExactly("1 BUY 10005000 10 55027500 TAKER 120");
    }

    @Test
    void shouldTriggerATickerStopOnTheLastPriceAndFillAtTheBookSide()
    {
        broker.submit(1, 1, Side.BUY, STOP, L, 10, false, 0);

        broker.onTicker(1, L, L + 100, L - TICK, 1);
        assertThat(f.fills()).isEmpty();

        broker.onTicker(1, L, L + 100, L, 2);
        // ask 100001.00 * 1.0005 = 100051.0005 -> 100051.10.
        assertThat(f.fills()).hasSize(1).first().asString().startsWith("1 BUY 10005110 10");
    }
}
