package ringfire.engine.account;

import org.junit.jupiter.api.Test;
import ringfire.codecs.sbe.PositionSide;
import ringfire.codecs.sbe.Side;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ringfire.engine.account.Accounts.btc;
import static ringfire.engine.account.Accounts.money;
import static ringfire.engine.account.Accounts.price;

class LedgerFillTest
{
    private static final int BTC = 1;
    private final Ledger ledger = Accounts.ledger();

    @Test
    void shouldOpenAddReduceAndCloseALong()
    {
        assertThat(ledger.applyFill(BTC, Side.BUY, price("60000.00"), btc("0.100"), money("3.30"), 1000)).isZero();
        final Position p = ledger.position(BTC);
        assertThat(p.side()).isEqualTo(PositionSide.LONG);
        assertThat(p.qty()).isEqualTo(btc("0.100"));
        assertThat(p.entryPrice()).isEqualTo(price("60000.00"));
        assertThat(p.openTimeNs()).isEqualTo(1000);
        assertThat(ledger.balance()).isEqualTo(money("9996.70"));
        assertThat(ledger.markPrice(BTC)).as("first fill sets the mark").isEqualTo(price("60000.00"));
        assertThat(ledger.equity()).isEqualTo(money("9996.70"));
        assertThat(ledger.openPositions()).isEqualTo(1);
        assertThat(ledger.exposure(BTC)).isEqualTo(money("6000"));

        // add: (0.100 * 60000.00 + 0.050 * 60300.00) / 0.150 = 60100.00; the mark stays 60000.00
        assertThat(ledger.applyFill(BTC, Side.BUY, price("60300.00"), btc("0.050"), money("1.65"), 2000)).isZero();
        assertThat(p.qty()).isEqualTo(btc("0.150"));
        assertThat(p.entryPrice()).isEqualTo(price("60100.00"));
        assertThat(p.openTimeNs()).isEqualTo(1000);
        assertThat(p.feesPaid()).isEqualTo(money("4.95"));
        assertThat(ledger.balance()).isEqualTo(money("9995.05"));
        assertThat(ledger.unrealizedPnl()).isEqualTo(money("-15.00"));
        assertThat(ledger.equity()).isEqualTo(money("9980.05"));
        assertThat(ledger.exposure(BTC)).isEqualTo(money("9000"));

        // reduce: (61000.00 - 60100.00) * 0.050 = 45.00
        assertThat(ledger.applyFill(BTC, Side.SELL, price("61000.00"), btc("0.050"), money("1.00"), 3000))
            .isEqualTo(money("45.00"));
        assertThat(p.side()).isEqualTo(PositionSide.LONG);
        assertThat(p.qty()).isEqualTo(btc("0.100"));
        assertThat(p.entryPrice()).isEqualTo(price("60100.00"));
        assertThat(p.realizedPnl()).isEqualTo(money("45.00"));
        assertThat(ledger.balance()).isEqualTo(money("10039.05"));
        assertThat(ledger.unrealizedPnl()).isEqualTo(money("-10.00"));

        // close: (59000.00 - 60100.00) * 0.100 = -110.00
        assertThat(ledger.applyFill(BTC, Side.SELL, price("59000.00"), btc("0.100"), money("0.50"), 4000))
            .isEqualTo(money("-110.00"));
        assertThat(p.side()).isEqualTo(PositionSide.FLAT);
        assertThat(p.qty()).isZero();
        assertThat(p.realizedPnl()).isEqualTo(money("-65.00"));
        assertThat(p.feesPaid()).isEqualTo(money("6.45"));
        assertThat(p.netPnl()).isEqualTo(money("-71.45"));
        assertThat(ledger.balance()).isEqualTo(money("9928.55"));
        assertThat(ledger.unrealizedPnl()).isZero();
        assertThat(ledger.exposure(BTC)).isZero();
        assertThat(ledger.openPositions()).isZero();
        assertThat(ledger.realizedPnl()).isEqualTo(money("-65.00"));
        assertThat(ledger.feesPaid()).isEqualTo(money("6.45"));
        assertThat(ledger.balance()).isEqualTo(money("10000") + ledger.realizedPnl() - ledger.feesPaid());
    }

    @Test
    void shouldOpenAddReduceAndCloseAShort()
    {
        ledger.applyFill(BTC, Side.SELL, price("60000.00"), btc("0.100"), 0, 1);
        ledger.applyFill(BTC, Side.SELL, price("61000.00"), btc("0.300"), 0, 2);
        final Position p = ledger.position(BTC);
        assertThat(p.side()).isEqualTo(PositionSide.SHORT);
        assertThat(p.qty()).isEqualTo(btc("0.400"));
        // (0.100 * 60000.00 + 0.300 * 61000.00) / 0.400 = 24300 / 0.4 = 60750.00
        assertThat(p.entryPrice()).isEqualTo(price("60750.00"));

        ledger.mark(BTC, price("61000.00"));
        // short: -(61000.00 - 60750.00) * 0.400 = -100.00
        assertThat(ledger.unrealizedPnl()).isEqualTo(money("-100.00"));
        assertThat(ledger.equity()).isEqualTo(money("9900.00"));

        // buy back 0.100 at 59750.00: (60750.00 - 59750.00) * 0.100 = +100.00
        assertThat(ledger.applyFill(BTC, Side.BUY, price("59750.00"), btc("0.100"), 0, 3)).isEqualTo(money("100.00"));
        assertThat(p.qty()).isEqualTo(btc("0.300"));
        // close at 61750.00: (60750.00 - 61750.00) * 0.300 = -300.00
        assertThat(ledger.applyFill(BTC, Side.BUY, price("61750.00"), btc("0.300"), 0, 4)).isEqualTo(money("-300.00"));
        assertThat(p.isOpen()).isFalse();
        assertThat(p.realizedPnl()).isEqualTo(money("-200.00"));
        assertThat(ledger.balance()).isEqualTo(money("9800.00"));
        assertThat(ledger.equity()).isEqualTo(money("9800.00"));
        assertThat(ledger.openPositions()).isZero();
    }

    @Test
    void shouldFlipALongIntoAShortAtTheFillPrice()
    {
        ledger.applyFill(BTC, Side.BUY, price("60000.00"), btc("0.100"), money("0.60"), 1);
        // close 0.100 for +100.00, open 0.200 short at 61000.00; fee 0.90 split 1/3 : 2/3
        assertThat(ledger.applyFill(BTC, Side.SELL, price("61000.00"), btc("0.300"), money("0.90"), 5))
            .isEqualTo(money("100.00"));
        final Position p = ledger.position(BTC);
        assertThat(p.side()).isEqualTo(PositionSide.SHORT);
        assertThat(p.qty()).isEqualTo(btc("0.200"));
        assertThat(p.entryPrice()).isEqualTo(price("61000.00"));
        assertThat(p.openTimeNs()).isEqualTo(5);
        assertThat(p.realizedPnl()).isZero();
        assertThat(p.feesPaid()).isEqualTo(money("0.60"));
        assertThat(ledger.openPositions()).isEqualTo(1);
        assertThat(ledger.balance()).isEqualTo(money("10098.50"));
        assertThat(ledger.realizedPnl()).isEqualTo(money("100.00"));
        assertThat(ledger.feesPaid()).isEqualTo(money("1.50"));
        // the mark is still the first fill's 60000.00: short 0.200 from 61000.00 is +200.00
        assertThat(ledger.unrealizedPnl()).isEqualTo(money("200.00"));
        ledger.mark(BTC, price("61000.00"));
        assertThat(ledger.equity()).isEqualTo(money("10098.50"));
    }

    @Test
    void shouldFlipAShortIntoALongAndSplitTheFeeHalfEven()
    {
        ledger.applyFill(BTC, Side.SELL, price("60000.00"), btc("0.010"), 0, 1);
        // closing share of the fee: 0.00000001 * 10 / 25 = 0.4e-8 -> 0; the new long carries all of it
        assertThat(ledger.applyFill(BTC, Side.BUY, price("59000.00"), btc("0.025"), money("0.00000001"), 2))
            .isEqualTo(money("10.00"));
        final Position p = ledger.position(BTC);
        assertThat(p.side()).isEqualTo(PositionSide.LONG);
        assertThat(p.qty()).isEqualTo(btc("0.015"));
        assertThat(p.entryPrice()).isEqualTo(price("59000.00"));
        assertThat(p.feesPaid()).isEqualTo(1);
        assertThat(ledger.balance()).isEqualTo(money("10010.00") - 1);
    }

    @Test
    void shouldRoundTheAverageEntryHalfEvenToThePriceScale()
    {
        assertThat(Position.averagePrice(1, 6_000_000, 1, 6_000_001, 2)).as("tie to even below").isEqualTo(6_000_000);
        assertThat(Position.averagePrice(1, 6_000_001, 1, 6_000_002, 2)).as("tie to even above").isEqualTo(6_000_002);
        assertThat(Position.averagePrice(2, 6_000_000, 1, 6_000_001, 3)).as("1/3 down").isEqualTo(6_000_000);
        assertThat(Position.averagePrice(1, 6_000_000, 2, 6_000_001, 3)).as("2/3 up").isEqualTo(6_000_001);
        assertThat(Position.averagePrice(Long.MAX_VALUE / 4, 8, Long.MAX_VALUE / 4, 10, Long.MAX_VALUE / 4 * 2))
            .as("beyond 64-bit products").isEqualTo(9);

        ledger.applyFill(BTC, Side.BUY, price("60000.01"), btc("0.001"), 0, 1);
        ledger.applyFill(BTC, Side.BUY, price("60000.02"), btc("0.001"), 0, 2);
        assertThat(ledger.position(BTC).entryPrice()).isEqualTo(price("60000.02"));
    }

    @Test
    void shouldRoundRealizedPnlHalfEvenToMoney()
    {
        final int tiny = Accounts.TINY.id();
        // price 6 decimals x qty 3 decimals = 9 decimals: 0.000001 * 0.005 = 0.000000005 -> 0 (half to even)
        ledger.applyFill(tiny, Side.BUY, 1000, 5, 0, 1);
        assertThat(ledger.applyFill(tiny, Side.SELL, 1001, 5, 0, 2)).isZero();
        ledger.applyFill(tiny, Side.BUY, 1000, 5, 0, 3);
        assertThat(ledger.applyFill(tiny, Side.SELL, 1002, 5, 0, 4)).isEqualTo(1);
        ledger.applyFill(tiny, Side.BUY, 1000, 5, 0, 5);
        assertThat(ledger.applyFill(tiny, Side.SELL, 1003, 5, 0, 6)).as("1.5e-8 -> 2e-8").isEqualTo(2);
        ledger.applyFill(tiny, Side.SELL, 1000, 5, 0, 7);
        assertThat(ledger.applyFill(tiny, Side.BUY, 997, 5, 0, 8)).as("short 1.5e-8 -> 2e-8").isEqualTo(2);
        ledger.applyFill(tiny, Side.SELL, 1000, 5, 0, 9);
        assertThat(ledger.applyFill(tiny, Side.BUY, 1003, 5, 0, 10)).as("short -1.5e-8 -> -2e-8").isEqualTo(-2);
    }

    @Test
    void shouldCreditANegativeFee()
    {
        ledger.applyFill(BTC, Side.BUY, price("60000.00"), btc("0.100"), money("-0.60"), 1);
        assertThat(ledger.balance()).isEqualTo(money("10000.60"));
        assertThat(ledger.peakEquity()).isEqualTo(money("10000.60"));
        assertThat(ledger.position(BTC).feesPaid()).isEqualTo(money("-0.60"));
    }

    @Test
    void shouldSumUnrealizedPnlAndExposureOverSymbols()
    {
        ledger.applyFill(BTC, Side.BUY, price("60000.00"), btc("0.100"), 0, 1);
        ledger.applyFill(2, Side.SELL, price("3000.00"), 100, 0, 1);
        ledger.mark(BTC, price("60500.00"));
        ledger.mark(2, price("3010.00"));
        assertThat(ledger.unrealizedPnl()).isEqualTo(money("40.00"));
        assertThat(ledger.equity()).isEqualTo(money("10040.00"));
        assertThat(ledger.exposure(BTC)).isEqualTo(money("6050.00"));
        assertThat(ledger.exposure(2)).isEqualTo(money("3010.00"));
        assertThat(ledger.totalExposure()).isEqualTo(money("9060.00"));
        assertThat(ledger.openPositions()).isEqualTo(2);
        ledger.mark(Accounts.TINY.id(), 1000);
        assertThat(ledger.exposure(Accounts.TINY.id())).isZero();
    }

    @Test
    void shouldRejectUnknownSymbolsAndBadFills()
    {
        assertThatThrownBy(() -> ledger.applyFill(4, Side.BUY, 1, 1, 0, 0)).hasMessageContaining("unknown symbol id 4");
        assertThatThrownBy(() -> ledger.mark(0, 1)).hasMessageContaining("unknown symbol id 0");
        assertThatThrownBy(() -> ledger.position(1024)).hasMessageContaining("unknown symbol id 1024");
        assertThatThrownBy(() -> ledger.applyFill(BTC, Side.BUY, 1, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ledger.applyFill(BTC, Side.BUY, 0, 1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ledger.applyFill(BTC, Side.NULL_VAL, 1, 1, 0, 0))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ledger.mark(BTC, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Ledger(LedgerSettings.defaults(), Accounts.BTC, Accounts.BTC))
            .hasMessageContaining("instrument id 1 is used twice");
        assertThat(ledger.balance()).isEqualTo(money("10000"));
    }
}
