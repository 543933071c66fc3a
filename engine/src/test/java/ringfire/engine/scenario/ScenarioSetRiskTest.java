package ringfire.engine.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringfire.codecs.sbe.OrderPurpose;
import ringfire.codecs.sbe.RiskReason;
import ringfire.codecs.sbe.SettingResult;
import ringfire.codecs.sbe.Side;
import ringfire.engine.market.InstrumentSpec;
import ringfire.engine.settings.EngineSettings;
import ringfire.engine.testing.Inputs;
import ringfire.engine.testing.JournaledDecisions;
import ringfire.engine.testing.JournaledDecisions.Intent;
import ringfire.engine.testing.JournaledDecisions.Reject;
import ringfire.engine.testing.JournaledDecisions.Request;
import ringfire.engine.testing.JournaledDecisions.SettingApplied;
import ringfire.engine.testing.JournaledDecisions.Signal;
import ringfire.engine.testing.ScenarioRun;

import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An operator's SettingChange goes through the real pipeline: the risk stage applies it when the event arrives,
 * journals a SettingApplied decision, and the next entry is decided with the new value; a replay of the journal
 * makes the same decisions byte for byte. Default account and risk: the BUY at 10000 is capped at 20 % of equity in
 * notional, 0.200 BTC.
 */
class ScenarioSetRiskTest
{
    private static final InstrumentSpec BTC = Inputs.BTC;
    private static final Instant START = Instant.parse("2025-06-02T01:00:00Z");
    private static final EngineSettings SETTINGS = EngineSettings.defaults()
        .with("strategy.params.fast", "1")
        .with("strategy.params.slow", "2");

    @Test
    void shouldSizeTheNextEntryWithALoweredNotionalCap(@TempDir final Path dir)
    {
        final long change;
        final long buy;
        try (ScenarioRun run = ScenarioRun.start(dir, SETTINGS, BTC, START))
        {
            change = run.setting("risk.maxPositionNotional", "0.10000000");
            buy = run.leadInToBuyAt10000("10");
            run.bar("10000", "10010", "9990", "10000");
            run.finish();
        }
        final JournaledDecisions d = JournaledDecisions.read(dir);

        assertThat(d.of(change)).containsExactly(new SettingApplied(change, change, "risk.maxPositionNotional",
            "0.10000000", SettingResult.APPLIED, "0.20000000"));
        // 10 % of 10000 USDT at 10000: 0.100 BTC instead of 0.200.
        final long order = d.intents().get(0).clientOrderId();
        assertThat(d.of(buy)).containsExactly(
            new Signal(buy, BTC.id(), Side.BUY, ScenarioRun.ratio("1"), px("10000")),
            new Intent(buy, order, BTC.id(), Side.BUY, OrderPurpose.ENTRY, qty("0.100")),
            new Request(buy, order, BTC.id(), Side.BUY, 0, qty("0.100"), false));
        ScenarioRun.assertReplaysTo(dir, d);
    }

    @Test
    void shouldRejectTheNextEntryOnceTheDailyEntryLimitIsLowered(@TempDir final Path dir)
    {
        final long change;
        final long buy;
        try (ScenarioRun run = ScenarioRun.start(dir, SETTINGS, BTC, START))
        {
            run.bar("9900", "9910", "9890", "9900");
            change = run.setting("risk.maxEntriesPerDay", "0");
            buy = leadInRest(run);
            run.bar("10000", "10010", "9990", "10000");
            run.finish();
        }
        final JournaledDecisions d = JournaledDecisions.read(dir);

        assertThat(d.of(change)).containsExactly(new SettingApplied(change, change, "risk.maxEntriesPerDay", "0",
            SettingResult.APPLIED, "20"));
        assertThat(d.of(buy)).containsExactly(
            new Signal(buy, BTC.id(), Side.BUY, ScenarioRun.ratio("1"), px("10000")),
            new Reject(buy, BTC.id(), Side.BUY, RiskReason.DAILY_ENTRIES, 0, 0));
        assertThat(d.intents()).isEmpty();
        ScenarioRun.assertReplaysTo(dir, d);
    }

    @Test
    void shouldJournalRefusedChangesAndKeepDecidingWithTheSettingsInForce(@TempDir final Path dir)
    {
        final long leverage;
        final long conflict;
        final long range;
        final long unknown;
        final long notRisk;
        final long buy;
        try (ScenarioRun run = ScenarioRun.start(dir, SETTINGS, BTC, START))
        {
            leverage = run.setting("risk.leverage", "3");
            conflict = run.setting("risk.drawdownPause", "0.25");       // above drawdownHalt 0.20
            range = run.setting("risk.maxPositionNotional", "lots");
            unknown = run.setting("risk.nope", "1");
            notRisk = run.setting("strategy.params.fast", "3");
            buy = run.leadInToBuyAt10000("10");
            run.bar("10000", "10010", "9990", "10000");
            run.finish();
        }
        final JournaledDecisions d = JournaledDecisions.read(dir);

        assertThat(d.of(leverage)).containsExactly(new SettingApplied(leverage, leverage, "risk.leverage", "3",
            SettingResult.NOT_AT_RUN_TIME, "1"));
        assertThat(d.of(conflict)).containsExactly(new SettingApplied(conflict, conflict, "risk.drawdownPause", "0.25",
            SettingResult.INVALID_VALUE, "0.15000000"));
        assertThat(d.of(range)).containsExactly(new SettingApplied(range, range, "risk.maxPositionNotional", "lots",
            SettingResult.INVALID_VALUE, "0.20000000"));
        assertThat(d.of(unknown)).containsExactly(new SettingApplied(unknown, unknown, "risk.nope", "1",
            SettingResult.UNKNOWN_KEY, ""));
        assertThat(d.of(notRisk)).containsExactly(new SettingApplied(notRisk, notRisk, "strategy.params.fast", "3",
            SettingResult.UNKNOWN_KEY, ""));
        // Nothing changed: the entry is the default 0.200 BTC.
        assertThat(d.intents()).singleElement().satisfies(i ->
        {
            assertThat(i.seq()).isEqualTo(buy);
            assertThat(i.qty()).isEqualTo(qty("0.200"));
        });
        ScenarioRun.assertReplaysTo(dir, d);
    }

    /** The lead-in of {@link ScenarioRun#leadInToBuyAt10000} after its first quiet bar (halfRange 10). */
    private static long leadInRest(final ScenarioRun run)
    {
        for (int i = 0; i < 12; i++)
        {
            run.bar("9900", "9910", "9890", "9900");
        }
        run.bar("9900", "9900", "9880", "9890");
        return run.bar("9890", "10000", "9890", "10000");
    }

    private static long px(final String text)
    {
        return ScenarioRun.price(BTC, text);
    }

    private static long qty(final String text)
    {
        return ScenarioRun.qty(BTC, text);
    }
}
