package ringfire.engine.exit;

import org.junit.jupiter.api.Test;
import ringfire.engine.settings.SettingsReader;
import ringfire.engine.settings.SettingsWriter;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExitSettingsTest
{
    @Test
    void shouldHaveDocumentedDefaults()
    {
        final ExitSettings s = ExitSettings.defaults();
        assertThat(s.stopAtrMultiple()).isEqualTo(200_000_000L);
        assertThat(s.takeProfitAtrMultiple()).isZero();
        assertThat(s.ttlNs()).isEqualTo(36L * 3_600_000_000_000L);
        assertThat(s.trailingEnabled()).isTrue();
        assertThat(new long[] {s.tier1Peak(), s.tier1Stop(), s.tier2Peak(), s.tier2Stop(), s.tier3Peak(), s.tier3Stop()})
            .containsExactly(8_000_000L, 3_000_000L, 15_000_000L, 8_000_000L, 25_000_000L, 15_000_000L);
        assertThat(s.pullbackEnabled()).isTrue();
        assertThat(s.pullbackGiveBack()).isEqualTo(30_000_000L);
        assertThat(s.partialsEnabled()).isFalse();
        assertThat(new long[] {s.partial1Fraction(), s.partial1Pnl(), s.partial2Fraction(), s.partial2Pnl(),
            s.partial3Pnl()}).containsExactly(33_000_000L, 2_000_000L, 33_000_000L, 4_000_000L, 6_000_000L);
    }

    @Test
    void shouldRoundTripEveryKey()
    {
        assertThat(roundTrip(ExitSettings.defaults())).isEqualTo(ExitSettings.defaults());
        final ExitSettings custom = Plans.settings("exits.stopAtrMultiple", "1.75", "exits.takeProfitAtrMultiple",
            "3", "exits.ttl", "90m", "exits.trailing.enabled", "false", "exits.trailing.tier3.peak", "0.4",
            "exits.trailing.tier3.stop", "0.2", "exits.pullback.enabled", "false", "exits.pullback.giveBack",
            "0.25", "exits.partials.enabled", "true", "exits.partials.level1.fraction", "0.5",
            "exits.partials.level2.fraction", "0.25", "exits.partials.level3.pnl", "0.1");
        assertThat(roundTrip(custom)).isEqualTo(custom);
        assertThat(custom.ttlNs()).isEqualTo(90L * 60_000_000_000L);
        final SettingsWriter w = new SettingsWriter();
        custom.write(w);
        assertThat(w.values()).hasSize(18).containsEntry("exits.ttl", "5400000ms");
    }

    @Test
    void shouldRejectInconsistentTiersAndPartialsNamingTheKey()
    {
        assertThatThrownBy(() -> Plans.settings("exits.trailing.tier2.peak", "0.08"))
            .hasMessageStartingWith("exits.trailing.tier*.peak");
        assertThatThrownBy(() -> Plans.settings("exits.trailing.tier1.stop", "0.08"))
            .hasMessageStartingWith("exits.trailing.tier*.stop");
        assertThatThrownBy(() -> Plans.settings("exits.trailing.tier2.stop", "0.02"))
            .hasMessageStartingWith("exits.trailing.tier*.stop");
        assertThatThrownBy(() -> Plans.settings("exits.partials.level2.fraction", "0.67"))
            .hasMessageStartingWith("exits.partials.level*.fraction");
        assertThat(Plans.settings("exits.partials.level2.fraction", "0.66").partial2Fraction()).isEqualTo(66_000_000L);
        assertThatThrownBy(() -> Plans.settings("exits.pullback.giveBack", "1"))
            .hasMessageStartingWith("exits.pullback.giveBack");
        assertThatThrownBy(() -> Plans.settings("exits.stopAtrMultiple", "0"))
            .hasMessageStartingWith("exits.stopAtrMultiple");
        assertThatThrownBy(() -> Plans.settings("exits.ttl", "0s")).hasMessageStartingWith("exits.ttl");
    }

    private static ExitSettings roundTrip(final ExitSettings s)
    {
        final SettingsWriter w = new SettingsWriter();
        s.write(w);
        final SettingsReader r = new SettingsReader(w.values());
        final ExitSettings back = ExitSettings.read(r);
        r.requireAllUsed();
        return back;
    }
}
