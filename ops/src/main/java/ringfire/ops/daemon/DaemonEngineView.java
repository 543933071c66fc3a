package ringfire.ops.daemon;

import ringfire.engine.pipeline.Faults;
import ringfire.engine.settings.EngineSettings;
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
 * The daemon's first, minimal {@link EngineView}: built only from what the daemon's threads publish
 * ({@link DaemonSnapshot}) and from the configuration, never from the stages' state. What the pipeline does not
 * publish yet (positions, orders, trades, PnL, risk figures) is null, which the view's contract defines as
 * "not known yet"; the admin port renders it as null. Counts not known yet (open positions and orders,
 * entries today) are -1.
 */
final class DaemonEngineView implements EngineView
{
    private final Supplier<EngineSettings> settings;
    private final String mode;
    private final Instant startedAt;
    private final DaemonSnapshot snapshot;
    private final Faults faults;
    private final LongSupplier framesReceived;
    private final Supplier<List<MetricFamily>> metricFamilies;

    /** @param settings the settings in force, with run-time changes once they are journaled */
    DaemonEngineView(final Supplier<EngineSettings> settings, final String mode, final Instant startedAt,
        final DaemonSnapshot snapshot, final Faults faults, final LongSupplier framesReceived)
    {
        this(settings, mode, startedAt, snapshot, faults, framesReceived, List::of);
    }

    /** @param metricFamilies the pipeline and gateway metrics, taken afresh on each call */
    DaemonEngineView(final Supplier<EngineSettings> settings, final String mode, final Instant startedAt,
        final DaemonSnapshot snapshot, final Faults faults, final LongSupplier framesReceived,
        final Supplier<List<MetricFamily>> metricFamilies)
    {
        this.settings = settings;
        this.mode = mode.toLowerCase(Locale.ROOT);
        this.startedAt = startedAt;
        this.snapshot = snapshot;
        this.faults = faults;
        this.framesReceived = framesReceived;
        this.metricFamilies = metricFamilies;
    }

    @Override
    public EngineSettings settings()
    {
        return settings.get();
    }

    /** lastSequence and lastEventTime are those of the last journaled decision (-1 and null before the first). */
    @Override
    public Status status()
    {
        final DaemonSnapshot.Decisions d = snapshot.decisions();
        return new Status(mode, d.tradingState(), false, snapshot.feed(), d.lastSequence(),
            d.lastEventTimeNs() == 0 ? null : instant(d.lastEventTimeNs()), startedAt, null, -1, -1, faults.total());
    }

    @Override
    public List<Position> positions()
    {
        return null;
    }

    @Override
    public List<Order> orders()
    {
        return null;
    }

    @Override
    public List<Trade> trades(final int last)
    {
        return null;
    }

    @Override
    public Pnl pnl()
    {
        return new Pnl(null, null, null, null, null, null, null, null, null);
    }

    @Override
    public Risk risk()
    {
        return new Risk(snapshot.decisions().tradingState(), false, null, null, -1, null);
    }

    @Override
    public List<StrategyInfo> strategies()
    {
        return null;
    }

    @Override
    public List<EquityPoint> equity()
    {
        return null;
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
        return Instant.ofEpochSecond(Math.floorDiv(epochNs, 1_000_000_000L), Math.floorMod(epochNs, 1_000_000_000L));
    }
}
