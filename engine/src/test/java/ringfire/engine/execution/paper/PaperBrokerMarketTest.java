package ringfire.engine.execution.paper;

import org.junit.jupiter.api.Test;
import ringfire.codecs.sbe.Side;

import static org.assertj.core.api.Assertions.assertThat;
import static ringfire.engine.execution.paper.PaperOrderType.MARKET;

class PaperBrokerMarketTest
{
    private final PaperFixture f = new PaperFixture();
    private final PaperBroker broker = f.broker;

    @Test
    void shouldFillAMarketBuyAtTheNextTradeWithSlippageAndTakerFee()
    {
        broker.onTrade(1, 9_000_000, 100);
        assertThat(broker.submit(7, 1, Side.BUY, MARKET, 0, 10, false, 100)).isEqualTo(OrderReason.OK);
        assertThat(f.fills()).isEmpty();

        broker.onTrade(1, 10_000_000, 200);

        // 100000.00 * 1.0005 = 100050.00; fee 1000.50 USDT * 0.00055 = 0.550275 USDT.
        assertThat(f.fills()).containsExactly("7 BUY 10005000 10 55027500 TAKER 200");
        assertThat(f.states()).containsExactly("7 NEW OK", "7 FILLED OK");
        assertThat(broker.openOrders()).isZero();
    }

    @Test
    void shouldChargeTheExactTakerFeeWithoutSlippage()
    {
        final PaperFixture noSlip = new PaperFixture(PaperFixture.withSlippage(0), 8);
        noSlip.broker.submit(1, 1, Side.SELL, MARKET, 0, 10, false, 0);
        noSlip.broker.onTrade(1, 10_000_000, 1);

        // 0.010 BTC at 100000.00 = 1000 USDT -> 0.55 USDT.
        assertThat(noSlip.fills()).containsExactly("1 SELL 10000000 10 55000000 TAKER 1");
    }

    @Test
    void shouldFillAtTheNextBarOpenNeverOnTheBarThatProducedTheOrder()
    {
        broker.onBar(1, 10_000_000, 10_100_000, 9_900_000, 10_050_000, 60);
        broker.submit(1, 1, Side.BUY, MARKET, 0, 10, false, 60);
        broker.submit(2, 1, Side.SELL, MARKET, 0, 10, false, 60);
        assertThat(f.fills()).isEmpty();

        broker.onBar(1, 10_060_000, 10_200_000, 9_800_000, 10_100_000, 120);

        // Bar N+1's open 100600.00: buy * 1.0005 = 100650.30, sell * 0.9995 = 100549.70.
        assertThat(f.fills()).containsExactly(
            "1 BUY 10065030 10 55357665 TAKER 120",
            "2 SELL 10054970 10 55302335 TAKER 120");
    }

    @Test
    void shouldNotFillAnOrderSubmittedFromInsideTheSameBarsCallbacks()
    {
        final PaperFixture chained = new PaperFixture()
        {
            @Override
            public void onFill(final long clientOrderId, final int symbolId, final Side side, final long price,
                final long qty, final long fee, final ringfire.codecs.sbe.Liquidity liquidity, final long timeNs)
            {
                super.onFill(clientOrderId, symbolId, side, price, qty, fee, liquidity, timeNs);
                if (clientOrderId == 1)
                {
                    this.broker.submit(2, 1, Side.SELL, MARKET, 0, 10, false, timeNs);
                }
            }
        };
        chained.broker.submit(1, 1, Side.BUY, MARKET, 0, 10, false, 0);

        chained.broker.onBar(1, 10_000_000, 10_000_000, 10_000_000, 10_000_000, 60);
        assertThat(chained.fills()).hasSize(1);
        chained.broker.onBar(1, 10_000_000, 10_000_000, 10_000_000, 10_000_000, 120);
        assertThat(chained.fills()).hasSize(2).last().asString().startsWith("2 SELL 9995000 10");
    }

    @Test
    void shouldBuyAtTheAskAndSellAtTheBidOfTheNextTicker()
    {
        broker.submit(1, 1, Side.BUY, MARKET, 0, 10, false, 0);
        broker.submit(2, 1, Side.SELL, MARKET, 0, 10, false, 0);

        broker.onTicker(1, 9_999_000, 10_001_000, 10_000_000, 5);

        // ask 100010.00 * 1.0005 = 100060.005 -> 100060.10; bid 99990.00 * 0.9995 = 99940.005 -> 99940.00.
        assertThat(f.fills()).extracting(s -> s.split(" ")[2]).containsExactly("10006010", "9994000");
    }

    @Test
    void shouldUseTheLastPriceWhenTheTickerHasNoBookSide()
    {
        broker.submit(1, 1, Side.BUY, MARKET, 0, 10, false, 0);
        broker.submit(2, 1, Side.SELL, MARKET, 0, 10, false, 0);

        broker.onTicker(1, 0, 0, 10_000_000, 5);

        assertThat(f.fills()).extracting(s -> s.split(" ")[2]).containsExactly("10005000", "9995000");
    }

    @Test
    void shouldWaitWhenTheEventHasNoUsablePriceOrIsForAnotherSymbol()
    {
        broker.submit(1, 1, Side.BUY, MARKET, 0, 10, false, 0);

        broker.onTicker(1, 0, 0, 0, 1);
        broker.onTrade(2, 300_000, 2);
        broker.onTrade(3, 300_000, 3);
        assertThat(f.fills()).isEmpty();
        assertThat(broker.isOpen(1)).isTrue();

        broker.onTrade(1, 10_000_000, 4);
        assertThat(f.fills()).hasSize(1);
        assertThat(broker.isOpen(1)).isFalse();
    }
}
