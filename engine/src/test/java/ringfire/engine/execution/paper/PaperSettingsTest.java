package ringfire.engine.execution.paper;

import org.junit.jupiter.api.Test;
import ringfire.engine.settings.SettingsReader;
import ringfire.engine.settings.SettingsWriter;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaperSettingsTest
{
    @Test
    void shouldDefaultToBybitFeesSlippageAndEightHourFunding()
    {
        final PaperSettings s = PaperSettings.defaults();

        assertThat(s.takerFee()).isEqualTo(55_000);
        assertThat(s.makerFee()).isEqualTo(20_000);
        assertThat(s.slippage()).isEqualTo(50_000);
        assertThat(s.fundingIntervalHours()).isEqualTo(8);
        assertThat(s.fundingIntervalNs()).isEqualTo(8 * 3_600_000_000_000L);
        assertThat(s.defaultFundingRate()).isEqualTo(10_000);
        assertThat(s.fundingFromData()).isTrue();
    }

    @Test
    void shouldReadBackWhatItWrites()
    {
        final PaperSettings s = new PaperSettings(60_000, -2_500, 100_000, 4, -30_000, false);
        final SettingsWriter w = new SettingsWriter();
        s.write(w);

        final SettingsReader r = new SettingsReader(w.values());
        assertThat(PaperSettings.read(r)).isEqualTo(s);
        r.requireAllUsed();
        assertThat(w.toCanonicalText()).isEqualTo("""
            paper.defaultFundingRate=-0.00030000
            paper.fundingFromData=false
            paper.fundingIntervalHours=4
            paper.makerFee=-0.00002500
            paper.slippage=0.00100000
            paper.takerFee=0.00060000
            """);
    }

    @Test
    void shouldAcceptFundingIntervalsThatDivideADay()
    {
        for (final int hours : new int[] {1, 2, 3, 4, 6, 8, 12, 24})
        {
            assertThat(read("paper.fundingIntervalHours", Integer.toString(hours)).fundingIntervalHours())
                .isEqualTo(hours);
        }
        assertThatThrownBy(() -> read("paper.fundingIntervalHours", "5"))
            .hasMessageStartingWith("paper.fundingIntervalHours: expected a divisor of 24");
        assertThatThrownBy(() -> read("paper.fundingIntervalHours", "25"))
            .hasMessageStartingWith("paper.fundingIntervalHours");
        assertThatThrownBy(() -> read("paper.fundingIntervalHours", "0"))
            .hasMessageStartingWith("paper.fundingIntervalHours");
    }

    @Test
    void shouldRejectFeesAndSlippageOutsideTheirRanges()
    {
        assertThat(read("paper.takerFee", "0.01").takerFee()).isEqualTo(1_000_000);
        assertThat(read("paper.takerFee", "0").takerFee()).isZero();
        assertThatThrownBy(() -> read("paper.takerFee", "0.01000001")).hasMessageStartingWith("paper.takerFee");
        assertThatThrownBy(() -> read("paper.takerFee", "-0.00000001")).hasMessageStartingWith("paper.takerFee");
        assertThat(read("paper.makerFee", "-0.001").makerFee()).isEqualTo(-100_000);
        assertThatThrownBy(() -> read("paper.makerFee", "-0.00100001")).hasMessageStartingWith("paper.makerFee");
        assertThat(read("paper.slippage", "0.05").slippage()).isEqualTo(5_000_000);
        assertThatThrownBy(() -> read("paper.slippage", "0.05000001")).hasMessageStartingWith("paper.slippage");
        assertThatThrownBy(() -> read("paper.defaultFundingRate", "0.05000001"))
            .hasMessageStartingWith("paper.defaultFundingRate");
        assertThatThrownBy(() -> read("paper.fundingFromData", "maybe")).hasMessageStartingWith("paper.fundingFromData");
    }

    private static PaperSettings read(final String key, final String value)
    {
        return PaperSettings.read(new SettingsReader(Map.of(key, value)));
    }
}
