package ringfire.engine.account;

import org.junit.jupiter.api.Test;
import ringfire.codecs.sbe.PositionSide;
import ringfire.codecs.sbe.Side;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ringfire.codecs.sbe.PositionSide.LONG;
import static ringfire.codecs.sbe.PositionSide.SHORT;
import static ringfire.engine.account.Accounts.btc;
import static ringfire.engine.account.Accounts.price;
import static ringfire.engine.account.Accounts.ratio;

class LiquidationTest
{
    private static final long MMR = ratio("0.005");
    private static final long CENT = 1;
    private static final long DIME = 10;

    private static long liq(final PositionSide side, final String entry, final int leverage, final long tick)
    {
        return Ledger.estimateLiquidationPrice(side, price(entry), leverage, MMR, tick);
    }

    @Test
    void shouldEstimateAtLeverageOneTenAndHundred()
    {
        // long: 60000 * (1 - 1/L + 0.005); short: 60000 * (1 + 1/L - 0.005)
        assertThat(liq(LONG, "60000.00", 1, CENT)).isEqualTo(price("300.00"));
        assertThat(liq(SHORT, "60000.00", 1, CENT)).isEqualTo(price("119700.00"));
        assertThat(liq(LONG, "60000.00", 10, CENT)).isEqualTo(price("54300.00"));
        assertThat(liq(SHORT, "60000.00", 10, CENT)).isEqualTo(price("65700.00"));
        assertThat(liq(LONG, "60000.00", 100, CENT)).isEqualTo(price("59700.00"));
        assertThat(liq(SHORT, "60000.00", 100, CENT)).isEqualTo(price("60300.00"));
    }

    @Test
    void shouldRoundConservativelyToTheTick()
    {
        // 60000.01 * 0.905 = 54300.00905; 60000.01 * 1.095 = 65700.01095
        assertThat(liq(LONG, "60000.01", 10, CENT)).as("long rounds up").isEqualTo(price("54300.01"));
        assertThat(liq(SHORT, "60000.01", 10, CENT)).as("short rounds down").isEqualTo(price("65700.01"));
        assertThat(liq(LONG, "60000.01", 10, DIME)).isEqualTo(price("54300.10"));
        assertThat(liq(SHORT, "60000.01", 10, DIME)).isEqualTo(price("65700.00"));
        assertThat(liq(LONG, "60000.00", 10, DIME)).as("exact multiple unchanged").isEqualTo(price("54300.00"));
        assertThat(liq(SHORT, "60000.00", 10, DIME)).isEqualTo(price("65700.00"));
    }

    @Test
    void shouldComputeOneOverLeverageExactly()
    {
        // 30000 * (1 - 1/3 + 0.005) = 20150 exactly; a truncated 1/3 would round the long up a tick
        assertThat(liq(LONG, "30000.00", 3, CENT)).isEqualTo(price("20150.00"));
        // 30000 * (1 + 1/3 - 0.005) = 39850 exactly
        assertThat(liq(SHORT, "30000.00", 3, CENT)).isEqualTo(price("39850.00"));
        assertThat(liq(LONG, "30000.00", 200, CENT)).as("mmr = 1/L: at the entry").isEqualTo(price("30000.00"));
    }

    @Test
    void shouldRejectFlatAndBadArguments()
    {
        assertThatThrownBy(() -> liq(PositionSide.FLAT, "1.00", 1, CENT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> liq(LONG, "1.00", 0, CENT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> liq(LONG, "1.00", 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> liq(LONG, "0", 1, CENT)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldFlagALongAtOrBelowItsLiquidationPrice()
    {
        final Ledger ledger = Accounts.ledger();
        assertThat(ledger.liquidationPrice(1)).isZero();
        assertThat(ledger.isLiquidated(1, 1)).isFalse();
        ledger.leverage(1, 10);
        ledger.applyFill(1, Side.BUY, price("60000.01"), btc("0.100"), 0, 1);
        assertThat(ledger.liquidationPrice(1)).isEqualTo(price("54300.10"));
        assertThat(ledger.isLiquidated(1, price("54300.11"))).isFalse();
        assertThat(ledger.isLiquidated(1, price("54300.10"))).isTrue();
        assertThat(ledger.isLiquidated(1, price("54300.09"))).isTrue();
    }

    @Test
    void shouldFlagAShortAtOrAboveItsLiquidationPrice()
    {
        final Ledger ledger = Accounts.ledger();
        ledger.leverage(1, 10);
        ledger.applyFill(1, Side.SELL, price("60000.01"), btc("0.100"), 0, 1);
        assertThat(ledger.liquidationPrice(1)).isEqualTo(price("65700.00"));
        assertThat(ledger.isLiquidated(1, price("65699.99"))).isFalse();
        assertThat(ledger.isLiquidated(1, price("65700.00"))).isTrue();
        assertThat(ledger.isLiquidated(1, price("65700.01"))).isTrue();
        ledger.applyFill(1, Side.BUY, price("60000.00"), btc("0.100"), 0, 2);
        assertThat(ledger.isLiquidated(1, price("65700.01"))).isFalse();
    }
}
