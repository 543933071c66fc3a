package ringfire.bench.latency;

import org.HdrHistogram.Histogram;
import org.agrona.DirectBuffer;
import ringfire.codecs.EventView;
import ringfire.codecs.bybit.BybitMarketDataAdapter;
import ringfire.codecs.bybit.SymbolResolver;
import ringfire.codecs.sbe.ExitTriggeredDecoder;
import ringfire.codecs.sbe.FillDecoder;
import ringfire.bench.InputFrames;
import ringfire.engine.gateway.FrameHandler;
import ringfire.engine.gateway.GatewayListener;
import ringfire.engine.gateway.MarketDataPublisher;
import ringfire.engine.gateway.bybit.BybitWsClient;
import ringfire.engine.gateway.bybit.BybitWsConfig;
import ringfire.engine.market.InstrumentSpec;
import ringfire.engine.pipeline.BenchAccess;
import ringfire.engine.pipeline.Egress;
import ringfire.engine.pipeline.EventJournal;
import ringfire.engine.pipeline.Faults;
import ringfire.engine.pipeline.PipelineConfig;
import ringfire.engine.pipeline.Stages;
import ringfire.engine.session.BenchJournal;
import ringfire.engine.session.TradingStages;
import ringfire.engine.settings.EngineSettings;
import ringfire.journal.Journal;
import ringfire.journal.JournalOptions;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * {@code ./ringfire bench latency}: end-to-end latency from the WebSocket frame to the decision, per threading
 * variant, with same-run baselines. For each variant: a fresh Chronicle journal in a temp directory, the trading
 * stages with default settings (sma-cross at fast 1 / slow 2 so that a lead-in of 15 bars per symbol opens a long
 * on BTCUSDT and ETHUSDT: every later trade is marked against an open position, risk-checked and tested against
 * its exit plan, and nothing triggers), the gateway client ({@link BybitWsClient}, decoder, market-data publisher)
 * connected over loopback to a {@link TickFeed} sending public trades at the given rate, open loop. See
 * {@link Measurement} for what is recorded and {@link LatencyReport} for the output.
 */
public final class LatencyBench
{
    /** 2025-06-01T00:00:00Z: market time of the lead-in's first bar. */
    static final long START_MS = 1_748_736_000_000L;
    static final int RING_SIZE = PipelineConfig.DEFAULT_RING_SIZE;

    private final LatencyOptions options;
    private final Path out;
    private final PrintStream log;

    public LatencyBench(final LatencyOptions options, final Path out, final PrintStream log)
    {
        this.options = options;
        this.out = out;
        this.log = log;
    }

    /** The outcome of one variant. */
    record Result(Variant variant, Histogram fromFrame, Histogram fromIntended, Histogram sendLag, long messages,
        long faults, String firstFault, long fills, long exits, double loadBefore, double loadAfter, long gcCount,
        long gcMillis, String skipped)
    {
    }

    /** Runs every variant, prints the report and writes the .hgrm files and summary.txt into the output directory. */
    public List<Path> run()
    {
        try
        {
            Files.createDirectories(out);
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException("cannot create " + out, e);
        }
        final LatencyReport report = new LatencyReport(options, log);
        report.header();
        final List<Result> results = new ArrayList<>();
        for (final Variant v : options.variants())
        {
            final Result r = runVariant(v);
            results.add(r);
            report.variant(r);
        }
        report.summary(results);
        final List<Path> files = report.write(results, out);
        log.println("results: " + out.toAbsolutePath());
        return files;
    }

    static EngineSettings settings()
    {
        return EngineSettings.defaults().with("strategy.params.fast", "1").with("strategy.params.slow", "2");
    }

    static InstrumentSpec[] symbols(final EngineSettings settings)
    {
        return new InstrumentSpec[] {settings.instrument("BTCUSDT"), settings.instrument("ETHUSDT")};
    }

    /** Price of trade {@code i}: between 9,990 and 10,010, where neither the stop nor a trailing tier triggers. */
    static long tradePrice(final InstrumentSpec s, final long i)
    {
        return cents(s, 1_000_000 + (i * 7_919L) % 2_001 - 1_000);
    }

    /** A price given in hundredths, at the symbol's scale. */
    private static long cents(final InstrumentSpec s, final long hundredths)
    {
        if (s.priceScale() < 2)
        {
            throw new IllegalStateException(s.name() + ": price scale " + s.priceScale() + " < 2");
        }
        long p = hundredths;
        for (int k = 2; k < s.priceScale(); k++)
        {
            p *= 10;
        }
        return p;
    }

    private Result runVariant(final Variant v)
    {
        final double loadBefore = LatencyReport.loadAverage();
        final long[] gcBefore = LatencyReport.gc();
        final Measurement measurement = new Measurement(options.warmupMessages(), options.rate());
        final EngineSettings settings = settings();
        final InstrumentSpec[] symbols = symbols(settings);
        final Faults faults = new Faults();
        final AtomicReference<String> firstFault = new AtomicReference<>();
        final long[] decisions = new long[2];
        final Egress egress = (buffer, offset, length) -> count(decisions, buffer, offset);
        Path dir = null;
        Journal journal = null;
        Target target = null;
        BareHop bare = null;
        try
        {
            final FrameHandler frames;
            if (v.kind() == Variant.Kind.BARE)
            {
                bare = new BareHop(v.waitStrategy(), RING_SIZE, measurement);
                frames = bare;
            }
            else
            {
                dir = Files.createTempDirectory("ringfire-latency-");
                journal = Journal.openForWriting(dir, JournalOptions.defaults());
                final EventJournal events = BenchJournal.chronicle(journal);
                final Stages trading = TradingStages.create(settings);
                final Stages stages = new Stages(trading.risk(), trading.exitPlan(), trading.strategy(),
                    new RecordingStage(trading.execution(), measurement));
                try
                {
                    target = target(v, events, stages, egress, faults, firstFault);
                }
                catch (final IllegalArgumentException e)
                {
                    return new Result(v, null, null, null, 0, 0, null, 0, 0, loadBefore, loadBefore, 0, 0,
                        e.getMessage());
                }
                leadIn(target, settings, symbols);
                final SymbolResolver resolver = new SymbolResolver();
                for (final InstrumentSpec s : symbols)
                {
                    resolver.add(s.name(), s.id(), s.priceScale(), s.qtyScale());
                }
                final MarketDataPublisher publisher = new MarketDataPublisher(target.ingress(), id -> { });
                final BybitMarketDataAdapter adapter = new BybitMarketDataAdapter(resolver, publisher);
                final Target t = target;
                frames = (buffer, offset, length, receivedNs) ->
                {
                    publisher.frameReceived(receivedNs);
                    adapter.onMessage(buffer, offset, length);
                    t.handOff();
                };
            }
            final Histogram sendLag = feed(symbols, frames, measurement);
            final long seen = measurement.seen();
            if (target != null)
            {
                target.close();
                target = null;
            }
            if (bare != null)
            {
                bare.close();
                bare = null;
            }
            final long[] gcAfter = LatencyReport.gc();
            return new Result(v, measurement.fromFrame(), measurement.fromIntended(), sendLag, seen, faults.total(),
                firstFault.get(), decisions[0], decisions[1], loadBefore, LatencyReport.loadAverage(), gcAfter[0] - gcBefore[0],
                gcAfter[1] - gcBefore[1], null);
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException(e);
        }
        finally
        {
            if (target != null)
            {
                target.close();
            }
            if (bare != null)
            {
                bare.close();
            }
            if (journal != null)
            {
                journal.close();
            }
            if (dir != null)
            {
                deleteTree(dir);
            }
        }
    }

    private static void count(final long[] decisions, final DirectBuffer buffer, final int offset)
    {
        final int template = EventView.templateId(buffer, offset);
        if (template == FillDecoder.TEMPLATE_ID)
        {
            decisions[0]++;
        }
        else if (template == ExitTriggeredDecoder.TEMPLATE_ID)
        {
            decisions[1]++;
        }
    }

    private static Target target(final Variant v, final EventJournal journal, final Stages stages, final Egress egress,
        final Faults faults, final AtomicReference<String> firstFault)
    {
        return switch (v.kind())
        {
            case RING -> new RingTarget(new PipelineConfig(v.mode(), v.waitStrategy(), RING_SIZE), journal, stages, egress,
                faults);
            case RING_PER_STAGE -> new PerStageRingTarget(v.waitStrategy(), RING_SIZE,
                StageStep.chain(BenchAccess.inOrder(stages), journal, egress, faults, firstFault));
            case ABQ_SINGLE ->
            {
                final var handler = BenchAccess.singleThreadHandler(stages, journal, egress, faults);
                final long[] sequence = {0};
                yield new AbqTarget(event ->
                {
                    try
                    {
                        handler.onEvent(event, sequence[0]++, true);
                    }
                    catch (final Exception e)
                    {
                        faults.record("abq", event.sequence(), e);
                        firstFault.compareAndSet(null, "abq at input sequence " + event.sequence() + ": " + e);
                    }
                });
            }
            case ABQ_PER_STAGE -> new AbqTarget(StageStep.chain(BenchAccess.inOrder(stages), journal, egress, faults,
                firstFault));
            case BARE -> throw new IllegalStateException("bare has no pipeline");
        };
    }

    /**
     * The symbol table, then 15 one-minute bars per symbol that make sma-cross (1/2) buy at 10,000 (as the replay
     * bench's tick session): the first trade of each symbol fills its entry.
     */
    private static void leadIn(final Target target, final EngineSettings settings, final InstrumentSpec[] symbols)
    {
        final InputFrames inputs = new InputFrames(target.ingress());
        inputs.defineSymbols(settings.instruments(), START_MS * 1_000_000L);
        long openMs = START_MS;
        for (int i = 0; i < 15; i++, openMs += 60_000)
        {
            for (final InstrumentSpec s : symbols)
            {
                final long q = s.qtyStep();
                final long openNs = openMs * 1_000_000L;
                if (i < 13)
                {
                    inputs.bar(s.id(), 60, openNs, cents(s, 990_000), cents(s, 990_500), cents(s, 989_500),
                        cents(s, 990_000), q, 0);
                }
                else if (i == 13)
                {
                    inputs.bar(s.id(), 60, openNs, cents(s, 990_000), cents(s, 990_000), cents(s, 989_000),
                        cents(s, 989_000), q, 0);
                }
                else
                {
                    inputs.bar(s.id(), 60, openNs, cents(s, 989_000), cents(s, 1_000_000), cents(s, 989_000),
                        cents(s, 1_000_000), q, 0);
                }
            }
            target.handOff();
        }
        target.awaitProcessed();
    }

    /** Connects the gateway to a fresh feed, sends every message and waits until all have been measured. */
    private Histogram feed(final InstrumentSpec[] symbols, final FrameHandler frames, final Measurement measurement)
    {
        final long firstTradeMs = START_MS + 15 * 60_000L + 1_000L;
        try (TickFeed feed = new TickFeed(symbols, firstTradeMs))
        {
            final BybitWsConfig config = BybitWsConfig.builder(feed.uri(), List.of(symbols[0].name(), symbols[1].name()))
                .threadName("bench-gateway").build();
            try (BybitWsClient client = new BybitWsClient(config, frames, GatewayListener.NONE))
            {
                client.start();
                feed.awaitSubscribed(10_000);
                final long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
                measurement.start(start);
                final long total = options.messages();
                final long sendMs = (long)(total * 1_000.0 / options.rate());
                try
                {
                    feed.send(total, options.rate(), start).get(sendMs + 60_000, TimeUnit.MILLISECONDS);
                    if (!measurement.awaitSeen(total, 60_000))
                    {
                        throw new IllegalStateException("only " + measurement.seen() + " of " + total
                            + " messages reached the measurement point within 60 s of the last send ("
                            + client.framesReceived() + " frames received)");
                    }
                }
                catch (final InterruptedException e)
                {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
                catch (final java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e)
                {
                    throw new IllegalStateException("latency feed did not finish sending: " + e, e);
                }
                return feed.sendLag();
            }
        }
    }

    private static void deleteTree(final Path dir)
    {
        try (Stream<Path> paths = Files.walk(dir))
        {
            for (final Path p : paths.sorted(Comparator.reverseOrder()).toList())
            {
                Files.deleteIfExists(p);
            }
        }
        catch (final IOException e)
        {
            // a temp directory left behind is not worth failing the run for
        }
    }
}
