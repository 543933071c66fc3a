package ringfire.engine.account;

import org.junit.jupiter.api.Test;
import ringfire.codecs.sbe.Side;

import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static ringfire.engine.account.Accounts.btc;
import static ringfire.engine.account.Accounts.money;
import static ringfire.engine.account.Accounts.price;
import static ringfire.engine.account.Accounts.ratio;

class LedgerEquityTest
{
    private static final int BTC = 1;
    private final Ledger ledger = Accounts.ledger();

    @Test
    void shouldPayFundingOnALongAndReceiveOnAShortWhenTheRateIsPositive()
    {
        ledger.applyFill(BTC, Side.BUY, price("60000.00"), btc("0.100"), 0, 1);
        // 0.100 * 60000.00 = 6000.00 notional * 0.0001 = 0.60
        assertThat(ledger.applyFunding(BTC, ratio("0.0001"), price("60000.00"))).isEqualTo(money("0.60"));
        assertThat(ledger.balance()).isEqualTo(money("9999.40"));
        assertThat(ledger.applyFunding(BTC, ratio("-0.0001"), price("60000.00"))).isEqualTo(money("-0.60"));
        assertThat(ledger.balance()).isEqualTo(money("10000.00"));
        assertThat(ledger.applyFunding(BTC, 0, price("60000.00"))).isZero();
        assertThat(ledger.position(BTC).fundingPaid()).isZero();

        ledger.applyFill(BTC, Side.SELL, price("60000.00"), btc("0.200"), 0, 2);
        assertThat(ledger.applyFunding(BTC, ratio("0.0001"), price("60000.00"))).isEqualTo(money("-0.60"));
        assertThat(ledger.balance()).isEqualTo(money("10000.60"));
        assertThat(ledger.applyFunding(BTC, ratio("0.0002"), price("60000.00"))).isEqualTo(money("-1.20"));
        assertThat(ledger.applyFunding(BTC, ratio("-0.0005"), price("60000.00"))).isEqualTo(money("3.00"));
        assertThat(ledger.position(BTC).fundingPaid()).isEqualTo(money("1.20"));
        assertThat(ledger.position(BTC).netPnl()).isEqualTo(money("-1.20"));
        assertThat(ledger.fundingPaid()).isEqualTo(money("1.20"));
        assertThat(ledger.balance()).isEqualTo(money("9998.80"));
    }

    @Test
    void shouldRoundFundingHalfEvenAndUseTheFundingMark()
    {
        ledger.applyFill(BTC, Side.BUY, price("60000.00"), btc("0.001"), 0, 1);
        // 0.001 * 60000.05 = 60.00005 * 0.00012345 = 0.0074070061725 -> 0.00740701
        assertThat(ledger.applyFunding(BTC, ratio("0.00012345"), price("60000.05"))).isEqualTo(money("0.00740701"));
        assertThat(ledger.markPrice(BTC)).isEqualTo(price("60000.05"));
        assertThat(ledger.unrealizedPnl()).isEqualTo(money("0.00005"));
    }

    @Test
    void shouldNotChargeFundingWhenFlat()
    {
        assertThat(ledger.applyFunding(BTC, ratio("0.01"), price("60000.00"))).isZero();
        assertThat(ledger.balance()).isEqualTo(money("10000"));
        assertThat(ledger.markPrice(BTC)).isEqualTo(price("60000.00"));
    }

    @Test
    void shouldTrackPeakEquityAndDrawdownAtTheirBoundaries()
    {
        ledger.applyFill(BTC, Side.BUY, price("10000.00"), btc("1.000"), 0, 1);
        ledger.mark(BTC, price("11000.00"));
        assertThat(ledger.peakEquity()).isEqualTo(money("11000"));
        assertThat(ledger.drawdown()).isZero();

        ledger.mark(BTC, price("9900.01"));
        assertThat(ledger.drawdown()).as("1099.99 / 11000 rounded up").isEqualTo(ratio("0.09999910"));
        ledger.mark(BTC, price("9900.00"));
        assertThat(ledger.drawdown()).as("exactly 10 %").isEqualTo(ratio("0.10"));
        ledger.mark(BTC, price("9899.99"));
        assertThat(ledger.drawdown()).as("1100.01 / 11000 rounded up").isEqualTo(ratio("0.10000091"));
        assertThat(ledger.peakEquity()).isEqualTo(money("11000"));

        ledger.mark(BTC, price("10999.99"));
        assertThat(ledger.peakEquity()).isEqualTo(money("11000"));
        assertThat(ledger.drawdown()).isEqualTo(ratio("0.00000091"));
        ledger.mark(BTC, price("11000.00"));
        assertThat(ledger.peakEquity()).isEqualTo(money("11000"));
        assertThat(ledger.drawdown()).isZero();
        ledger.mark(BTC, price("11000.01"));
        assertThat(ledger.peakEquity()).isEqualTo(money("11000.01"));
        assertThat(ledger.drawdown()).isZero();
    }

    @Test
    void shouldRaisePeakEquityOnFundingReceived()
    {
        ledger.applyFill(BTC, Side.SELL, price("60000.00"), btc("0.100"), 0, 1);
        assertThat(ledger.peakEquity()).isEqualTo(money("10000"));
        ledger.applyFunding(BTC, ratio("0.0001"), price("60000.00"));
        assertThat(ledger.peakEquity()).isEqualTo(money("10000.60"));
    }

    @Test
    void shouldMeasureDayPnlFromStartOfDayEquity()
    {
        assertThat(ledger.startOfDayEquity()).isEqualTo(money("10000"));
        ledger.applyFill(BTC, Side.BUY, price("60000.00"), btc("0.100"), money("1.00"), 1);
        assertThat(ledger.onTime(1)).isFalse();
        assertThat(ledger.startOfDayEquity()).isEqualTo(money("9999.00"));
        assertThat(ledger.dayPnl()).isZero();
        ledger.applyFill(BTC, Side.SELL, price("60100.00"), btc("0.050"), money("0.50"), 2);
        ledger.mark(BTC, price("59900.00"));
        // realized +5.00, fee -0.50, unrealized (59900 - 60000) * 0.050 = -5.00
        assertThat(ledger.dayPnl()).isEqualTo(money("-0.50"));
        assertThat(ledger.equity()).isEqualTo(money("9998.50"));
    }

    @Test
    void shouldGiveLeverageAdjustedPnlRatio()
    {
        assertThat(ledger.leverage(BTC, 10)).isTrue();
        ledger.applyFill(BTC, Side.BUY, price("60000.00"), btc("0.100"), 0, 1);
        assertThat(ledger.pnlRatio(BTC)).isZero();
        ledger.mark(BTC, price("60600.00"));
        assertThat(ledger.pnlRatio(BTC)).as("1 % at 10x").isEqualTo(ratio("0.10"));
        ledger.mark(BTC, price("59400.00"));
        assertThat(ledger.pnlRatio(BTC)).isEqualTo(ratio("-0.10"));
        ledger.mark(BTC, price("60000.01"));
        assertThat(ledger.pnlRatio(BTC)).as("0.01 / 60000 * 10 = 1.6667e-6").isEqualTo(167);
        ledger.leverage(BTC, 1);
        ledger.mark(BTC, price("60600.00"));
        assertThat(ledger.pnlRatio(BTC)).isEqualTo(ratio("0.01"));

        ledger.applyFill(BTC, Side.SELL, price("60000.00"), btc("0.200"), 0, 2);
        ledger.leverage(BTC, 5);
        assertThat(ledger.pnlRatio(BTC)).as("short, price up 1 % at 5x").isEqualTo(ratio("-0.05"));
        ledger.mark(BTC, price("59400.00"));
        assertThat(ledger.pnlRatio(BTC)).isEqualTo(ratio("0.05"));
        ledger.applyFill(BTC, Side.BUY, price("59400.00"), btc("0.100"), 0, 3);
        assertThat(ledger.pnlRatio(BTC)).isZero();
    }

    @Test
    void shouldBoundLeverageByTheAccountAndTheInstrument()
    {
        assertThat(ledger.position(BTC).leverage()).isEqualTo(1);
        assertThat(ledger.maxLeverage(BTC)).isEqualTo(10);
        assertThat(ledger.leverage(BTC, 0)).isFalse();
        assertThat(ledger.leverage(BTC, 1)).isTrue();
        assertThat(ledger.leverage(BTC, 10)).isTrue();
        assertThat(ledger.leverage(BTC, 11)).isFalse();
        assertThat(ledger.position(BTC).leverage()).isEqualTo(10);

        final Ledger high = new Ledger(new LedgerSettings(money("1000"), 8, 10, ZoneId.of("UTC")), Accounts.BTC,
            Accounts.ETH);
        assertThat(high.position(BTC).leverage()).isEqualTo(8);
        assertThat(high.position(2).leverage()).as("ETH allows 5x at most").isEqualTo(5);
        assertThat(high.maxLeverage(2)).isEqualTo(5);
        assertThat(high.leverage(2, 5)).isTrue();
        assertThat(high.leverage(2, 6)).isFalse();
    }

    @Test
    void shouldCountEntriesToday()
    {
        ledger.onTime(0);
        ledger.recordEntry();
        ledger.recordEntry();
        assertThat(ledger.entriesToday()).isEqualTo(2);
    }
}
