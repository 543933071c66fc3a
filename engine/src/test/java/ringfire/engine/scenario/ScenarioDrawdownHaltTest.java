package ringfire.engine.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringfire.codecs.sbe.AdminAction;
import ringfire.codecs.sbe.ExitReason;
import ringfire.codecs.sbe.OrderPurpose;
import ringfire.codecs.sbe.PositionSide;
import ringfire.codecs.sbe.RiskReason;
import ringfire.codecs.sbe.Side;
import ringfire.codecs.sbe.StateReason;
import ringfire.codecs.sbe.TradingState;
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
import ringfire.engine.testing.JournaledDecisions.StateChange;
import ringfire.engine.testing.ScenarioRun;

import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hard drawdown breaker: equity 20 % or more below its peak halts trading (DRAWDOWN_HARD) until an operator
 * resumes, and the halt is level-triggered (see risk/Breakers): a RESUME while the drawdown is still at or above
 * 20 % is followed, on the same input, by a new halt; once it is below, RESUME sticks and entries are accepted.
 *
 * <p>An aggressive account makes a 20 % drawdown reachable with one position: leverage 5, position notional up to
 * 1 × equity × leverage, symbol exposure up to 5 × equity, 50 % of equity risked per trade. The daily-loss limit is
 * raised to 50 % so that it stays out of the way (it has its own scenario). Hand-computed numbers (BTCUSDT):
 * <ul>
 * <li>Lead-in with half range 200: ATR(14) = (13 × 400 + 110) / 14 = 379.29; BUY at 10000 (confidence 1); sizing
 * stop 10000 − 758.58 = 9241.40; 5000 / 758.60 = 6.59 BTC uncapped, capped by 10000 × 5 = 50000 USDT to 5.000 BTC.
 * Liquidation estimate at 5x: 10000 × (1 − 1/5 + 0.005) = 8050 &lt; stop, accepted.</li>
 * <li>Fill at 10005.00, fee 50025 × 0.055 % = 27.51375.</li>
 * <li>Crash bar closing 9550 (low 9540, above the stop): unrealized (9550 − 10005) × 5 = −2275, equity 7697.48625,
 * drawdown 23.03 % from the peak 10000: DRAWDOWN_SOFT (≥ 15 %) then DRAWDOWN_HARD → HALTED.</li>
 * </ul>
 */
class ScenarioDrawdownHaltTest
{
    private static final InstrumentSpec BTC = Inputs.BTC;
    private static final Instant START = Instant.parse("2025-06-02T01:00:00Z");
    private static final EngineSettings SETTINGS = EngineSettings.defaults()
        .with("strategy.params.fast", "1")
        .with("strategy.params.slow", "2")
        .with("risk.leverage", "5")
        .with("risk.maxPositionNotional", "1")
        .with("risk.maxSymbolExposure", "5")
        .with("risk.sizing.riskAtLowBalance", "0.5")
        .with("risk.dailyLossLimit", "0.5");

    private static final long ENTRY = px("10005.00");
    private static final long QTY = qty("5.000");
    private static final long HALTED = TradingState.HALTED.value();

    /** Lead-in, entry, fill and the crash bar that halts; returns the crash bar's sequence. */
    private static long enterAndCrash(final ScenarioRun run)
    {
        run.leadInToBuyAt10000("200");
        run.bar("10000", "10010", "9990", "10000");           // entry fills at the open
        return run.bar("10000", "10000", "9540", "9550");     // marked at 9550: drawdown 23.03 %
    }

    @Test
    void shouldHaltOnHardDrawdownAndHaltAgainWhenResumedWhileStillInDrawdown(@TempDir final Path dir)
    {
        final long crash;
        final long flatten;
        final long flattenFill;
        final long signalWhileHalted;
        final long resume;
        final long signalAfterResume;
        try (ScenarioRun run = ScenarioRun.start(dir, SETTINGS, BTC, START))
        {
            crash = enterAndCrash(run);
            flatten = run.admin(AdminAction.FLATTEN);                      // close at the bottom: loss realized
            flattenFill = run.bar("9550", "9560", "9540", "9550");
            run.bar("9550", "9550", "9500", "9540");
            signalWhileHalted = run.bar("9540", "9700", "9540", "9700");  // BUY cross
            resume = run.admin(AdminAction.RESUME);
            run.bar("9700", "9700", "9690", "9700");
            run.bar("9700", "9700", "9680", "9690");
            signalAfterResume = run.bar("9690", "9800", "9690", "9800");  // BUY cross
            run.finish();
        }
        final JournaledDecisions d = JournaledDecisions.read(dir);

        assertThat(d.of(crash)).containsExactly(
            new StateChange(crash, TradingState.RUNNING, TradingState.RUNNING, StateReason.DRAWDOWN_SOFT),
            new StateChange(crash, TradingState.RUNNING, TradingState.HALTED, StateReason.DRAWDOWN_HARD));

        // Exits are never blocked by the halt: the operator flattens at market, filled at the next open.
        final long exitOrder = d.intents().get(1).clientOrderId();
        assertThat(d.of(flatten)).containsExactly(
            new Exit(flatten, BTC.id(), ExitReason.OPERATOR, px("9550"), QTY),
            new Intent(flatten, exitOrder, BTC.id(), Side.SELL, OrderPurpose.EXIT, QTY),
            new Request(flatten, exitOrder, BTC.id(), Side.SELL, 0, QTY, true));
        // 9550 × 0.9995 = 9545.225, down to the tick; fee 47726 × 0.055 % = 26.2493;
        // realized (9545.20 − 10005) × 5 = −2299; balance 10000 − 27.51375 − 2299 − 26.2493 = 7647.23695,
        // drawdown 23.53 %: still beyond the halt level.
        assertThat(d.of(flattenFill)).startsWith(
            new Fill(flattenFill, exitOrder, BTC.id(), Side.SELL, px("9545.20"), QTY, ScenarioRun.money("26.2493")),
            new PositionUpdate(flattenFill, BTC.id(), PositionSide.FLAT, 0, 0, ScenarioRun.money("-2299")),
            new Balance(flattenFill, ScenarioRun.money("7647.23695"), ScenarioRun.money("7647.23695")));

        assertThat(d.of(signalWhileHalted)).containsExactly(
            new Signal(signalWhileHalted, BTC.id(), Side.BUY, ScenarioRun.ratio("1"), px("9700")),
            new Reject(signalWhileHalted, BTC.id(), Side.BUY, RiskReason.TRADING_STATE, 0, HALTED));

        // Level-triggered: RESUME sets RUNNING, the breakers evaluated on the same input halt again.
        assertThat(d.of(resume)).containsExactly(
            new StateChange(resume, TradingState.HALTED, TradingState.RUNNING, StateReason.OPERATOR),
            new StateChange(resume, TradingState.RUNNING, TradingState.HALTED, StateReason.DRAWDOWN_HARD));

        assertThat(d.of(signalAfterResume)).containsExactly(
            new Signal(signalAfterResume, BTC.id(), Side.BUY, ScenarioRun.ratio("1"), px("9800")),
            new Reject(signalAfterResume, BTC.id(), Side.BUY, RiskReason.TRADING_STATE, 0, HALTED));

        assertThat(d.stateChanges()).hasSize(4);
        assertThat(d.intents()).extracting(Intent::purpose).containsExactly(OrderPurpose.ENTRY, OrderPurpose.EXIT);
        ScenarioRun.assertReplaysTo(dir, d);
    }

    @Test
    void shouldAcceptEntriesAgainAfterResumeOnceDrawdownIsBelowTheHaltLevel(@TempDir final Path dir)
    {
        final long crash;
        final long recovery;
        final long flatten;
        final long flattenFill;
        final long signalWhileHalted;
        final long resume;
        final long signalAfterResume;
        final long entryFill;
        try (ScenarioRun run = ScenarioRun.start(dir, SETTINGS, BTC, START))
        {
            crash = enterAndCrash(run);
            run.bar("9550", "9560", "9540", "9550");
            recovery = run.bar("9550", "9900", "9550", "9900");              // marked at 9900: drawdown 5.53 %
            flatten = run.admin(AdminAction.FLATTEN);
            flattenFill = run.bar("9900", "9910", "9890", "9900");
            run.bar("9900", "9900", "9880", "9890");
            signalWhileHalted = run.bar("9890", "10000", "9890", "10000");  // BUY cross
            resume = run.admin(AdminAction.RESUME);
            run.bar("10000", "10010", "9990", "10000");
            run.bar("10000", "10000", "9880", "9890");
            signalAfterResume = run.bar("9890", "10000", "9890", "10000");  // BUY cross
            entryFill = run.bar("10000", "10010", "9990", "10000");
            run.finish();
        }
        final JournaledDecisions d = JournaledDecisions.read(dir);

        assertThat(d.of(crash)).containsExactly(
            new StateChange(crash, TradingState.RUNNING, TradingState.RUNNING, StateReason.DRAWDOWN_SOFT),
            new StateChange(crash, TradingState.RUNNING, TradingState.HALTED, StateReason.DRAWDOWN_HARD));
        // Unrealized (9900 − 10005) × 5 = −525: equity 9447.48625, drawdown 5.53 %. The soft pause lifts; the halt
        // stays until an operator resumes.
        assertThat(d.of(recovery)).containsExactly(
            new StateChange(recovery, TradingState.HALTED, TradingState.HALTED, StateReason.RECOVERED));

        final long exitOrder = d.intents().get(1).clientOrderId();
        assertThat(d.of(flatten)).containsExactly(
            new Exit(flatten, BTC.id(), ExitReason.OPERATOR, px("9900"), QTY),
            new Intent(flatten, exitOrder, BTC.id(), Side.SELL, OrderPurpose.EXIT, QTY),
            new Request(flatten, exitOrder, BTC.id(), Side.SELL, 0, QTY, true));
        // 9900 × 0.9995 = 9895.05, down to the tick; fee 49475 × 0.055 % = 27.21125; realized −110 × 5 = −550;
        // balance 10000 − 27.51375 − 550 − 27.21125 = 9395.275: drawdown 6.05 %.
        assertThat(d.of(flattenFill)).startsWith(
            new Fill(flattenFill, exitOrder, BTC.id(), Side.SELL, px("9895.00"), QTY, ScenarioRun.money("27.21125")),
            new PositionUpdate(flattenFill, BTC.id(), PositionSide.FLAT, 0, 0, ScenarioRun.money("-550")),
            new Balance(flattenFill, ScenarioRun.money("9395.275"), ScenarioRun.money("9395.275")));

        assertThat(d.of(signalWhileHalted)).containsExactly(
            new Signal(signalWhileHalted, BTC.id(), Side.BUY, ScenarioRun.ratio("1"), px("10000")),
            new Reject(signalWhileHalted, BTC.id(), Side.BUY, RiskReason.TRADING_STATE, 0, HALTED));

        assertThat(d.of(resume)).containsExactly(
            new StateChange(resume, TradingState.HALTED, TradingState.RUNNING, StateReason.OPERATOR));

        // Accepted: capped by equity × leverage = 9395.275 × 5 = 46976.375 USDT, 4.697 BTC at 10000.
        final long qty = qty("4.697");
        final long entryOrder = d.intents().get(2).clientOrderId();
        assertThat(d.of(signalAfterResume)).containsExactly(
            new Signal(signalAfterResume, BTC.id(), Side.BUY, ScenarioRun.ratio("1"), px("10000")),
            new Intent(signalAfterResume, entryOrder, BTC.id(), Side.BUY, OrderPurpose.ENTRY, qty),
            new Request(signalAfterResume, entryOrder, BTC.id(), Side.BUY, 0, qty, false));
        assertThat(d.of(entryFill)).first().isEqualTo(
            new Fill(entryFill, entryOrder, BTC.id(), Side.BUY, ENTRY, qty, ScenarioRun.money("25.84641675")));

        assertThat(d.stateChanges()).extracting(StateChange::reason).containsExactly(
            StateReason.DRAWDOWN_SOFT, StateReason.DRAWDOWN_HARD, StateReason.RECOVERED, StateReason.OPERATOR);
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
