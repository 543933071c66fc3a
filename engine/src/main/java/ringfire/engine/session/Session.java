package ringfire.engine.session;

import org.agrona.ExpandableArrayBuffer;
import org.agrona.MutableDirectBuffer;
import ringfire.codecs.sbe.EndReason;
import ringfire.codecs.sbe.MessageHeaderEncoder;
import ringfire.codecs.sbe.SessionEndEncoder;
import ringfire.codecs.sbe.SessionStartEncoder;
import ringfire.codecs.sbe.Source;
import ringfire.codecs.sbe.SymbolDefinitionEncoder;
import ringfire.engine.market.InstrumentSpec;
import ringfire.engine.metrics.PipelineMetrics;
import ringfire.engine.pipeline.Egress;
import ringfire.engine.pipeline.Faults;
import ringfire.engine.pipeline.Ingress;
import ringfire.engine.pipeline.Pipeline;
import ringfire.engine.pipeline.PipelineConfig;
import ringfire.journal.Journal;
import ringfire.journal.JournalOptions;
import ringfire.journal.JournalWriter;

import java.nio.file.Path;
import java.util.List;

/**
 * A recorded engine session: opens (or continues) a journal, journals a SessionStart with the versions and the
 * decision-relevant settings, puts the symbol table on the ring as inputs and runs the pipeline. Sources then
 * publish inputs through {@link #ingress()}. {@link #close(EndReason)}, once the sources have stopped, lets the
 * ring drain and puts a {@code SessionEnd} on it as the session's last input, so a journal shows where each
 * session ended cleanly (a session that ends without one crashed or was killed).
 */
public final class Session implements AutoCloseable
{
    public static final String ENGINE_VERSION = "ringfire 0.1.0";

    private final Journal journal;
    private final Pipeline pipeline;
    private final long startTimeNs;
    private boolean closed;

    private Session(final Journal journal, final Pipeline pipeline, final long startTimeNs)
    {
        this.journal = journal;
        this.pipeline = pipeline;
        this.startTimeNs = startTimeNs;
    }

    public static Session start(
        final Path dir,
        final JournalOptions journalOptions,
        final PipelineConfig pipelineConfig,
        final SessionConfig config,
        final Egress egress)
    {
        return start(dir, journalOptions, pipelineConfig, config, egress, null, PipelineMetrics.OFF);
    }

    /** As {@link #start(Path, JournalOptions, PipelineConfig, SessionConfig, Egress)}, with pipeline metrics. */
    public static Session start(
        final Path dir,
        final JournalOptions journalOptions,
        final PipelineConfig pipelineConfig,
        final SessionConfig config,
        final Egress egress,
        final PipelineMetrics metrics)
    {
        return start(dir, journalOptions, pipelineConfig, config, egress, null, metrics);
    }

    /**
     * As {@link #start(Path, JournalOptions, PipelineConfig, SessionConfig, Egress)}, with {@code observer} (or
     * null) seeing the trading core after each event's decision stages (see {@link TradingObserver}).
     */
    public static Session start(
        final Path dir,
        final JournalOptions journalOptions,
        final PipelineConfig pipelineConfig,
        final SessionConfig config,
        final Egress egress,
        final TradingObserver observer)
    {
        return start(dir, journalOptions, pipelineConfig, config, egress, observer, PipelineMetrics.OFF);
    }

    /** With both an observer (or null) and pipeline metrics ({@link PipelineMetrics#OFF} for none). */
    public static Session start(
        final Path dir,
        final JournalOptions journalOptions,
        final PipelineConfig pipelineConfig,
        final SessionConfig config,
        final Egress egress,
        final TradingObserver observer,
        final PipelineMetrics metrics)
    {
        final Journal journal = Journal.openForWriting(dir, journalOptions);
        try
        {
            final long firstSequence = journal.lastSequence() + 1;
            writeSessionStart(journal, config, firstSequence);
            final Faults faults = new Faults();
            final Pipeline pipeline = Pipeline.start(pipelineConfig, new ChronicleEventJournal(journal),
                TradingStages.create(config.settings(), observer, faults), egress, faults, firstSequence, metrics);
            final Session session = new Session(journal, pipeline, config.startTimeNs());
            session.defineSymbols(config.settings().instruments(), config.startTimeNs());
            return session;
        }
        catch (final RuntimeException e)
        {
            journal.close();
            throw e;
        }
    }

    private static void writeSessionStart(final Journal journal, final SessionConfig config, final long sequence)
    {
        final ExpandableArrayBuffer buffer = new ExpandableArrayBuffer(1024);
        final SessionStartEncoder start = new SessionStartEncoder().wrapAndApplyHeader(buffer, 0, new MessageHeaderEncoder());
        start.header().sequence(sequence).eventTimeNs(config.startTimeNs()).source(Source.ENGINE);
        start.schemaVersion(SessionStartEncoder.SCHEMA_VERSION)
            .engineVersion(ENGINE_VERSION)
            .configHash(config.settings().hash())
            .config(config.settings().toCanonicalText());
        try (JournalWriter writer = journal.writer())
        {
            writer.append(buffer, 0, MessageHeaderEncoder.ENCODED_LENGTH + start.encodedLength());
        }
    }

    private void defineSymbols(final List<InstrumentSpec> instruments, final long timeNs)
    {
        final SymbolDefinitionEncoder definition = new SymbolDefinitionEncoder();
        final MessageHeaderEncoder header = new MessageHeaderEncoder();
        final Ingress ingress = pipeline.ingress();
        for (final InstrumentSpec instrument : instruments)
        {
            final long claim = ingress.claim();
            final MutableDirectBuffer buffer = ingress.buffer(claim);
            definition.wrapAndApplyHeader(buffer, 0, header)
                .header().sequence(0).eventTimeNs(timeNs).source(Source.CONFIG);
            definition.symbolId(instrument.id()).priceScale((short)instrument.priceScale())
                .qtyScale((short)instrument.qtyScale()).name(instrument.name());
            ingress.publish(claim, MessageHeaderEncoder.ENCODED_LENGTH + definition.encodedLength());
        }
    }

    /** An extra writer for records that bypass the ring (raw frames); use it from one thread only. */
    public JournalWriter journalWriter()
    {
        return journal.writer();
    }

    public Ingress ingress()
    {
        return pipeline.ingress();
    }

    public Pipeline pipeline()
    {
        return pipeline;
    }

    public Faults faults()
    {
        return pipeline.faults();
    }

    /** Waits for every published input to be processed and journaled. */
    public void awaitProcessed()
    {
        pipeline.awaitProcessed();
    }

    /** Ends the session with reason CLOSED (its owner is done: end of input, or a test); see {@link #close(EndReason)}. */
    @Override
    public void close()
    {
        close(EndReason.CLOSED);
    }

    /**
     * Ends the session: waits for the ring to drain, journals a {@code SessionEnd} with {@code reason} through the
     * ring as the last input, stops the pipeline and closes the journal. Call it after every source has stopped
     * publishing; a second call does nothing. The SessionEnd is stamped with the session's start time, which the
     * input journal raises to the latest input's time, so it carries the time the session's inputs reached.
     */
    public void close(final EndReason reason)
    {
        if (closed)
        {
            return;
        }
        closed = true;
        try
        {
            pipeline.awaitProcessed();
            publishEnd(reason);
            pipeline.awaitProcessed();
        }
        finally
        {
            pipeline.close();
            journal.close();
        }
    }

    private void publishEnd(final EndReason reason)
    {
        final Ingress ingress = pipeline.ingress();
        final long claim = ingress.claim();
        final long inputs = ingress.sequenceOf(claim) - ingress.sequenceOf(0);
        final SessionEndEncoder end = new SessionEndEncoder()
            .wrapAndApplyHeader(ingress.buffer(claim), 0, new MessageHeaderEncoder());
        end.header().sequence(0).eventTimeNs(startTimeNs).source(Source.ENGINE);
        end.reason(reason).inputs(inputs).faults(pipeline.faults().total());
        ingress.publish(claim, MessageHeaderEncoder.ENCODED_LENGTH + end.encodedLength());
    }
}
