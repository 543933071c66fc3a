package ringfire.engine.execution.paper;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TradingModeGuardTest
{
    @ParameterizedTest
    @CsvSource({"false,false", "true,false", "false,true", "true,true"})
    void shouldAlwaysStartPaperWhateverTheFlags(final boolean live, final boolean risks)
    {
        assertThat(TradingModeGuard.check(TradingMode.PAPER, live, risks)).isEqualTo(TradingMode.PAPER);
    }

    @ParameterizedTest
    @CsvSource({
        "TESTNET,false,false", "TESTNET,true,false", "TESTNET,false,true",
        "LIVE,false,false", "LIVE,true,false", "LIVE,false,true"})
    void shouldRefuseRealModesWithoutBothFlags(final TradingMode mode, final boolean live, final boolean risks)
    {
        assertThatThrownBy(() -> TradingModeGuard.check(mode, live, risks))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("trading mode " + mode.name().toLowerCase() + " sends real orders: start with both "
                + "--live-trading and --i-understand-the-risks, or use mode paper");
    }

    @ParameterizedTest
    @EnumSource(value = TradingMode.class, names = {"TESTNET", "LIVE"})
    void shouldRefuseRealModesEvenWithBothFlagsUntilTheOrderPathExists(final TradingMode mode)
    {
        assertThatThrownBy(() -> TradingModeGuard.check(mode, true, true))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("trading mode " + mode.name().toLowerCase()
                + ": the exchange order path is not available yet; use mode paper");
    }
}
