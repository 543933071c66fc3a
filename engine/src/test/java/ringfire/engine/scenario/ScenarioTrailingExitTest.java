package ringfire.engine.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringfire.codecs.sbe.ExitReason;
import ringfire.codecs.sbe.OrderPurpose;
import ringfire.codecs.sbe.PositionSide;
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
import ringfire.engine.testing.JournaledDecisions.PlanState;
import ringfire.engine.testing.JournaledDecisions.PositionUpdate;
import ringfire.engine.testing.JournaledDecisions.Request;
import ringfire.engine.testing.JournaledDecisions.Signal;
import ringfire.engine.testing.ScenarioRun;

import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 4x long whose leverage-adjusted PnL peaks at exactly +16 % and then collapses; the exit plan's profit lock
 * takes it out. Hand-computed numbers (BTCUSDT: price scale 2, tick 0.10, qty scale 3):
 * <ul>
 * <li>Lead-in (half range 10): ATR(14) = (13 × 20 + 110) / 14 = 26.43; BUY at 10000, confidence 1, so
 * risk money = 10000 × 2 % = 200 for a sizing stop 2 × 26.43 below (9947.10): 3.780 BTC uncapped, capped by
 * the symbol exposure room 20 % × 10000 = 2000 USDT to 0.200 BTC.</li>
 * <li>Entry fills at the next open 10000 + 0.05 % = 10005.00 (fee 2001.00 × 0.055 % = 1.10055). The plan's initial
 * stop is the stop the entry was sized with (execution hands it to the plan as the entry's stop): 10000 − 52.86
 * = 9947.14, on the tick 9947.10.</li>
 * <li>Leverage 4: PnL(p) = (p − 10005) / 10005 × 4. The high 10405.20 is PnL 400.20 × 4 / 10005 = 16 % exactly:
 * tier 2 (15 % ≤ 16 % &lt; 25 %). Tier-2 trailing stop at PnL 8 %: 10005 × (1 + 0.08 / 4) = 10205.10. Pullback
 * level at 0.7 × 16 % = 11.2 %: 10005 × (1 + 0.112 / 4) = 10285.14, down to the tick 10285.10. The pullback
 * level is the tighter one, so with the defaults the collapse exits PULLBACK.</li>
 * </ul>
 * Every bar closes above the previous close until the peak, then one bar closes flat (the SMA relation resets to
 * equal) so that the collapse makes no SELL cross: the exit plan, not the strategy, closes the position.
 */
class ScenarioTrailingExitTest
{
    private static final InstrumentSpec BTC = Inputs.BTC;
    private static final Instant START = Instant.parse("2025-06-02T01:00:00Z");
    private static final EngineSettings SETTINGS = EngineSettings.defaults()
        .with("strategy.params.fast", "1")
        .with("strategy.params.slow", "2")
        .with("risk.leverage", "4");

    private static final long ENTRY = px("10005.00");
    private static final long QTY = qty("0.200");
    private static final long INITIAL_STOP = px("9947.10");
    private static final long TRAILING_TIER2 = px("10205.10");
    private static final long PULLBACK = px("10285.10");
    private static final long PEAK_PNL = ScenarioRun.ratio("0.16");

    private record Run(JournaledDecisions decisions, long buyBar, long fillBar, long exitBar)
    {
    }

    /** Lead-in and entry, the run-up to the peak and a flat bar; then {@code collapse} (o, h, l, c). */
    private static Run record(final Path dir, final EngineSettings settings, final String... collapse)
    {
        try (ScenarioRun run = ScenarioRun.start(dir, settings, BTC, START))
        {
            final long buyBar = run.leadInToBuyAt10000("10");
            final long fillBar = run.bar("10000", "10060", "10000", "10050");
            run.bar("10050", "10210", "10050", "10200");      // high: PnL 8.19 %, tier 1
            run.bar("10200", "10405.20", "10200", "10400");   // high: PnL 16 %, tier 2
            run.bar("10400", "10400", "10390", "10400");      // flat close: no SMA cross on the way down
            final long exitBar = run.bar(collapse[0], collapse[1], collapse[2], collapse[3]);
            run.bar("10200", "10210", "10150", "10190");
            run.finish();
            return new Run(JournaledDecisions.read(dir), buyBar, fillBar, exitBar);
        }
    }

    @Test
    void shouldExitAtThePullbackLevelWhenTheCollapseTouchesIt(@TempDir final Path dir)
    {
        final Run run = record(dir, SETTINGS, "10390", "10390", "10200", "10220");
        final JournaledDecisions d = run.decisions();

        assertEntry(run);
        final long sellPrice = px("10279.90");   // 10285.10 × (1 − 0.0005) = 10279.957, down to the tick
        final Fill entryFill = d.fills().get(0);
        final long exitOrder = d.intents().get(1).clientOrderId();
        assertThat(d.of(run.exitBar())).containsExactly(
            new Exit(run.exitBar(), BTC.id(), ExitReason.PULLBACK, PULLBACK, QTY),
            new Intent(run.exitBar(), exitOrder, BTC.id(), Side.SELL, OrderPurpose.EXIT, QTY),
            new Request(run.exitBar(), exitOrder, BTC.id(), Side.SELL, PULLBACK, QTY, true),
            new Fill(run.exitBar(), exitOrder, BTC.id(), Side.SELL, sellPrice, QTY,
                ScenarioRun.money("1.130789")),                             // 2055.98 × 0.055 %
            new PositionUpdate(run.exitBar(), BTC.id(), PositionSide.FLAT, 0, 0,
                ScenarioRun.money("54.98")),                                // (10279.90 − 10005.00) × 0.2
            new Balance(run.exitBar(), ScenarioRun.money("10052.748661"),  // 10000 − 1.10055 + 54.98 − 1.130789
                ScenarioRun.money("10052.748661")),
            new PlanState(run.exitBar(), BTC.id(), PositionSide.FLAT, ENTRY, 0, TRAILING_TIER2, 0,
                TRAILING_TIER2, PULLBACK, PEAK_PNL, 2));
        assertThat(entryFill.fee()).isEqualTo(ScenarioRun.money("1.10055"));
        assertThat(d.fills()).hasSize(2);
        assertThat(d.exits()).hasSize(1);
        ScenarioRun.assertReplaysTo(dir, d);
    }

    @Test
    void shouldExitAtTheTier2TrailingStopWhenThereIsNoPullbackLevel(@TempDir final Path dir)
    {
        final Run run = record(dir, SETTINGS.with("exits.pullback.enabled", "false"),
            "10390", "10390", "10200", "10220");
        final JournaledDecisions d = run.decisions();

        assertEntry(run);
        final long exitOrder = d.intents().get(1).clientOrderId();
        assertThat(d.of(run.exitBar())).startsWith(
            new Exit(run.exitBar(), BTC.id(), ExitReason.TRAILING_STOP, TRAILING_TIER2, QTY),
            new Intent(run.exitBar(), exitOrder, BTC.id(), Side.SELL, OrderPurpose.EXIT, QTY),
            new Request(run.exitBar(), exitOrder, BTC.id(), Side.SELL, TRAILING_TIER2, QTY, true),
            // 10205.10 × 0.9995 = 10199.99745, down to the tick; fee 2039.98 × 0.055 %
            new Fill(run.exitBar(), exitOrder, BTC.id(), Side.SELL, px("10199.90"), QTY,
                ScenarioRun.money("1.121989")));
        assertThat(d.planStates()).last().isEqualTo(new PlanState(run.exitBar(), BTC.id(), PositionSide.FLAT,
            ENTRY, 0, TRAILING_TIER2, 0, TRAILING_TIER2, 0, PEAK_PNL, 2));
        assertThat(d.exits()).hasSize(1);
        ScenarioRun.assertReplaysTo(dir, d);
    }

    @Test
    void shouldExitAtTheOpenWhenTheCollapseGapsBelowTheTightestLevel(@TempDir final Path dir)
    {
        // Opens at 10250: below the pullback level 10285.10, above the trailing stop 10205.10. The tightest level
        // is the one nearest the open, so the reason is PULLBACK and the exit is at the open, not at the level.
        final Run run = record(dir, SETTINGS, "10250", "10260", "10180", "10200");
        final JournaledDecisions d = run.decisions();

        assertEntry(run);
        final long open = px("10250");
        final long exitOrder = d.intents().get(1).clientOrderId();
        assertThat(d.of(run.exitBar())).startsWith(
            new Exit(run.exitBar(), BTC.id(), ExitReason.PULLBACK, open, QTY),
            new Intent(run.exitBar(), exitOrder, BTC.id(), Side.SELL, OrderPurpose.EXIT, QTY),
            new Request(run.exitBar(), exitOrder, BTC.id(), Side.SELL, open, QTY, true),
            // 10250 × 0.9995 = 10244.875, down to the tick; fee 2048.96 × 0.055 %
            new Fill(run.exitBar(), exitOrder, BTC.id(), Side.SELL, px("10244.80"), QTY,
                ScenarioRun.money("1.126928")));
        assertThat(d.planStates()).last().isEqualTo(new PlanState(run.exitBar(), BTC.id(), PositionSide.FLAT,
            ENTRY, 0, TRAILING_TIER2, 0, TRAILING_TIER2, PULLBACK, PEAK_PNL, 2));
        ScenarioRun.assertReplaysTo(dir, d);
    }

    /** The BUY cross, the capped entry order, its fill at the next open and the plan it opens. */
    private static void assertEntry(final Run run)
    {
        final JournaledDecisions d = run.decisions();
        assertThat(d.signals()).containsExactly(
            new Signal(run.buyBar(), BTC.id(), Side.BUY, ScenarioRun.ratio("1"), px("10000")));
        final Intent entry = d.intents().get(0);
        assertThat(d.of(run.buyBar())).containsExactly(
            new Signal(run.buyBar(), BTC.id(), Side.BUY, ScenarioRun.ratio("1"), px("10000")),
            new Intent(run.buyBar(), entry.clientOrderId(), BTC.id(), Side.BUY, OrderPurpose.ENTRY, QTY),
            new Request(run.buyBar(), entry.clientOrderId(), BTC.id(), Side.BUY, 0, QTY, false));
        assertThat(d.of(run.fillBar())).containsExactly(
            new Fill(run.fillBar(), entry.clientOrderId(), BTC.id(), Side.BUY, ENTRY, QTY,
                ScenarioRun.money("1.10055")),
            new PositionUpdate(run.fillBar(), BTC.id(), PositionSide.LONG, QTY, ENTRY, 0),
            // balance 10000 − 1.10055; equity marks the position at the last close 10000: − 0.2 × 5
            new Balance(run.fillBar(), ScenarioRun.money("9998.89945"), ScenarioRun.money("9997.89945")),
            new PlanState(run.fillBar(), BTC.id(), PositionSide.LONG, ENTRY, QTY, INITIAL_STOP, 0, 0, 0, 0, 0),
            // the same bar's high 10060 moves the peak: (10060 − 10005) / 10005 × 4 = 0.02198900 (floored); tier 0
            new PlanState(run.fillBar(), BTC.id(), PositionSide.LONG, ENTRY, QTY, INITIAL_STOP, 0, 0, 0,
                ScenarioRun.ratio("0.021989"), 0));
        assertThat(d.rejects()).isEmpty();
        assertThat(d.stateChanges()).isEmpty();
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
