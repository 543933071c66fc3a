package ringfire.engine.gateway;

import org.agrona.DirectBuffer;
import org.agrona.ExpandableArrayBuffer;
import org.agrona.concurrent.SystemEpochNanoClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ringfire.codecs.bybit.BybitMarketDataAdapter;
import ringfire.codecs.bybit.DecodeCounters;
import ringfire.codecs.bybit.SymbolResolver;
import ringfire.codecs.sbe.MessageHeaderEncoder;
import ringfire.codecs.sbe.RawFrameEncoder;
import ringfire.codecs.sbe.Source;
import ringfire.engine.gateway.bybit.BybitWsClient;
import ringfire.engine.gateway.bybit.BybitWsConfig;
import ringfire.engine.market.InstrumentSpec;
import ringfire.engine.pipeline.Egress;
import ringfire.engine.pipeline.PipelineConfig;
import ringfire.engine.session.Session;
import ringfire.engine.session.SessionConfig;
import ringfire.engine.settings.EngineSettings;
import ringfire.journal.JournalOptions;
import ringfire.journal.JournalWriter;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/**
 * Captures a Bybit-compatible public stream into a journal: the gateway and the journal only (the session
 * decides nothing), so the journal replays OK and can be backtested. Optionally keeps every raw frame as well
 * (RawFrame records, for audit and re-decoding).
 */
public final class Recorder implements AutoCloseable
{
    private static final Logger LOG = LoggerFactory.getLogger(Recorder.class);

    private final Session session;
    private final BybitWsClient client;
    private final BybitMarketDataAdapter adapter;
    private final JournalWriter rawWriter;

    private Recorder(final Session session, final BybitWsClient client, final BybitMarketDataAdapter adapter,
        final JournalWriter rawWriter)
    {
        this.session = session;
        this.client = client;
        this.adapter = adapter;
        this.rawWriter = rawWriter;
    }

    /**
     * Connects and starts recording.
     *
     * @param startTimeNs time stamped on the session start (the host clock: the recorder runs live)
     */
    public static Recorder start(final URI url, final List<String> symbols, final EngineSettings settings,
        final Path journalDir, final boolean keepRawFrames, final long startTimeNs)
    {
        final EngineSettings recording = settings.with("execution.trading", "false");
        final SymbolResolver resolver = new SymbolResolver();
        final int[] ids = new int[symbols.size()];
        for (int i = 0; i < ids.length; i++)
        {
            final InstrumentSpec spec = recording.instrument(symbols.get(i));
            resolver.add(spec.name(), spec.id(), spec.priceScale(), spec.qtyScale());
            ids[i] = spec.id();
        }
        final Session session = Session.start(journalDir, JournalOptions.defaults(),
            new PipelineConfig(PipelineConfig.Mode.SINGLE, PipelineConfig.Wait.BLOCKING, PipelineConfig.DEFAULT_RING_SIZE),
            new SessionConfig(recording, startTimeNs), Egress.NONE);
        try
        {
            final AtomicReference<IntConsumer> resubscribe = new AtomicReference<>();
            final BybitMarketDataAdapter adapter = new BybitMarketDataAdapter(resolver,
                new MarketDataPublisher(session.ingress(), id -> resubscribe.get().accept(id)));
            final JournalWriter raw = keepRawFrames ? session.journalWriter() : null;
            final RawFrames rawFrames = raw == null ? null : new RawFrames(raw);
            // Raw frames carry their arrival time in epoch nanoseconds (audit only; decisions never see it).
            final BybitWsConfig config = BybitWsConfig.builder(url, symbols)
                .clock(SystemEpochNanoClock.INSTANCE::nanoTime).build();
            final BybitWsClient client = new BybitWsClient(config,
                (buffer, offset, length, receivedNs) ->
                {
                    if (rawFrames != null)
                    {
                        rawFrames.append(buffer, offset, length, receivedNs);
                    }
                    adapter.onMessage(buffer, offset, length);
                },
                new StatusPublisher(session.ingress(), ids));
            resubscribe.set(client.resubscriber(ids));
            client.start();
            return new Recorder(session, client, adapter, raw);
        }
        catch (final RuntimeException e)
        {
            session.close();
            throw e;
        }
    }

    /** Decoder counters (malformed, unknown, gaps...) so far. */
    public String decodeCounters()
    {
        return adapter.counters().toString();
    }

    public long framesReceived()
    {
        return client.framesReceived();
    }

    /** Stops the gateway, lets the ring drain into the journal and closes it. */
    @Override
    public void close()
    {
        client.close();
        session.awaitProcessed();
        session.close();
        final DecodeCounters counters = adapter.counters();
        if (counters.total() > 0)
        {
            LOG.warn("{} messages were not decoded: {}", counters.total(), counters);
            counters.samples().forEach(sample -> LOG.warn("undecoded message: {}", sample));
        }
    }

    /** Raw frames written from the gateway thread through its own journal writer. */
    private static final class RawFrames
    {
        private final JournalWriter writer;
        private final ExpandableArrayBuffer buffer = new ExpandableArrayBuffer(8192);
        private final MessageHeaderEncoder header = new MessageHeaderEncoder();
        private final RawFrameEncoder frame = new RawFrameEncoder();

        RawFrames(final JournalWriter writer)
        {
            this.writer = writer;
        }

        void append(final DirectBuffer source, final int offset, final int length, final long receivedNs)
        {
            frame.wrapAndApplyHeader(buffer, 0, header).header().sequence(-1).eventTimeNs(receivedNs).source(Source.FEED);
            frame.receivedNs(receivedNs).putPayload(source, offset, length);
            writer.append(buffer, 0, MessageHeaderEncoder.ENCODED_LENGTH + frame.encodedLength());
        }
    }
}
