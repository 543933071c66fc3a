package ringfire.engine.execution.paper;

import org.junit.jupiter.api.Test;
import ringfire.codecs.sbe.Side;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ringfire.engine.execution.paper.PaperOrderType.LIMIT;
import static ringfire.engine.execution.paper.PaperOrderType.MARKET;
import static ringfire.engine.execution.paper.PaperOrderType.STOP;

class PaperBrokerOrdersTest
{
    private static final long L = 10_000_000;

    private final PaperFixture f = new PaperFixture(PaperSettings.defaults(), 3);
    private final PaperBroker broker = f.broker;

    @Test
    void shouldRejectAnOrderWhenThePoolIsFullAndAcceptItAgainAfterACancel()
    {
        assertThat(broker.submit(1, 1, Side.BUY, LIMIT, L, 10, false, 0)).isEqualTo(OrderReason.OK);
        assertThat(broker.submit(2, 1, Side.BUY, LIMIT, L, 10, false, 0)).isEqualTo(OrderReason.OK);
        assertThat(broker.submit(3, 2, Side.BUY, LIMIT, L, 10, false, 0)).isEqualTo(OrderReason.OK);

        assertThat(broker.submit(4, 1, Side.BUY, LIMIT, L, 10, false, 0)).isEqualTo(OrderReason.POOL_FULL);
        assertThat(f.states()).last().isEqualTo("4 REJECTED POOL_FULL");
        assertThat(broker.openOrders()).isEqualTo(3);

        assertThat(broker.cancel(2, 1)).isEqualTo(OrderReason.OK);
        assertThat(broker.submit(4, 1, Side.BUY, LIMIT, L, 10, false, 1)).isEqualTo(OrderReason.OK);
        assertThat(broker.openOrders()).isEqualTo(3);
    }

    @Test
    void shouldKeepSubmissionOrderAfterFreeingSlots()
    {
        broker.submit(1, 1, Side.BUY, MARKET, 0, 10, false, 0);
        broker.submit(2, 1, Side.BUY, MARKET, 0, 20, false, 0);
        broker.submit(3, 1, Side.BUY, MARKET, 0, 30, false, 0);
        broker.cancel(1, 0);
        broker.submit(4, 1, Side.BUY, MARKET, 0, 40, false, 0);

        broker.onTrade(1, L, 1);

        assertThat(f.fills()).extracting(s -> s.split(" ")[0]).containsExactly("2", "3", "4");
    }

    @Test
    void shouldCancelOneOrderAndRefuseAnUnknownOne()
    {
        broker.submit(1, 1, Side.BUY, MARKET, 0, 10, false, 0);

        assertThat(broker.cancel(1, 5)).isEqualTo(OrderReason.OK);
        assertThat(broker.cancel(1, 6)).isEqualTo(OrderReason.UNKNOWN_ORDER);
        assertThat(broker.cancel(99, 6)).isEqualTo(OrderReason.UNKNOWN_ORDER);
        broker.onTrade(1, L, 7);

        assertThat(f.fills()).isEmpty();
        assertThat(f.states()).containsExactly("1 NEW OK", "1 CANCELLED CANCELLED");
    }

    @Test
    void shouldCancelAllOrdersOfASymbolOrOfEverySymbol()
    {
        broker.submit(1, 1, Side.BUY, LIMIT, L, 10, false, 0);
        broker.submit(2, 2, Side.BUY, LIMIT, L, 10, false, 0);
        broker.submit(3, 1, Side.SELL, STOP, L, 10, false, 0);

        assertThat(broker.cancelAll(1, 1)).isEqualTo(2);
        assertThat(broker.isOpen(2)).isTrue();
        assertThat(broker.cancelAll(0, 2)).isEqualTo(1);
        assertThat(broker.openOrders()).isZero();
        assertThat(broker.cancelAll(0, 3)).isZero();
    }

    @Test
    void shouldRejectInvalidOrders()
    {
        assertThat(broker.submit(1, 9, Side.BUY, MARKET, 0, 10, false, 0)).isEqualTo(OrderReason.UNKNOWN_SYMBOL);
        assertThat(broker.submit(1, 0, Side.BUY, MARKET, 0, 10, false, 0)).isEqualTo(OrderReason.UNKNOWN_SYMBOL);
        assertThat(broker.submit(1, 1, Side.BUY, MARKET, 0, 0, false, 0)).isEqualTo(OrderReason.INVALID_QTY);
        assertThat(broker.submit(1, 1, Side.BUY, MARKET, L, 10, false, 0)).isEqualTo(OrderReason.INVALID_PRICE);
        assertThat(broker.submit(1, 1, Side.BUY, LIMIT, 0, 10, false, 0)).isEqualTo(OrderReason.INVALID_PRICE);
        assertThat(broker.submit(1, 1, Side.BUY, STOP, L + 1, 10, false, 0)).isEqualTo(OrderReason.INVALID_PRICE);
        assertThat(broker.openOrders()).isZero();
        assertThat(broker.submit(1, 1, Side.BUY, STOP, L + 10, 10, false, 0)).isEqualTo(OrderReason.OK);
        assertThat(broker.submit(1, 1, Side.BUY, MARKET, 0, 10, false, 0)).isEqualTo(OrderReason.DUPLICATE_ID);
        assertThatThrownBy(() -> broker.submit(2, 1, Side.NULL_VAL, MARKET, 0, 10, false, 0))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldShrinkAReduceOnlyOrderToThePositionOrCancelItWhenThereIsNone()
    {
        f.positions[1] = 5;
        broker.submit(1, 1, Side.SELL, MARKET, 0, 10, true, 0);
        broker.submit(2, 1, Side.SELL, MARKET, 0, 10, true, 0);
        broker.submit(3, 1, Side.BUY, MARKET, 0, 10, true, 0);

        broker.onTrade(1, L, 1);

        assertThat(f.fills()).hasSize(1).first().asString().startsWith("1 SELL 9995000 5 ");
        assertThat(f.states()).containsSubsequence("1 FILLED OK", "2 CANCELLED REDUCE_ONLY",
            "3 CANCELLED REDUCE_ONLY");
        assertThat(f.positions[1]).isZero();
    }

    @Test
    void shouldLiquidateAtTheLiquidationPriceWithATakerFeeAndCancelTheSymbolsOrders()
    {
        broker.submit(1, 1, Side.SELL, LIMIT, L + 1000, 10, true, 0);
        broker.submit(2, 2, Side.SELL, LIMIT, L, 10, false, 0);

        broker.liquidate(77, 1, Side.SELL, 10, L, 9);

        assertThat(f.states()).containsSubsequence("1 CANCELLED LIQUIDATION");
        assertThat(f.fills()).containsExactly("77 SELL 10000000 10 55000000 TAKER 9");
        assertThat(broker.isOpen(1)).isFalse();
        assertThat(broker.isOpen(2)).isTrue();
    }

    @Test
    void shouldRoundAnOffTickLiquidationPriceAgainstTheAccount()
    {
        broker.liquidate(1, 1, Side.SELL, 10, L + 9, 1);
        broker.liquidate(2, 1, Side.BUY, 10, L + 1, 2);

        assertThat(f.fills()).extracting(s -> s.split(" ")[2]).containsExactly("10000000", "10000010");
        assertThatThrownBy(() -> broker.liquidate(3, 1, Side.BUY, 0, L, 3))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseAMarketEventFedFromInsideACallback()
    {
        final PaperFixture nested = new PaperFixture()
        {
            @Override
            public void onOrderState(final long clientOrderId, final int symbolId,
                final ringfire.codecs.sbe.OrderState state, final OrderReason reason, final long timeNs)
            {
                if (state == ringfire.codecs.sbe.OrderState.FILLED)
                {
                    this.broker.onTrade(1, L, timeNs);
                }
            }
        };
        nested.broker.submit(1, 1, Side.BUY, MARKET, 0, 10, false, 0);

        assertThatThrownBy(() -> nested.broker.onTrade(1, L, 1)).isInstanceOf(IllegalStateException.class);
    }
}
