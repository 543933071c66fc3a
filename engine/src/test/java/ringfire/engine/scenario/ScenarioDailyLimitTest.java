package ringfire.engine.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Daily limits, per trading day in Australia/Sydney: a loss of 5 % of start-of-day equity blocks new entries
 * (DAILY_LOSS) until the next local midnight, and at most 20 entries are made per day (DAILY_ENTRIES). In June
 * Sydney is UTC+10, so the trading day of 2 June ends at 2025-06-02T14:00Z. Bars here start at 12:00Z (22:00
 * local), and the clock jumps forward over the quiet time before midnight.
 */
class ScenarioDailyLimitTest
{
    private static final InstrumentSpec BTC = Inputs.BTC;
    private static final Instant EVENING = Instant.parse("2025-06-02T12:00:00Z");       // 22:00 in Sydney
    private static final Instant BEFORE_MIDNIGHT = Instant.parse("2025-06-02T13:56:00Z");
    private static final Instant MIDNIGHT = Instant.parse("2025-06-02T14:00:00Z");      // 00:00 on 3 June in Sydney

    private static final EngineSettings STRATEGY = EngineSettings.defaults()
        .with("strategy.params.fast", "1")
        .with("strategy.params.slow", "2");

    /**
     * Leverage 5 and room for a 5x position (notional up to equity × leverage, exposure up to 5 × equity); risk stays
     * the default 2 %. Hand-computed (BTCUSDT):
     * <ul>
     * <li>Lead-in with half range 10: ATR 26.43, BUY at 10000 with confidence 1, sizing stop 9947.10: 200 / 52.90 =
     * 3.780 BTC (under both caps). Fill at 10005.00, fee 37818.90 × 0.055 % = 20.800395.</li>
     * <li>The next bar gaps down to 9800: marked at the close 9800, the day's P&amp;L is −(774.90 + 20.800395) =
     * −795.700395, beyond 5 % of 10000: DAILY_LOSS (drawdown 7.96 %, under the 15 % pause). On the same bar the
     * stop 9947.10 is gapped: STOP_LOSS at the open 9800, filled at 9800 × 0.9995 = 9795.10, fee 37025.478 ×
     * 0.055 % = 20.3640129, realized −209.90 × 3.78 = −793.422: balance 9165.4135921.</li>
     * </ul>
     */
    @Test
    void shouldBlockEntriesForTheRestOfTheSydneyDayAfterADailyLossAndAcceptThemAfterMidnight(@TempDir final Path dir)
    {
        final EngineSettings settings = STRATEGY
            .with("risk.leverage", "5")
            .with("risk.maxPositionNotional", "1")
            .with("risk.maxSymbolExposure", "5");
        final long loss;
        final long signalAfterLoss;
        final long signalBeforeMidnight;
        final long roll;
        final long signalAfterMidnight;
        try (ScenarioRun run = ScenarioRun.start(dir, settings, BTC, EVENING))
        {
            run.leadInToBuyAt10000("10");
            run.bar("10000", "10010", "9990", "10000");                    // entry fills at the open
            loss = run.bar("9800", "9810", "9780", "9800");                 // gap down through the stop
            signalAfterLoss = run.bar("9800", "9900", "9800", "9900");      // BUY cross
            run.skipTo(BEFORE_MIDNIGHT);
            run.bar("9900", "9900", "9890", "9900");
            run.bar("9900", "9900", "9880", "9890");
            signalBeforeMidnight = run.bar("9890", "10000", "9890", "10000"); // BUY cross, closes 23:59 local
            run.skipTo(MIDNIGHT);
            roll = run.bar("10000", "10010", "9990", "10000");              // closes 00:01 local: new day
            run.bar("10000", "10000", "9880", "9890");
            signalAfterMidnight = run.bar("9890", "10000", "9890", "10000"); // BUY cross
            run.finish();
        }
        final JournaledDecisions d = JournaledDecisions.read(dir);

        final long qty = qty("3.780");
        final long stopOrder = d.intents().get(1).clientOrderId();
        assertThat(d.of(loss)).startsWith(
            new StateChange(loss, TradingState.RUNNING, TradingState.RUNNING, StateReason.DAILY_LOSS),
            new Exit(loss, BTC.id(), ExitReason.STOP_LOSS, px("9800"), qty),
            new Intent(loss, stopOrder, BTC.id(), Side.SELL, OrderPurpose.EXIT, qty),
            new Request(loss, stopOrder, BTC.id(), Side.SELL, px("9800"), qty, true),
            new Fill(loss, stopOrder, BTC.id(), Side.SELL, px("9795.10"), qty, ScenarioRun.money("20.3640129")),
            new PositionUpdate(loss, BTC.id(), PositionSide.FLAT, 0, 0, ScenarioRun.money("-793.422")),
            new Balance(loss, ScenarioRun.money("9165.4135921"), ScenarioRun.money("9165.4135921")));

        // −dayPnl = 10000 − 9165.4135921, journaled as the reject's detail (Money); the block holds all day.
        final long dayLoss = ScenarioRun.money("834.5864079");
        assertThat(d.of(signalAfterLoss)).containsExactly(
            new Signal(signalAfterLoss, BTC.id(), Side.BUY, ScenarioRun.ratio("1"), px("9900")),
            new Reject(signalAfterLoss, BTC.id(), Side.BUY, RiskReason.DAILY_LOSS, 0, dayLoss));
        assertThat(d.of(signalBeforeMidnight)).containsExactly(
            new Signal(signalBeforeMidnight, BTC.id(), Side.BUY, ScenarioRun.ratio("1"), px("10000")),
            new Reject(signalBeforeMidnight, BTC.id(), Side.BUY, RiskReason.DAILY_LOSS, 0, dayLoss));

        assertThat(d.of(roll)).containsExactly(
            new StateChange(roll, TradingState.RUNNING, TradingState.RUNNING, StateReason.DAY_ROLL));

        // New day: 2 % of 9165.4135921 = 183.30827184 at risk over 2 × ATR 53.19 (stop 9893.60): 1.722 BTC.
        final long newQty = qty("1.722");
        final long entryOrder = d.intents().get(2).clientOrderId();
        assertThat(d.of(signalAfterMidnight)).containsExactly(
            new Signal(signalAfterMidnight, BTC.id(), Side.BUY, ScenarioRun.ratio("1"), px("10000")),
            new Intent(signalAfterMidnight, entryOrder, BTC.id(), Side.BUY, OrderPurpose.ENTRY, newQty),
            new Request(signalAfterMidnight, entryOrder, BTC.id(), Side.BUY, 0, newQty, false));

        assertThat(d.stateChanges()).containsExactly(
            new StateChange(loss, TradingState.RUNNING, TradingState.RUNNING, StateReason.DAILY_LOSS),
            new StateChange(roll, TradingState.RUNNING, TradingState.RUNNING, StateReason.DAY_ROLL));
        assertThat(d.rejects()).hasSize(2);
        ScenarioRun.assertReplaysTo(dir, d);
    }

    /**
     * Twenty round trips in one evening, each entered on a BUY cross (close 9970 → 10000, confidence 0.65) and closed
     * by the strategy on the SELL cross one bar later; the 21st BUY of the day is rejected DAILY_ENTRIES with the
     * count 20. The day's loss (about 10 USDT a trip) stays far from the 5 % limit. After midnight Sydney the count
     * starts again and the next BUY is accepted.
     */
    @Test
    void shouldRejectThe21stEntryOfTheDayAndAcceptEntriesAgainAfterMidnight(@TempDir final Path dir)
    {
        final List<Long> buyBars = new ArrayList<>();
        final long flat;
        final long firstBarOfNewDay;
        final long buyAfterMidnight;
        try (ScenarioRun run = ScenarioRun.start(dir, STRATEGY, BTC, EVENING))
        {
            buyBars.add(run.leadInToBuyAt10000("10"));
            for (int i = 0; i < 20; i++)
            {
                run.bar("10000", "10000", "9970", "9970");                   // SELL cross: strategy exit
                buyBars.add(run.bar("9970", "10000", "9970", "10000"));      // BUY cross: entry
            }
            flat = run.bar("10000", "10010", "9990", "10000");               // flat close: no cross
            run.skipTo(MIDNIGHT);
            firstBarOfNewDay = run.bar("10000", "10000", "9970", "9970");
            buyAfterMidnight = run.bar("9970", "10000", "9970", "10000");
            run.finish();
        }
        final JournaledDecisions d = JournaledDecisions.read(dir);

        assertThat(buyBars).hasSize(21);
        final List<Intent> entries = d.ofType(Intent.class, i -> i.purpose() == OrderPurpose.ENTRY);
        assertThat(entries).hasSize(21);
        assertThat(entries.subList(0, 20)).extracting(Intent::seq).containsExactlyElementsOf(buyBars.subList(0, 20));
        assertThat(entries.get(20).seq()).isEqualTo(buyAfterMidnight);
        assertThat(d.exits()).hasSize(20).allSatisfy(e -> assertThat(e.reason()).isEqualTo(ExitReason.STRATEGY));

        final long twentyFirst = buyBars.get(20);
        // The 20th trip's strategy exit fills at this bar's open, then the BUY is checked while flat.
        assertThat(d.of(twentyFirst)).extracting(Object::getClass).endsWith(Fill.class, PositionUpdate.class,
            Balance.class, JournaledDecisions.PlanState.class, Signal.class, Reject.class);
        assertThat(d.of(twentyFirst)).last().isEqualTo(
            new Reject(twentyFirst, BTC.id(), Side.BUY, RiskReason.DAILY_ENTRIES, 0, 20));
        assertThat(d.rejects()).containsExactly(
            new Reject(twentyFirst, BTC.id(), Side.BUY, RiskReason.DAILY_ENTRIES, 0, 20));
        assertThat(d.of(flat)).isEmpty();
        assertThat(d.of(firstBarOfNewDay)).isEmpty();       // no block was set, so the roll itself is silent
        assertThat(d.of(buyAfterMidnight)).extracting(Object::getClass)
            .containsExactly(Signal.class, Intent.class, Request.class);
        assertThat(d.stateChanges()).isEmpty();
        assertThat(d.balances()).last().satisfies(b ->
            assertThat(b.walletBalance()).isGreaterThan(ScenarioRun.money("9500")));
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
