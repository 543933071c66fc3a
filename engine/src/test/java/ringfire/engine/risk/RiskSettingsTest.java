package ringfire.engine.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ringfire.engine.risk.Fixtures.ratio;
import static ringfire.engine.risk.Fixtures.settings;
import static ringfire.engine.risk.Fixtures.usd;

import ringfire.engine.settings.SettingsReader;
import ringfire.engine.settings.SettingsWriter;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RiskSettingsTest
{
    @Test
    void shouldHaveTheSpecifiedDefaults()
    {
        final RiskSettings s = RiskSettings.defaults();

        assertThat(s.drawdownPause()).isEqualTo(ratio("0.15"));
        assertThat(s.drawdownHalt()).isEqualTo(ratio("0.20"));
        assertThat(s.dailyLossLimit()).isEqualTo(ratio("0.05"));
        assertThat(s.maxEntriesPerDay()).isEqualTo(20);
        assertThat(s.maxPositionNotional()).isEqualTo(ratio("0.20"));
        assertThat(s.maxSymbolExposure()).isEqualTo(ratio("0.20"));
        assertThat(s.positionsPerEquity()).isEqualTo(usd("100"));
        assertThat(s.minPositionFraction()).isEqualTo(ratio("0.01"));
        assertThat(s.leverage()).isEqualTo(1);
        assertThat(s.lowBalance()).isEqualTo(usd("10000"));
        assertThat(s.highBalance()).isEqualTo(usd("100000"));
        assertThat(s.riskAtLowBalance()).isEqualTo(ratio("0.02"));
        assertThat(s.riskAtHighBalance()).isEqualTo(ratio("0.005"));
        assertThat(s.decayBase()).isEqualTo(ratio("0.25"));
        assertThat(s.minConfidence()).isEqualTo(ratio("0.55"));
        assertThat(s.stopAtrMultiple()).isEqualTo(ratio("2"));
        assertThat(s.correlationEnabled()).isTrue();
        assertThat(s.correlationThreshold()).isEqualTo(ratio("0.8"));
        assertThat(s.correlationBars()).isEqualTo(100);
    }

    @Test
    void shouldRoundTripEveryKeyThroughTheWriter()
    {
        final RiskSettings changed = settings(
            "drawdownPause", "0.1", "drawdownHalt", "0.3", "dailyLossLimit", "0.04", "maxEntriesPerDay", "7",
            "maxPositionNotional", "0.5", "maxSymbolExposure", "1.5", "positionsPerEquity", "250.5",
            "minPositionFraction", "0.02", "leverage", "5", "sizing.lowBalance", "5000", "sizing.highBalance", "50000",
            "sizing.riskAtLowBalance", "0.03", "sizing.riskAtHighBalance", "0.01", "sizing.decayBase", "0.33333333",
            "sizing.minConfidence", "0.6", "sizing.stopAtrMultiple", "1.5", "correlation.enabled", "false",
            "correlation.threshold", "-0.25", "correlation.bars", "30");
        for (final RiskSettings s : new RiskSettings[] {RiskSettings.defaults(), changed})
        {
            final SettingsWriter w = new SettingsWriter();
            s.write(w);
            final SettingsReader r = new SettingsReader(w.values());

            assertThat(RiskSettings.read(r)).isEqualTo(s);
            r.requireAllUsed();
            assertThat(w.values()).hasSize(19).allSatisfy((k, v) -> assertThat(k).startsWith("risk."));
        }
        assertThat(changed).isNotEqualTo(RiskSettings.defaults());
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
        "drawdownPause, 0",
        "drawdownPause, 1.00000001",
        "drawdownHalt, 1.00000001",
        "dailyLossLimit, 0",
        "maxEntriesPerDay, -1",
        "maxPositionNotional, 1.00000001",
        "maxSymbolExposure, -0.00000001",
        "positionsPerEquity, 0",
        "minPositionFraction, 1.00000001",
        "leverage, 0",
        "leverage, 201",
        "sizing.riskAtLowBalance, 1.00000001",
        "sizing.decayBase, 0",
        "sizing.minConfidence, 1",
        "sizing.stopAtrMultiple, 0",
        "correlation.enabled, maybe",
        "correlation.threshold, 1.00000001",
        "correlation.threshold, -1.00000001",
        "correlation.bars, 1",
        "correlation.bars, 10001",
        "drawdownPause, 0.123456789",
    })
    void shouldRejectOutOfRangeValuesNamingTheKey(final String key, final String value)
    {
        assertThatThrownBy(() -> settings(key, value))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageStartingWith("risk." + key);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
        "drawdownPause, 0.00000001",
        "drawdownPause, 0.2",
        "maxEntriesPerDay, 0",
        "leverage, 200",
        "sizing.minConfidence, 0.99999999",
        "correlation.bars, 2",
        "correlation.threshold, -1",
    })
    void shouldAcceptValuesAtTheEdgeOfTheirRange(final String key, final String value)
    {
        assertThat(settings(key, value)).isNotNull();
    }

    @Test
    void shouldRejectInconsistentCombinations()
    {
        assertThatThrownBy(() -> settings("drawdownPause", "0.20000001"))
            .hasMessageStartingWith("risk.drawdownPause");
        assertThatThrownBy(() -> settings("sizing.highBalance", "10000"))
            .hasMessageStartingWith("risk.sizing.highBalance");
        assertThatThrownBy(() -> settings("sizing.riskAtHighBalance", "0.02000001"))
            .hasMessageStartingWith("risk.sizing.riskAtHighBalance");
        assertThat(settings("sizing.riskAtHighBalance", "0.02").riskAtHighBalance()).isEqualTo(ratio("0.02"));
        assertThat(RiskSettings.read(new SettingsReader(Map.of("risk.leverage", " 3 "))).leverage()).isEqualTo(3);
    }
}
