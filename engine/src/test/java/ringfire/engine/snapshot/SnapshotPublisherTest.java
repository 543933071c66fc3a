package ringfire.engine.snapshot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringfire.codecs.sbe.AdminAction;
import ringfire.codecs.sbe.BarDecoder;
import ringfire.codecs.sbe.OrderPurpose;
import ringfire.codecs.sbe.PositionSide;
import ringfire.codecs.sbe.Side;
import ringfire.codecs.sbe.TradingState;
import ringfire.engine.execution.paper.PaperOrderType;
import ringfire.engine.pipeline.Egress;
import ringfire.engine.pipeline.PipelineConfig;
import ringfire.engine.report.BacktestReport;
import ringfire.engine.report.ReportInfo;
import ringfire.engine.report.Trade;
import ringfire.engine.session.Session;
import ringfire.engine.session.SessionConfig;
import ringfire.engine.session.TradingObserver;
import ringfire.engine.settings.EngineSettings;
import ringfire.engine.testing.BarFile;
import ringfire.engine.testing.Inputs;
import ringfire.engine.testing.JournaledDecisions;
import ringfire.engine.testing.ScenarioRun;
import ringfire.journal.JournalOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Snapshots published from the pipeline thread through a real session with the trading stages: they hold the
 * ledger's figures at the moment they were taken, the trades of the backtest report, the broker's orders and the
 * plans' levels, and they change nothing that is journaled.
 */
class SnapshotPublisherTest
{
    private static final long SECOND_NS = 1_000_000_000L;
    private static final long MINUTE_NS = 60 * SECOND_NS;

    private static Session start(final Path dir, final long startNs, final TradingObserver observer)
    {
        return Session.start(dir, JournalOptions.defaults(),
            new PipelineConfig(PipelineConfig.Mode.SINGLE, PipelineConfig.Wait.BLOCKING, 1024),
            new SessionConfig(EngineSettings.defaults(), startNs), Egress.NONE, observer);
    }

    /** A day of real BTC and ETH 1m bars, then END_OF_DATA; returns the sequence of the last input. */
    private static void recordDay(final Path dir, final TradingObserver observer, final int bars)
    {
        final BarFile btc = BarFile.load(Inputs.BTC);
        final BarFile eth = BarFile.load(Inputs.ETH);
        try (Session session = start(dir, btc.openTimeMs(0) * 1_000_000L, observer))
        {
            final Inputs inputs = new Inputs(session.ingress());
            for (int i = 0; i < bars; i++)
            {
                btc.publish(inputs, i);
                eth.publish(inputs, i);
            }
            inputs.endOfData((btc.openTimeMs(bars - 1) + 60_000L) * 1_000_000L);
            session.awaitProcessed();
            assertThat(session.faults().total()).isZero();
        }
    }

    @Test
    void shouldPublishTheLedgersFiguresThroughADayOfRealBars(@TempDir final Path tmp) throws IOException
    {
        final LedgerWitness witness = new LedgerWitness(new SnapshotPublisher(SECOND_NS));
        final Path journal = tmp.resolve("journal");
        recordDay(journal, witness, BarFile.load(Inputs.BTC).size());

        final List<LedgerWitness.Publication> publications = witness.publications();
        assertThat(publications.size()).as("one a minute at least").isGreaterThan(1400);
        int withPositions = 0;
        int withBrokerOrders = 0;
        for (final LedgerWitness.Publication p : publications)
        {
            final EngineSnapshot s = p.snapshot();
            assertThat(s.sequence()).isEqualTo(p.sequence());
            assertThat(s.account()).isEqualTo(p.account());
            assertThat(s.account().equity()).isEqualTo(s.account().balance() + s.account().unrealizedPnl());
            assertThat(s.risk().drawdown()).isEqualTo(p.drawdown());
            assertThat(s.risk().entriesToday()).isEqualTo(p.entriesToday());
            assertThat(s.risk().state().name()).isEqualTo(p.state());
            assertThat(s.risk().debugBlock()).isEqualTo(p.debugBlock());
            assertThat(s.positions()).hasSize(p.openPositions());
            assertThat(s.positions().stream().map(r -> new LedgerWitness.OpenPosition(r.symbolId(), r.side().name(),
                r.qty(), r.entryPrice(), r.markPrice(), r.leverage(), r.unrealizedPnl(), r.realizedPnl(),
                r.liquidationPrice())).toList()).isEqualTo(p.positions());
            assertThat(s.positions().stream().mapToLong(EngineSnapshot.PositionRow::unrealizedPnl).sum())
                .isEqualTo(s.account().unrealizedPnl());
            assertThat(s.orders().stream().filter(o -> o.clientOrderId() >= 0).count()).isEqualTo(p.brokerOrders());
            withPositions += s.positions().isEmpty() ? 0 : 1;
            withBrokerOrders += p.brokerOrders() > 0 ? 1 : 0;
        }
        assertThat(withPositions).as("publications with an open position").isPositive();
        assertThat(withBrokerOrders).as("publications with an entry waiting at the broker").isPositive();

        final EngineSnapshot last = publications.get(publications.size() - 1).snapshot();
        final JournaledDecisions decisions = JournaledDecisions.read(journal);
        assertThat(last.positions()).isEmpty();
        assertThat(last.account().balance())
            .isEqualTo(decisions.balances().get(decisions.balances().size() - 1).walletBalance());
        assertThat(last.account().fees())
            .isEqualTo(decisions.fills().stream().mapToLong(JournaledDecisions.Fill::fee).sum());

        BacktestReport.write(journal, tmp.resolve("report"), ReportInfo.fromJournal());
        final List<String> csv = Files.readAllLines(tmp.resolve("report").resolve(BacktestReport.TRADES_CSV));
        assertThat(last.trades()).isNotEmpty();
        assertThat(last.trades().stream().map(Trade::csvRow).toList()).isEqualTo(csv.subList(1, csv.size()));

        assertThat(seriesOf(last.equity())).isEqualTo(lastOfEachMinute(witness.equityAfterEvent, 1440));
    }

    /** Equity after the last event of each minute of bar time but the last one, the newest {@code keep}. */
    private static List<List<Long>> lastOfEachMinute(final List<long[]> events, final int keep)
    {
        final List<List<Long>> points = new ArrayList<>();
        long clock = Long.MIN_VALUE;
        long[] pending = null;
        synchronized (events)
        {
            for (final long[] e : events)
            {
                if (e[2] == BarDecoder.TEMPLATE_ID)
                {
                    clock = Math.max(clock, e[0]);
                }
                if (clock == Long.MIN_VALUE)
                {
                    continue;
                }
                if (pending != null && Math.floorDiv(clock, MINUTE_NS) != Math.floorDiv(pending[0], MINUTE_NS))
                {
                    points.add(List.of(pending[0], pending[1]));
                }
                pending = new long[] {clock, e[1]};
            }
        }
        return points.subList(Math.max(0, points.size() - keep), points.size());
    }

    private static List<List<Long>> seriesOf(final EquitySeries series)
    {
        final List<List<Long>> points = new ArrayList<>();
        for (int i = 0; i < series.size(); i++)
        {
            points.add(List.of(series.timeNs(i), series.equity(i)));
        }
        return points;
    }

    @Test
    void shouldJournalTheSameDecisionsWithOrWithoutAPublisher(@TempDir final Path tmp)
    {
        recordDay(tmp.resolve("with"), new SnapshotPublisher(SECOND_NS), 500);
        recordDay(tmp.resolve("without"), null, 500);

        final JournaledDecisions with = JournaledDecisions.read(tmp.resolve("with"));
        final JournaledDecisions without = JournaledDecisions.read(tmp.resolve("without"));
        assertThat(with.fills()).isNotEmpty();
        assertThat(with.frames()).hasSameSizeAs(without.frames());
        assertThat(ScenarioRun.hashOf(with.frames())).isEqualTo(ScenarioRun.hashOf(without.frames()));
        ScenarioRun.assertReplaysTo(tmp.resolve("with"), with);
    }

    @Test
    void shouldFollowMarketTimeNotTheTimeOfInputsStampedByTheHost(@TempDir final Path dir)
    {
        final BarFile btc = BarFile.load(Inputs.BTC);
        final long hostNs = (btc.openTimeMs(0) + 365L * 24 * 3600 * 1000) * 1_000_000L;
        final SnapshotPublisher publisher = new SnapshotPublisher(SECOND_NS);
        final int bars = 120;
        long lastBar = -1;
        try (Session session = start(dir, hostNs, publisher))
        {
            final Inputs inputs = new Inputs(session.ingress());
            for (int i = 0; i < bars; i++)
            {
                if (i == bars / 2)
                {
                    inputs.admin(AdminAction.DEBUG_OFF, hostNs + MINUTE_NS);
                }
                lastBar = btc.publish(inputs, i);
            }
            session.awaitProcessed();
            assertThat(session.faults().total()).isZero();
        }
        final EngineSnapshot s = publisher.latest();
        assertThat(s.sequence()).as("the last bar publishes, a second of market time later").isEqualTo(lastBar);
        assertThat(s.marketTimeNs()).isEqualTo((btc.openTimeMs(bars - 1) + 60_000L) * 1_000_000L);
        assertThat(s.equity().size()).isEqualTo(bars - 1);
        for (int i = 0; i < bars - 1; i++)
        {
            assertThat(s.equity().timeNs(i)).isEqualTo((btc.openTimeMs(i) + 60_000L) * 1_000_000L);
        }
    }

    @Test
    void shouldKeepEveryDecisionWhenTheObserverFails(@TempDir final Path tmp)
    {
        final BarFile btc = BarFile.load(Inputs.BTC);
        final long faults;
        final int bars = 300;
        try (Session session = start(tmp.resolve("failing"), btc.openTimeMs(0) * 1_000_000L, (event, core) ->
        {
            throw new IllegalStateException("observer fails");
        }))
        {
            final Inputs inputs = new Inputs(session.ingress());
            for (int i = 0; i < bars; i++)
            {
                btc.publish(inputs, i);
            }
            session.awaitProcessed();
            faults = session.faults().total();
        }
        try (Session session = start(tmp.resolve("plain"), btc.openTimeMs(0) * 1_000_000L, null))
        {
            final Inputs inputs = new Inputs(session.ingress());
            for (int i = 0; i < bars; i++)
            {
                btc.publish(inputs, i);
            }
            session.awaitProcessed();
        }
        final int symbols = EngineSettings.defaults().instruments().size();
        assertThat(faults).as("one fault per input (symbol definitions and bars)").isEqualTo(symbols + bars);
        final JournaledDecisions failing = JournaledDecisions.read(tmp.resolve("failing"));
        assertThat(failing.fills()).isNotEmpty();
        assertThat(ScenarioRun.hashOf(failing.frames()))
            .isEqualTo(ScenarioRun.hashOf(JournaledDecisions.read(tmp.resolve("plain")).frames()));
    }

    @Test
    void shouldShowThePendingEntryThenThePlansLevelsAndTheOperatorsSwitches(@TempDir final Path dir)
    {
        final EngineSettings settings = EngineSettings.defaults()
            .with("strategy.params.fast", "1").with("strategy.params.slow", "2");
        final SnapshotPublisher publisher = new SnapshotPublisher(SECOND_NS);
        final EngineSnapshot pending;
        final EngineSnapshot filled;
        final EngineSnapshot debug;
        final EngineSnapshot paused;
        try (ScenarioRun run = ScenarioRun.start(dir, settings, Inputs.BTC, Instant.parse("2025-06-01T00:00:00Z"),
            publisher))
        {
            final long signalBar = run.leadInToBuyAt10000("5");
            pending = await(run, publisher, signalBar);
            final long fillBar = run.bar("10000", "10010", "9995", "10005");
            filled = await(run, publisher, fillBar);
            debug = await(run, publisher, run.admin(AdminAction.DEBUG_ON));
            paused = await(run, publisher, run.admin(AdminAction.PAUSE));
            run.finish();
        }
        final JournaledDecisions d = JournaledDecisions.read(dir);
        final JournaledDecisions.Intent entry = d.intents().get(0);
        assertThat(pending.positions()).isEmpty();
        assertThat(pending.orders()).containsExactly(new EngineSnapshot.OrderRow(entry.clientOrderId(),
            Inputs.BTC.id(), "BTCUSDT", Side.BUY, PaperOrderType.MARKET, OrderPurpose.ENTRY, entry.qty(), 0,
            Instant.parse("2025-06-01T00:15:00Z").toEpochMilli() * 1_000_000L, Inputs.BTC.priceScale(),
            Inputs.BTC.qtyScale()));
        assertThat(pending.risk().entriesToday()).isEqualTo(1);

        final JournaledDecisions.Fill fill = d.fills().get(0);
        final JournaledDecisions.PlanState plan = d.planStates().get(0);
        assertThat(filled.positions()).hasSize(1);
        final EngineSnapshot.PositionRow position = filled.positions().get(0);
        assertThat(position.side()).isEqualTo(PositionSide.LONG);
        assertThat(position.qty()).isEqualTo(fill.qty());
        assertThat(position.entryPrice()).isEqualTo(fill.price());
        assertThat(position.markPrice()).isEqualTo(ScenarioRun.price(Inputs.BTC, "10005"));
        assertThat(position.fees()).isEqualTo(fill.fee());
        assertThat(filled.orders()).containsExactly(new EngineSnapshot.OrderRow(EngineSnapshot.OrderRow.PLAN_LEVEL,
            Inputs.BTC.id(), "BTCUSDT", Side.SELL, PaperOrderType.STOP, OrderPurpose.EXIT, fill.qty(),
            plan.stopPrice(), Instant.parse("2025-06-01T00:16:00Z").toEpochMilli() * 1_000_000L,
            Inputs.BTC.priceScale(), Inputs.BTC.qtyScale()));
        assertThat(filled.risk().debugBlock()).isFalse();
        assertThat(debug.risk().debugBlock()).isTrue();
        assertThat(debug.risk().state()).isEqualTo(TradingState.RUNNING);
        assertThat(paused.risk().state()).isEqualTo(TradingState.PAUSED);
        assertThat(paused.positions()).isEqualTo(filled.positions());
    }

    /** Waits until the input {@code sequence} is processed; returns the snapshot taken after it. */
    private static EngineSnapshot await(final ScenarioRun run, final SnapshotPublisher publisher, final long sequence)
    {
        run.awaitProcessed();
        final EngineSnapshot s = publisher.latest();
        assertThat(s.sequence()).isEqualTo(sequence);
        return s;
    }
}
