package ringfire.ops.daemon;

import ringfire.engine.pipeline.Faults;
import ringfire.engine.settings.EngineSettings;
import ringfire.engine.snapshot.EngineSnapshot;
import ringfire.ops.admin.EngineView;
import ringfire.ops.metrics.MetricFamilies;
import ringfire.ops.metrics.MetricFamily;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The daemon's {@link EngineView}: built only from what the daemon's threads publish and from the configuration,
 * never from the stages' state. The pipeline thread publishes an immutable {@link EngineSnapshot} of the trading
 * core (ledger, breakers, broker orders, exit plans, closed trades, equity by minute; see
 * {@link ringfire.engine.snapshot.SnapshotPublisher}) after events that made decisions and at least once per
 * second of event time; the egress publishes the journaled decisions ({@link DaemonSnapshot}); the gateway the feed
 * state. Queries convert the latest snapshot ({@link SnapshotView}); the figures of one answer all come from one
 * snapshot. Orders list the broker's open orders and then each exit plan's levels (client order id -1: they are
 * not at the broker). Strategies come from the settings. Before the first snapshot, what it would carry is null
 * ("not known yet") and counts are -1.
 */
final class DaemonEngineView implements EngineView
{
    private final Supplier<EngineSettings> settings;
    private final String mode;
    private final Instant startedAt;
    private final DaemonSnapshot snapshot;
    private final Faults faults;
    private final LongSupplier framesReceived;
    private final Supplier<EngineSnapshot> core;
    private final List<StrategyInfo> strategies;
    private final Supplier<List<MetricFamily>> metricFamilies;

    /**
     * @param settings       the settings in force, with run-time changes once they are journaled
     * @param core           the latest snapshot of the trading core, or null before the first
     * @param metricFamilies the pipeline and gateway metrics, taken afresh on each call
     */
    DaemonEngineView(final Supplier<EngineSettings> settings, final String mode, final Instant startedAt,
        final DaemonSnapshot snapshot, final Faults faults, final LongSupplier framesReceived,
        final Supplier<EngineSnapshot> core, final Supplier<List<MetricFamily>> metricFamilies)
    {
        this.settings = settings;
        this.mode = mode.toLowerCase(Locale.ROOT);
        this.startedAt = startedAt;
        this.snapshot = snapshot;
        this.faults = faults;
        this.framesReceived = framesReceived;
        this.core = core;
        this.strategies = SnapshotView.strategies(settings.get());
        this.metricFamilies = metricFamilies;
    }

    @Override
    public EngineSettings settings()
    {
        return settings.get();
    }

    /**
     * lastSequence and lastEventTime are those of the last input the core snapshot was taken after, or of the last
     * journaled decision when that is later (-1 and null before either).
     */
    @Override
    public Status status()
    {
        final DaemonSnapshot.Decisions d = snapshot.decisions();
        final EngineSnapshot s = core.get();
        if (s == null)
        {
            return new Status(mode, d.tradingState(), false, snapshot.feed(), d.lastSequence(),
                d.lastEventTimeNs() == 0 ? null : instant(d.lastEventTimeNs()), startedAt, null, -1, -1, faults.total());
        }
        final boolean decisionLater = d.lastSequence() > s.sequence();
        final String state = decisionLater && d.tradingState() != null ? d.tradingState() : s.risk().state().name();
        return new Status(mode, state, s.risk().debugBlock(), snapshot.feed(),
            decisionLater ? d.lastSequence() : s.sequence(),
            instant(decisionLater ? d.lastEventTimeNs() : s.eventTimeNs()), startedAt,
            SnapshotView.money(s.account().equity()), s.positions().size(), s.orders().size(), faults.total());
    }

    @Override
    public List<Position> positions()
    {
        final EngineSnapshot s = core.get();
        return s == null ? null : SnapshotView.positions(s);
    }

    @Override
    public List<Order> orders()
    {
        final EngineSnapshot s = core.get();
        return s == null ? null : SnapshotView.orders(s);
    }

    @Override
    public List<Trade> trades(final int last)
    {
        final EngineSnapshot s = core.get();
        return s == null ? null : SnapshotView.trades(s, last);
    }

    @Override
    public Pnl pnl()
    {
        final EngineSnapshot s = core.get();
        return s == null ? new Pnl(null, null, null, null, null, null, null, null, null) : SnapshotView.pnl(s);
    }

    @Override
    public Risk risk()
    {
        final EngineSnapshot s = core.get();
        return s == null ? new Risk(snapshot.decisions().tradingState(), false, null, null, -1, null)
            : SnapshotView.risk(s);
    }

    @Override
    public List<StrategyInfo> strategies()
    {
        return strategies;
    }

    @Override
    public List<EquityPoint> equity()
    {
        final EngineSnapshot s = core.get();
        return s == null ? null : SnapshotView.equity(s);
    }

    @Override
    public SortedMap<String, Number> metrics()
    {
        final SortedMap<String, Number> m = new TreeMap<>();
        final DaemonSnapshot.Decisions d = snapshot.decisions();
        m.put("pipeline.decisions", d.decisions());
        m.put("pipeline.faults", faults.total());
        m.put("gateway.frames", framesReceived.getAsLong());
        m.putAll(MetricFamilies.flat(metricFamilies.get()));
        return m;
    }

    @Override
    public List<MetricFamily> metricFamilies()
    {
        return metricFamilies.get();
    }

    private static Instant instant(final long epochNs)
    {
        return SnapshotView.instant(epochNs);
    }
}
