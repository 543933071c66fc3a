package ringfire.engine.account;

import org.junit.jupiter.api.Test;
import ringfire.engine.settings.SettingsReader;
import ringfire.engine.settings.SettingsWriter;

import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ringfire.engine.account.Accounts.money;

class LedgerSettingsTest
{
    private static LedgerSettings read(final Map<String, String> values)
    {
        final SettingsReader r = new SettingsReader(values);
        final LedgerSettings s = LedgerSettings.read(r);
        r.requireAllUsed();
        return s;
    }

    @Test
    void shouldDefaultToTenThousandUsdtLeverageOneCapTenInSydney()
    {
        final LedgerSettings s = LedgerSettings.defaults();
        assertThat(s.startingBalance()).isEqualTo(1_000_000_000_000L);
        assertThat(s.defaultLeverage()).isEqualTo(1);
        assertThat(s.maxLeverage()).isEqualTo(10);
        assertThat(s.dayZone()).isEqualTo(ZoneId.of("Australia/Sydney"));
    }

    @Test
    void shouldRoundTripThroughWriterAndReader()
    {
        final LedgerSettings s = new LedgerSettings(money("2500.12345678"), 7, 150, ZoneId.of("UTC"));
        final SettingsWriter w = new SettingsWriter();
        s.write(w);
        assertThat(w.values()).containsOnlyKeys(
            "account.startingBalance", "account.defaultLeverage", "account.maxLeverage", "account.dayZone");
        assertThat(read(w.values())).isEqualTo(s);
        final SettingsWriter d = new SettingsWriter();
        LedgerSettings.defaults().write(d);
        assertThat(read(d.values())).isEqualTo(LedgerSettings.defaults());
    }

    @Test
    void shouldAcceptMaxLeverageAtItsBounds()
    {
        assertThat(read(Map.of("account.maxLeverage", "1")).maxLeverage()).isEqualTo(1);
        assertThat(read(Map.of("account.maxLeverage", "200")).maxLeverage()).isEqualTo(200);
    }

    @Test
    void shouldRejectMaxLeverageOutsideOneToTwoHundred()
    {
        assertThatThrownBy(() -> read(Map.of("account.maxLeverage", "0")))
            .hasMessageStartingWith("account.maxLeverage:");
        assertThatThrownBy(() -> read(Map.of("account.maxLeverage", "201")))
            .hasMessageStartingWith("account.maxLeverage:");
        assertThatThrownBy(() -> read(Map.of("account.maxLeverage", "ten")))
            .hasMessageStartingWith("account.maxLeverage:");
    }

    @Test
    void shouldRejectDefaultLeverageAboveMaxLeverage()
    {
        assertThat(read(Map.of("account.maxLeverage", "20", "account.defaultLeverage", "20")).defaultLeverage())
            .isEqualTo(20);
        assertThatThrownBy(() -> read(Map.of("account.maxLeverage", "20", "account.defaultLeverage", "21")))
            .hasMessageStartingWith("account.defaultLeverage:").hasMessageContaining("1..20");
        assertThatThrownBy(() -> read(Map.of("account.defaultLeverage", "0")))
            .hasMessageStartingWith("account.defaultLeverage:");
        assertThatThrownBy(() -> new LedgerSettings(money("1"), 11, 10, ZoneId.of("UTC")))
            .hasMessageStartingWith("account.defaultLeverage:");
    }

    @Test
    void shouldRejectNonPositiveOrMalformedStartingBalance()
    {
        assertThat(read(Map.of("account.startingBalance", "0.00000001")).startingBalance()).isEqualTo(1);
        assertThatThrownBy(() -> read(Map.of("account.startingBalance", "0")))
            .hasMessageStartingWith("account.startingBalance:");
        assertThatThrownBy(() -> read(Map.of("account.startingBalance", "-5")))
            .hasMessageStartingWith("account.startingBalance:");
        assertThatThrownBy(() -> read(Map.of("account.startingBalance", "100.000000001")))
            .hasMessageStartingWith("account.startingBalance:");
        assertThatThrownBy(() -> new LedgerSettings(0, 1, 10, ZoneId.of("UTC")))
            .hasMessageStartingWith("account.startingBalance:");
    }

    @Test
    void shouldRejectUnknownDayZone()
    {
        assertThatThrownBy(() -> read(Map.of("account.dayZone", "Mars/Olympus")))
            .hasMessageStartingWith("account.dayZone:");
    }
}
