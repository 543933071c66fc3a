package ringfire.journal.importer;

import org.agrona.DirectBuffer;
import ringfire.codecs.EventView;
import ringfire.codecs.sbe.BarDecoder;
import ringfire.codecs.sbe.MessageHeaderDecoder;
import ringfire.codecs.sbe.SymbolDefinitionDecoder;
import ringfire.journal.Journal;
import ringfire.journal.JournalReader;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Kline files, targets and journal read-back for the importer tests. */
final class ImportFixtures
{
    static final ImportTarget BTC_1M = new ImportTarget("BTCUSDT", 1, 2, 3, 60);
    static final String HEADER = "open_time_ms,open,high,low,close,volume";
    /** 2025-05-29T17:05:00Z, a minute boundary. */
    static final long T0 = 1_748_538_300_000L;
    static final long MINUTE_MS = 60_000L;

    private ImportFixtures()
    {
    }

    /** A plain file of {@code lines}, each ended by a line feed. */
    static Path csv(final Path dir, final String name, final String... lines)
    {
        return write(dir.resolve(name), (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** A valid 1m CSV row for BTCUSDT opening {@code minutes} after {@link #T0}. */
    static String row(final int minutes)
    {
        return (T0 + minutes * MINUTE_MS) + ",106631.1,106702.6,106616.3,106688.4,61.385";
    }

    static Path gzip(final Path dir, final String name, final String content)
    {
        final Path file = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file)))
        {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    static Path write(final Path file, final byte[] bytes)
    {
        try
        {
            return Files.write(file, bytes);
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException(e);
        }
    }

    /** A test resource under importer/ as a path. */
    static Path resource(final String name)
    {
        try
        {
            return Path.of(ImportFixtures.class.getResource("/importer/" + name).toURI());
        }
        catch (final URISyntaxException e)
        {
            throw new IllegalStateException(e);
        }
    }

    /** A bar as a sink received it. */
    record SunkBar(long openTimeMs, long open, long high, long low, long close, long volume, long turnover)
    {
    }

    /** Collects bars. */
    static final class Bars implements BarSink
    {
        final List<SunkBar> list = new ArrayList<>();

        @Override
        public void onBar(
            final long openTimeMs,
            final long open,
            final long high,
            final long low,
            final long close,
            final long volume,
            final long turnover)
        {
            list.add(new SunkBar(openTimeMs, open, high, low, close, volume, turnover));
        }

        List<Long> openTimes()
        {
            return list.stream().map(SunkBar::openTimeMs).toList();
        }
    }

    /** A journaled SymbolDefinition or Bar, decoded field by field. */
    sealed interface Record permits Definition, JournaledBar
    {
        long sequence();
    }

    record Definition(long sequence, long eventTimeNs, String source, int symbolId, int priceScale, int qtyScale,
        String name) implements Record
    {
    }

    record JournaledBar(long sequence, long eventTimeNs, String source, int symbolId, int intervalSeconds,
        long openTimeNs, long open, long high, long low, long close, long volume, long turnover, String closed)
        implements Record
    {
    }

    /** Every SymbolDefinition and Bar in the journal, in order. */
    static List<Record> readJournal(final Path dir)
    {
        final List<Record> records = new ArrayList<>();
        final MessageHeaderDecoder header = new MessageHeaderDecoder();
        final SymbolDefinitionDecoder definition = new SymbolDefinitionDecoder();
        final BarDecoder bar = new BarDecoder();
        try (Journal journal = Journal.openForReading(dir); JournalReader reader = journal.reader())
        {
            reader.forEach((DirectBuffer buffer, int offset, int length, long index) ->
            {
                final int templateId = EventView.templateId(buffer, offset);
                if (templateId == SymbolDefinitionDecoder.TEMPLATE_ID)
                {
                    definition.wrapAndApplyHeader(buffer, offset, header);
                    records.add(new Definition(definition.header().sequence(), definition.header().eventTimeNs(),
                        definition.header().source().name(), definition.symbolId(), definition.priceScale(),
                        definition.qtyScale(), definition.name()));
                }
                else if (templateId == BarDecoder.TEMPLATE_ID)
                {
                    bar.wrapAndApplyHeader(buffer, offset, header);
                    records.add(new JournaledBar(bar.header().sequence(), bar.header().eventTimeNs(),
                        bar.header().source().name(), bar.symbolId(), bar.intervalSeconds(), bar.openTimeNs(),
                        bar.open(), bar.high(), bar.low(), bar.close(), bar.volume(), bar.turnover(),
                        bar.closed().name()));
                }
                else
                {
                    throw new AssertionError("unexpected template " + templateId);
                }
            });
        }
        return records;
    }
}
