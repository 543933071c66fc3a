package ringfire.engine.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringfire.codecs.sbe.AdminAction;
import ringfire.codecs.sbe.ExitReason;
import ringfire.codecs.sbe.OrderPurpose;
import ringfire.codecs.sbe.PositionSide;
import ringfire.codecs.sbe.RiskReason;
import ringfire.codecs.sbe.Side;
import ringfire.engine.market.InstrumentSpec;
import ringfire.engine.replay.ReplayResult;
import ringfire.engine.settings.EngineSettings;
import ringfire.engine.testing.Inputs;
import ringfire.engine.testing.JournaledDecisions;
import ringfire.engine.testing.JournaledDecisions.Balance;
import ringfire.engine.testing.JournaledDecisions.Exit;
import ringfire.engine.testing.JournaledDecisions.Fill;
import ringfire.engine.testing.JournaledDecisions.Intent;
import ringfire.engine.testing.JournaledDecisions.PositionUpdate;
import ringfire.engine.testing.JournaledDecisions.Reject;
import ringfire.engine.testing.JournaledDecisions.Request;
import ringfire.engine.testing.JournaledDecisions.Signal;
import ringfire.engine.testing.ScenarioRun;

import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator's debug switch blocks every order at the execution boundary: entries are rejected DEBUG_BLOCK
 * instead of being sent, and an exit the plan triggers is journaled (ExitTriggered) but not sent, with a
 * DEBUG_BLOCK rejection whose detail is the exit's reason code. DEBUG_OFF lets orders through again. Default
 * account and risk (leverage 1, position capped at 20 % of equity: 0.200 BTC at 10000).
 */
class ScenarioDebugSwitchTest
{
    private static final InstrumentSpec BTC = Inputs.BTC;
    private static final Instant START = Instant.parse("2025-06-02T01:00:00Z");
    private static final EngineSettings SETTINGS = EngineSettings.defaults()
        .with("strategy.params.fast", "1")
        .with("strategy.params.slow", "2");
    private static final long QTY = qty("0.200");

    @Test
    void shouldRejectEntriesWhileDebugIsOnAndAcceptThemAfterDebugOff(@TempDir final Path dir)
    {
        final long debugOn;
        final long blockedBuy;
        final long debugOff;
        final long acceptedBuy;
        final long fillBar;
        try (ScenarioRun run = ScenarioRun.start(dir, SETTINGS, BTC, START))
        {
            debugOn = run.admin(AdminAction.DEBUG_ON);
            blockedBuy = run.leadInToBuyAt10000("10");
            run.bar("10000", "10010", "9990", "10000");
            debugOff = run.admin(AdminAction.DEBUG_OFF);
            run.bar("10000", "10000", "9880", "9890");
            acceptedBuy = run.bar("9890", "10000", "9890", "10000");
            fillBar = run.bar("10000", "10010", "9990", "10000");
            run.finish();
        }
        final JournaledDecisions d = JournaledDecisions.read(dir);

        assertThat(d.of(debugOn)).isEmpty();     // the switch itself is not a journaled state change
        assertThat(d.of(blockedBuy)).containsExactly(
            new Signal(blockedBuy, BTC.id(), Side.BUY, ScenarioRun.ratio("1"), px("10000")),
            new Reject(blockedBuy, BTC.id(), Side.BUY, RiskReason.DEBUG_BLOCK, 0, 0));
        assertThat(d.between(debugOn, debugOff)).noneMatch(x -> x instanceof Intent || x instanceof Request
            || x instanceof Fill);
        assertThat(d.of(debugOff)).isEmpty();

        final long entryOrder = d.intents().get(0).clientOrderId();
        assertThat(d.of(acceptedBuy)).containsExactly(
            new Signal(acceptedBuy, BTC.id(), Side.BUY, ScenarioRun.ratio("1"), px("10000")),
            new Intent(acceptedBuy, entryOrder, BTC.id(), Side.BUY, OrderPurpose.ENTRY, QTY),
            new Request(acceptedBuy, entryOrder, BTC.id(), Side.BUY, 0, QTY, false));
        assertThat(d.of(fillBar)).first().isEqualTo(
            new Fill(fillBar, entryOrder, BTC.id(), Side.BUY, px("10005.00"), QTY, ScenarioRun.money("1.10055")));
        assertThat(d.rejects()).hasSize(1);
        ScenarioRun.assertReplaysTo(dir, d);
    }

    /**
     * Long 0.200 BTC from 10005.00 with the plan's stop at 9947.10 (the sizing stop: 10000 − 2 × ATR 26.43). With
     * debug on, a bar trading down to 9940 triggers STOP_LOSS at 9947.10: journaled, not sent, the position stays
     * open. After DEBUG_OFF the operator flattens it and the close is sent and filled at the next open.
     */
    @Test
    void shouldJournalAndBlockAnExitThatTriggersWhileDebugIsOn(@TempDir final Path dir)
    {
        final long debugOn;
        final long stopBar;
        final long debugOff;
        final long flatten;
        final long flattenFill;
        final long buyAfter;
        try (ScenarioRun run = ScenarioRun.start(dir, SETTINGS, BTC, START))
        {
            run.leadInToBuyAt10000("10");
            run.bar("10000", "10010", "9990", "10000");               // entry fills at the open: 10005.00
            debugOn = run.admin(AdminAction.DEBUG_ON);
            stopBar = run.bar("10000", "10000", "9940", "9960");     // low below the stop 9947.10
            run.bar("9960", "9970", "9950", "9960");
            debugOff = run.admin(AdminAction.DEBUG_OFF);
            flatten = run.admin(AdminAction.FLATTEN);
            flattenFill = run.bar("9960", "9970", "9950", "9960");
            run.bar("9960", "9960", "9880", "9890");
            buyAfter = run.bar("9890", "10000", "9890", "10000");     // BUY cross
            run.bar("10000", "10010", "9990", "10000");
            run.finish();
        }
        final JournaledDecisions d = JournaledDecisions.read(dir);

        final long stop = px("9947.10");
        assertThat(d.of(stopBar)).containsExactly(
            new Exit(stopBar, BTC.id(), ExitReason.STOP_LOSS, stop, QTY),
            new Reject(stopBar, BTC.id(), Side.SELL, RiskReason.DEBUG_BLOCK, QTY, ExitReason.STOP_LOSS.value()));
        assertThat(d.between(debugOn, debugOff)).noneMatch(x -> x instanceof Intent || x instanceof Request
            || x instanceof Fill || x instanceof PositionUpdate);

        // The position is still open after the blocked exit: the operator's FLATTEN closes all 0.200.
        final long exitOrder = d.intents().get(1).clientOrderId();
        assertThat(d.of(flatten)).containsExactly(
            new Exit(flatten, BTC.id(), ExitReason.OPERATOR, px("9960"), QTY),
            new Intent(flatten, exitOrder, BTC.id(), Side.SELL, OrderPurpose.EXIT, QTY),
            new Request(flatten, exitOrder, BTC.id(), Side.SELL, 0, QTY, true));
        // 9960 × 0.9995 = 9955.02, down to the tick; fee 1991 × 0.055 % = 1.09505; realized −50 × 0.2 = −10;
        // balance 10000 − 1.10055 − 10 − 1.09505 = 9987.8044.
        assertThat(d.of(flattenFill)).startsWith(
            new Fill(flattenFill, exitOrder, BTC.id(), Side.SELL, px("9955.00"), QTY, ScenarioRun.money("1.09505")),
            new PositionUpdate(flattenFill, BTC.id(), PositionSide.FLAT, 0, 0, ScenarioRun.money("-10")),
            new Balance(flattenFill, ScenarioRun.money("9987.8044"), ScenarioRun.money("9987.8044")));

        // Trading is back: 20 % of 9987.8044 = 1997.56 USDT, 0.199 BTC at 10000.
        final long entryOrder = d.intents().get(2).clientOrderId();
        assertThat(d.of(buyAfter)).containsExactly(
            new Signal(buyAfter, BTC.id(), Side.BUY, ScenarioRun.ratio("1"), px("10000")),
            new Intent(buyAfter, entryOrder, BTC.id(), Side.BUY, OrderPurpose.ENTRY, qty("0.199")),
            new Request(buyAfter, entryOrder, BTC.id(), Side.BUY, 0, qty("0.199"), false));
        assertThat(d.rejects()).hasSize(1);
        ScenarioRun.assertReplaysTo(dir, d);
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
