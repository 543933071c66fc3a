package ringfire.ops.admin;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ringfire.engine.settings.EngineSettings;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AdminCommandParserTest
{
    private final AdminCommandParser parser = new AdminCommandParser(EngineSettings::defaults);

    @Test
    void shouldParseEveryCommand()
    {
        assertThat(parser.parse("status")).isEqualTo(AdminRequest.of(AdminVerb.STATUS));
        assertThat(parser.parse("  PAUSE  ")).isEqualTo(AdminRequest.of(AdminVerb.PAUSE));
        assertThat(parser.parse("emergency-stop")).isEqualTo(AdminRequest.of(AdminVerb.EMERGENCY_STOP));
        assertThat(parser.parse("trades")).isEqualTo(new AdminRequest(AdminVerb.TRADES, null, 0, 20, null, null));
        assertThat(parser.parse("trades 5")).isEqualTo(new AdminRequest(AdminVerb.TRADES, null, 0, 5, null, null));
        assertThat(parser.parse("close-positions")).isEqualTo(AdminRequest.of(AdminVerb.CLOSE_POSITIONS));
        assertThat(parser.parse("close-positions ethusdt"))
            .isEqualTo(new AdminRequest(AdminVerb.CLOSE_POSITIONS, "ETHUSDT", 2, 0, null, null));
        assertThat(parser.parse("cancel-orders\tSOLUSDT"))
            .isEqualTo(new AdminRequest(AdminVerb.CANCEL_ORDERS, "SOLUSDT", 3, 0, null, null));
        // the value as the settings' canonical text writes it, exactly as it is journaled
        assertThat(parser.parse("set-risk drawdownPause 0.10"))
            .isEqualTo(new AdminRequest(AdminVerb.SET_RISK, null, 0, 0, "risk.drawdownPause", "0.10000000"));
        assertThat(parser.parse("set-risk risk.sizing.minConfidence 0.6"))
            .isEqualTo(new AdminRequest(AdminVerb.SET_RISK, null, 0, 0, "risk.sizing.minConfidence", "0.60000000"));
        assertThat(parser.parse("set-risk maxEntriesPerDay 07").value()).isEqualTo("7");
        assertThat(parser.parse("set-risk", List.of("correlation.enabled", "false")).key())
            .isEqualTo("risk.correlation.enabled");
        for (final AdminVerb verb : AdminVerb.values())
        {
            if (verb != AdminVerb.SET_RISK)
            {
                assertThat(parser.parse(verb.word()).verb()).isEqualTo(verb);
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "frobnicate|unknown command 'frobnicate' (try help)",
        "''|empty command (try help)",
        "status now|status: takes no arguments (usage: status)",
        "pause everything|pause: takes no arguments (usage: pause)",
        "trades 0|trades: expected a count 1..1000, was '0' (usage: trades [n])",
        "trades lots|trades: expected a count 1..1000, was 'lots' (usage: trades [n])",
        "trades 1 2|trades: expected at most one argument (usage: trades [n])",
        "close-positions DOGEUSDT|close-positions: unknown symbol 'DOGEUSDT' (known: BNBUSDT, BTCUSDT, ETHUSDT, SOLUSDT, XRPUSDT)",
        "cancel-orders BTCUSDT ETHUSDT|cancel-orders: expected at most one symbol (usage: cancel-orders [symbol])",
        "set-risk|set-risk: expected KEY VALUE (usage: set-risk KEY VALUE)",
        "set-risk drawdownPause|set-risk: expected KEY VALUE (usage: set-risk KEY VALUE)",
        "set-risk takerFee 0.001|set-risk: unknown risk key 'takerFee' (known: correlation.bars, correlation.enabled, correlation.threshold, dailyLossLimit, drawdownHalt, drawdownPause, leverage, maxEntriesPerDay, maxPositionNotional, maxSymbolExposure, minPositionFraction, positionsPerEquity, sizing.decayBase, sizing.highBalance, sizing.lowBalance, sizing.minConfidence, sizing.riskAtHighBalance, sizing.riskAtLowBalance, sizing.stopAtrMultiple)",
        "set-risk drawdownPause 1.5|set-risk: risk.drawdownPause: expected",
        "set-risk drawdownPause lots|set-risk: risk.drawdownPause: expected a decimal number",
        "set-risk drawdownPause 0.25|set-risk: risk.drawdownPause: must not exceed risk.drawdownHalt",
        "set-risk maxEntriesPerDay 2.5|set-risk: risk.maxEntriesPerDay: expected a whole number, was '2.5'",
        "set-risk correlation.enabled perhaps|set-risk: risk.correlation.enabled: expected true or false, was 'perhaps'",
        "set-risk leverage 2|set-risk: risk.leverage cannot change at run time (open positions keep theirs); change the configuration and restart",
        "set-risk risk.correlation.bars 50|set-risk: risk.correlation.bars cannot change at run time (the correlation window is sized at start); change the configuration and restart",
    })
    void shouldRefuseBadCommandsInOneLine(final String line, final String expected)
    {
        assertThatThrownBy(() -> parser.parse(line)).isInstanceOf(BadCommandException.class)
            .hasMessageStartingWith(expected)
            .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void shouldRefuseControlCharactersAndLongLinesWithoutEchoingThem()
    {
        assertThatThrownBy(() -> parser.parse("status\u0001")).hasMessage(
            "the command contains unprintable characters (try help)");
        assertThatThrownBy(() -> parser.parse("x".repeat(600))).hasMessage("command too long (at most 512 characters)");
        assertThatThrownBy(() -> parser.parse("y".repeat(100))).hasMessage(
            "unknown command '" + "y".repeat(40) + "...' (try help)");
        assertThatThrownBy(() -> parser.parse("set-risk drawdownPause " + "9".repeat(50)))
            .hasMessage("set-risk: value too long (at most 40 characters) (usage: set-risk KEY VALUE)");
    }
}
