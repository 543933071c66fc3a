package ringfire.engine.session;

import org.agrona.ExpandableArrayBuffer;
import org.agrona.MutableDirectBuffer;
import ringfire.codecs.sbe.MessageHeaderEncoder;
import ringfire.codecs.sbe.SessionStartEncoder;
import ringfire.codecs.sbe.Source;
import ringfire.codecs.sbe.SymbolDefinitionEncoder;
import ringfire.engine.market.InstrumentSpec;
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
 * publish inputs through {@link #ingress()}.
 */
public final class Session implements AutoCloseable
{
    public static final String ENGINE_VERSION = "ringfire 0.1.0";

    private final Journal journal;
    private final Pipeline pipeline;

    private Session(final Journal journal, final Pipeline pipeline)
    {
        this.journal = journal;
        this.pipeline = pipeline;
    }

    public static Session start(
        final Path dir,
        final JournalOptions journalOptions,
        final PipelineConfig pipelineConfig,
        final SessionConfig config,
        final Egress egress)
    {
        return start(dir, journalOptions, pipelineConfig, config, egress, null);
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
        final Journal journal = Journal.openForWriting(dir, journalOptions);
        try
        {
            final long firstSequence = journal.lastSequence() + 1;
            writeSessionStart(journal, config, firstSequence);
            final Faults faults = new Faults();
            final Pipeline pipeline = Pipeline.start(pipelineConfig, new ChronicleEventJournal(journal),
                TradingStages.create(config.settings(), observer, faults), egress, faults, firstSequence);
            final Session session = new Session(journal, pipeline);
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

    @Override
    public void close()
    {
        pipeline.close();
        journal.close();
    }
}
