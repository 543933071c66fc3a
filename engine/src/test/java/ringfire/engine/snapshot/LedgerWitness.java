package ringfire.engine.snapshot;

import ringfire.engine.account.Ledger;
import ringfire.engine.account.Position;
import ringfire.engine.market.InstrumentSpec;
import ringfire.engine.pipeline.EngineEvent;
import ringfire.engine.session.TradingCore;
import ringfire.engine.session.TradingObserver;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Runs a {@link SnapshotPublisher} on the pipeline thread and, at the same moment, writes down what the ledger
 * says: after every event its time and equity, and at every publication the ledger's own figures next to the
 * snapshot, for the test thread to compare once the pipeline is idle.
 */
final class LedgerWitness implements TradingObserver
{
    /** One open position as the ledger has it. */
    record OpenPosition(int symbolId, String side, long qty, long entryPrice, long markPrice, int leverage,
        long unrealizedPnl, long realizedPnl, long liquidationPrice)
    {
    }

    /** A publication and the ledger when it happened. */
    record Publication(EngineSnapshot snapshot, long sequence, EngineSnapshot.Account account, long drawdown,
        int entriesToday, int openPositions, List<OpenPosition> positions, int brokerOrders, String state,
        boolean debugBlock)
    {
    }

    final SnapshotPublisher publisher;
    final List<Publication> publications = Collections.synchronizedList(new ArrayList<>());
    /** After each event: its time, the ledger's equity and the event's template id. */
    final List<long[]> equityAfterEvent = Collections.synchronizedList(new ArrayList<>());

    LedgerWitness(final SnapshotPublisher publisher)
    {
        this.publisher = publisher;
    }

    @Override
    public void afterEvent(final EngineEvent event, final TradingCore core)
    {
        final EngineSnapshot before = publisher.latest();
        publisher.afterEvent(event, core);
        final Ledger l = core.ledger();
        equityAfterEvent.add(new long[] {event.eventTimeNs(), l.equity(), event.templateId()});
        final EngineSnapshot after = publisher.latest();
        if (after == before)
        {
            return;
        }
        final List<OpenPosition> open = new ArrayList<>();
        for (final InstrumentSpec spec : core.instruments())
        {
            final Position p = l.position(spec.id());
            if (p.isOpen())
            {
                open.add(new OpenPosition(spec.id(), p.side().name(), p.qty(), p.entryPrice(), l.markPrice(spec.id()),
                    p.leverage(), p.unrealizedPnl(l.markPrice(spec.id())), p.realizedPnl(), l.liquidationPrice(spec.id())));
            }
        }
        publications.add(new Publication(after, event.sequence(), new EngineSnapshot.Account(l.balance(), l.equity(),
            l.realizedPnl(), l.unrealizedPnl(), l.feesPaid(), l.fundingPaid(), l.startOfDayEquity(), l.dayPnl(),
            l.peakEquity()), l.drawdown(), l.entriesToday(), l.openPositions(), open, core.broker().openOrders(),
            core.breakers().state().name(), core.breakers().debugBlock()));
    }

    List<Publication> publications()
    {
        synchronized (publications)
        {
            return List.copyOf(publications);
        }
    }
}
