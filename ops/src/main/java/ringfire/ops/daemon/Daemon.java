package ringfire.ops.daemon;

import org.agrona.concurrent.SystemNanoClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ringfire.codecs.bybit.BybitMarketDataAdapter;
import ringfire.codecs.bybit.DecodeCounters;
import ringfire.codecs.bybit.SymbolResolver;
import ringfire.codecs.sbe.EndReason;
import ringfire.codecs.sbe.SessionStartEncoder;
import ringfire.engine.gateway.MarketDataPublisher;
import ringfire.engine.gateway.StatusPublisher;
import ringfire.engine.gateway.bybit.BybitWsClient;
import ringfire.engine.market.InstrumentSpec;
import ringfire.engine.metrics.RecordingMetrics;
import ringfire.engine.session.AppliedSettings;
import ringfire.engine.session.Session;
import ringfire.engine.session.SessionConfig;
import ringfire.engine.settings.EngineSettings;
import ringfire.engine.sim.SimExchange;
import ringfire.engine.snapshot.SnapshotPublisher;
import ringfire.ops.admin.AdminCommands;
import ringfire.ops.admin.AdminServer;
import ringfire.ops.config.FeedConfig;
import ringfire.ops.config.RingfireConfig;
import ringfire.ops.metrics.GatewayFigures;
import ringfire.ops.metrics.MetricFamilies;
import ringfire.ops.secrets.Secrets;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/**
 * The running engine: a session on the configured journal (continued if it exists) with the trading stages on,
 * the market-data gateway feeding its ring, an optional in-process simulated exchange, and the admin port.
 * {@link #close()} stops in the order that keeps the journal whole: admin port and feed first (no more inputs),
 * then the ring drains into the journal, then the journal closes.
 */
final class Daemon implements AutoCloseable
{
    private static final Logger LOG = LoggerFactory.getLogger(Daemon.class);
    /** Event time between snapshots of the trading core for the admin port when nothing is decided. */
    private static final long CORE_SNAPSHOT_INTERVAL_NS = 1_000_000_000L;

    private final SimExchange sim;
    private final Session session;
    private final BybitWsClient client;
    private final BybitMarketDataAdapter adapter;
    private final AdminServer admin;

    private Daemon(final SimExchange sim, final Session session, final BybitWsClient client,
        final BybitMarketDataAdapter adapter, final AdminServer admin)
    {
        this.sim = sim;
        this.session = session;
        this.client = client;
        this.adapter = adapter;
        this.admin = admin;
    }

    /**
     * Starts everything; on failure closes what was started and rethrows.
     *
     * @param config the effective configuration (mode already checked)
     * @param sim    the simulated exchange to connect to instead of the configured URL, or null; closed with the daemon
     */
    static Daemon start(final RingfireConfig config, final Secrets secrets, final SimExchange sim)
    {
        final FeedConfig feed = config.feed();
        final URI url = sim != null ? sim.uri() : feed.url();
        final EngineSettings settings = config.settings();
        final SymbolResolver resolver = new SymbolResolver();
        final int[] ids = new int[feed.symbols().size()];
        for (int i = 0; i < ids.length; i++)
        {
            final InstrumentSpec spec = settings.instrument(feed.symbols().get(i));
            resolver.add(spec.name(), spec.id(), spec.priceScale(), spec.qtyScale());
            ids[i] = spec.id();
        }
        if (feed.keepRawFrames())
        {
            LOG.warn("feed.keepRawFrames: not available in the daemon yet (use ./ringfire record --raw-frames); ignored");
        }
        final Instant startedAt = Instant.now();
        final long startNs = startedAt.getEpochSecond() * 1_000_000_000L + startedAt.getNano();
        final DaemonSnapshot snapshot = new DaemonSnapshot();
        // run-time setting changes reach the admin view through the egress, after they are journaled
        final AppliedSettings applied = new AppliedSettings(settings, new DecisionLogger(settings, snapshot));
        // the gateway stamps receipt times with System.nanoTime, the clock the metrics measure with
        final RecordingMetrics metrics = new RecordingMetrics(SystemNanoClock.INSTANCE);
        final SnapshotPublisher core = new SnapshotPublisher(CORE_SNAPSHOT_INTERVAL_NS);
        final Session session;
        try
        {
            session = Session.start(config.journalDir(), config.journal(), config.pipeline(),
                new SessionConfig(settings, startNs), applied, core, metrics);
        }
        catch (final RuntimeException e)
        {
            closeQuietly(sim);
            throw e;
        }
        BybitWsClient client = null;
        AdminServer admin = null;
        try
        {
            LOG.info("ringfire daemon starting: mode {}, config hash {}, engine {}, schema {}, java {}, journal {}, "
                    + "pipeline {}/{}/{}, feed {} {}",
                config.mode().name().toLowerCase(java.util.Locale.ROOT), settings.hash(), Session.ENGINE_VERSION,
                SessionStartEncoder.SCHEMA_VERSION, Runtime.version(), config.journalDir().toAbsolutePath(),
                config.pipeline().mode(), config.pipeline().waitStrategy(), config.pipeline().ringSize(), url,
                feed.symbols());
            final AtomicReference<IntConsumer> resubscribe = new AtomicReference<>();
            final MarketDataPublisher publisher = new MarketDataPublisher(session.ingress(),
                id -> resubscribe.get().accept(id));
            final BybitMarketDataAdapter adapter = new BybitMarketDataAdapter(resolver, publisher);
            client = new BybitWsClient(
                new FeedConfig(feed.source(), url, feed.symbols(), feed.orderbookDepth(), feed.klineInterval(),
                    feed.heartbeat(), feed.timeout(), feed.reconnectCap(), false).gateway().build(),
                (buffer, offset, length, receivedNs) ->
                {
                    // monotonic receipt time (the client's default clock) for the frame-to-decision metric
                    publisher.frameReceived(receivedNs);
                    adapter.onMessage(buffer, offset, length);
                },
                snapshot.feedListener(new StatusPublisher(session.ingress(), ids)));
            resubscribe.set(client.resubscriber(ids));
            client.start();
            final BybitWsClient c = client;
            final AdminCommands commands = new AdminCommands(session.ingress(),
                new DaemonEngineView(applied::current, config.mode().name(), startedAt, snapshot, session.faults(),
                    c::framesReceived, core::latest, () -> MetricFamilies.engine(metrics.snapshot(),
                        GatewayFigures.of(c, adapter.counters()), session.faults().total())));
            final Optional<AdminServer> server = AdminServer.start(config.admin(), secrets, commands);
            admin = server.orElse(null);
            LOG.info("ringfire daemon running");
            return new Daemon(sim, session, client, adapter, admin);
        }
        catch (final RuntimeException e)
        {
            closeQuietly(admin);
            closeQuietly(client);
            session.close(EndReason.ERROR);
            closeQuietly(sim);
            throw e;
        }
    }

    /** {@link #close(EndReason)} with reason CLOSED. */
    @Override
    public void close()
    {
        close(EndReason.CLOSED);
    }

    /**
     * Stops intake (admin port, feed, simulated exchange), drains the ring into the journal, journals a SessionEnd
     * with {@code reason} as the last input and closes the journal.
     */
    void close(final EndReason reason)
    {
        LOG.info("ringfire daemon stopping ({})", reason);
        closeQuietly(admin);
        closeQuietly(client);
        closeQuietly(sim);
        session.close(reason);
        final DecodeCounters counters = adapter.counters();
        if (counters.total() > 0)
        {
            LOG.warn("{} messages were not decoded: {}", counters.total(), counters);
        }
        LOG.info("ringfire daemon stopped: {} frames received, {} pipeline faults", client.framesReceived(),
            session.faults().total());
    }

    /** The bound admin addresses, when the admin port is open. */
    Optional<AdminServer> admin()
    {
        return Optional.ofNullable(admin);
    }

    private static void closeQuietly(final AutoCloseable c)
    {
        if (c == null)
        {
            return;
        }
        try
        {
            c.close();
        }
        catch (final Exception e)
        {
            LOG.warn("closing {}: {}", c.getClass().getSimpleName(), e.toString());
        }
    }
}
