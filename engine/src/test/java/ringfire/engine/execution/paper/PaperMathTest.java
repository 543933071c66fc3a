package ringfire.engine.execution.paper;

import org.junit.jupiter.api.Test;
import ringfire.codecs.Scales;
import ringfire.codecs.sbe.Side;
import ringfire.engine.market.InstrumentSpec;

import static org.assertj.core.api.Assertions.assertThat;
import static ringfire.engine.execution.paper.PaperFixture.BTC;
import static ringfire.engine.execution.paper.PaperFixture.ETH;

class PaperMathTest
{
    private static final long SLIPPAGE = 50_000; // 0.0005

    @Test
    void shouldSlipBuysUpAndSellsDownOnTheTick()
    {
        // 100000.00 * 1.0005 = 100050.00 and * 0.9995 = 99950.00: already on the 0.10 tick.
        assertThat(PaperMath.slipped(BTC, Side.BUY, 10_000_000, SLIPPAGE)).isEqualTo(10_005_000);
        assertThat(PaperMath.slipped(BTC, Side.SELL, 10_000_000, SLIPPAGE)).isEqualTo(9_995_000);
        // 100000.10 * 1.0005 = 100050.10005 -> up to 100050.20; * 0.9995 = 99950.09995 -> down to 99950.00.
        assertThat(PaperMath.slipped(BTC, Side.BUY, 10_000_010, SLIPPAGE)).isEqualTo(10_005_020);
        assertThat(PaperMath.slipped(BTC, Side.SELL, 10_000_010, SLIPPAGE)).isEqualTo(9_995_000);
    }

    @Test
    void shouldNeverSellBelowOneTick()
    {
        assertThat(PaperMath.slipped(BTC, Side.SELL, 10, SLIPPAGE)).isEqualTo(10);
        assertThat(PaperMath.slipped(BTC, Side.SELL, 20, SLIPPAGE)).isEqualTo(10);
    }

    @Test
    void shouldRoundAnOffTickPriceAgainstTheOrderEvenWithoutSlippage()
    {
        assertThat(PaperMath.slipped(BTC, Side.BUY, 10_000_001, 0)).isEqualTo(10_000_010);
        assertThat(PaperMath.slipped(BTC, Side.BUY, 10_000_000, 0)).isEqualTo(10_000_000);
        assertThat(PaperMath.slipped(BTC, Side.BUY, 9_999_999, 0)).isEqualTo(10_000_000);
        assertThat(PaperMath.slipped(BTC, Side.SELL, 10_000_009, 0)).isEqualTo(10_000_000);
        assertThat(PaperMath.slipped(BTC, Side.SELL, 10_000_010, 0)).isEqualTo(10_000_010);
        assertThat(PaperMath.againstTick(BTC, Side.BUY, 10_000_001)).isEqualTo(10_000_010);
        assertThat(PaperMath.againstTick(BTC, Side.SELL, 10_000_019)).isEqualTo(10_000_010);
    }

    @Test
    void shouldChargeTakerAndMakerFeesOnTheNotional()
    {
        // 0.010 BTC at 100000.00 = 1000 USDT: taker 0.55 USDT, maker 0.20 USDT.
        assertThat(PaperMath.fee(BTC, 10_000_000, 10, 55_000)).isEqualTo(55_000_000);
        assertThat(PaperMath.fee(BTC, 10_000_000, 10, 20_000)).isEqualTo(20_000_000);
        // 1.00 ETH at 3000.00 = 3000 USDT: taker 1.65 USDT.
        assertThat(PaperMath.fee(ETH, 300_000, 100, 55_000)).isEqualTo(165_000_000);
    }

    @Test
    void shouldRoundFeesUp()
    {
        // 0.001 BTC at 100000.10 = 100.0001 USDT; * 0.00055 = 0.055000055 -> 0.05500006.
        assertThat(PaperMath.fee(BTC, 10_000_010, 1, 55_000)).isEqualTo(5_500_006);
        // 100.0001 USDT * 0.00052 = 0.052000052 -> 0.05200006: up, not half up.
        assertThat(PaperMath.fee(BTC, 10_000_010, 1, 52_000)).isEqualTo(5_200_006);
        // A rebate rounds toward zero (the account's disadvantage): -0.0000275005... -> -0.00002750.
        assertThat(PaperMath.fee(BTC, 10_000_010, 1, -2_750)).isEqualTo(-275_000);
    }

    @Test
    void shouldMakeLongsPayAndShortsReceivePositiveFunding()
    {
        // 0.010 BTC at mark 100000.00 = 1000 USDT; * 0.0001 = 0.1 USDT.
        assertThat(PaperMath.fundingPayment(BTC, 10, 10_000_000, 10_000)).isEqualTo(10_000_000);
        assertThat(PaperMath.fundingPayment(BTC, -10, 10_000_000, 10_000)).isEqualTo(-10_000_000);
        assertThat(PaperMath.fundingPayment(BTC, 10, 10_000_000, -10_000)).isEqualTo(-10_000_000);
        assertThat(PaperMath.fundingPayment(BTC, -10, 10_000_000, -10_000)).isEqualTo(10_000_000);
        assertThat(PaperMath.fundingPayment(BTC, 10, 10_000_000, 0)).isZero();
    }

    @Test
    void shouldRoundFundingAgainstTheAccount()
    {
        // 0.001 BTC at 100000.10 = 100.0001 USDT; * 0.0001 = 0.01000001 exactly; * 0.00010001 = 0.010001010001.
        assertThat(PaperMath.fundingPayment(BTC, 1, 10_000_010, 10_000)).isEqualTo(1_000_001);
        assertThat(PaperMath.fundingPayment(BTC, 1, 10_000_010, 10_001)).isEqualTo(1_000_102);
        assertThat(PaperMath.fundingPayment(BTC, -1, 10_000_010, 10_001)).isEqualTo(-1_000_101);
        // Price scale 7 + qty scale 3 > 8: 0.007 at 0.1234567 = 0.0008641969 USDT, notional half up to 0.00086420.
        final InstrumentSpec fine = new InstrumentSpec(3, "FINEUSDT", 7, 3, 1, 1, 1, 0, 10, 500_000);
        assertThat(PaperMath.fundingPayment(fine, 7, 1_234_567, Scales.RATIO_ONE)).isEqualTo(86_420);
        assertThat(PaperMath.fundingPayment(fine, 7, 1_234_562, Scales.RATIO_ONE)).isEqualTo(86_419);
    }
}
