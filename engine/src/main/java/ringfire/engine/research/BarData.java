package ringfire.engine.research;

import org.agrona.DirectBuffer;
import ringfire.codecs.Decimals;
import ringfire.codecs.EventView;
import ringfire.codecs.Scales;
import ringfire.codecs.sbe.BarDecoder;
import ringfire.codecs.sbe.BooleanType;
import ringfire.codecs.sbe.MessageHeaderDecoder;
import ringfire.codecs.sbe.SymbolDefinitionDecoder;
import ringfire.engine.market.InstrumentSpec;
import ringfire.journal.Journal;
import ringfire.journal.JournalException;
import ringfire.journal.JournalReader;
import ringfire.engine.backtest.JournalBars;
import ringfire.journal.importer.BarColumns;
import ringfire.journal.importer.BarSink;
import ringfire.journal.importer.ImportTarget;
import ringfire.journal.importer.KlineFile;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The bars of one symbol and interval held in memory ({@link BarColumns}), read
 * once from kline files or a journal of imported bars, so that time slices of them can be written as kline CSV for
 * backtests of a part of the data. Slices are exact: prices and volumes are written with
 * {@link Decimals#format} at the instrument's scales and read back to the same values.
 */
public final class BarData implements BarSink
{
    public static final String CSV_HEADER = "open_time_ms,open,high,low,close,volume,turnover";

    private final ImportTarget target;
    private final BarColumns bars = new BarColumns();

    private BarData(final ImportTarget target)
    {
        this.target = target;
    }

    /**
     * Reads the bars of {@code instrument} from {@code files} (validated as {@code backtest} validates them), or
     * from the journal {@code dataJournal} when no files are given.
     */
    public static BarData load(final InstrumentSpec instrument, final int intervalSeconds, final List<Path> files,
        final Path dataJournal)
    {
        final ImportTarget target = new ImportTarget(instrument.name(), instrument.id(), instrument.priceScale(),
            instrument.qtyScale(), intervalSeconds);
        final BarData data = new BarData(target);
        if (files != null && !files.isEmpty())
        {
            KlineFile.read(files, target, false, data);
        }
        else
        {
            readJournal(dataJournal, target, data);
        }
        if (data.size() == 0)
        {
            throw new IllegalArgumentException("no bars of " + instrument.name() + " in the data");
        }
        return data;
    }

    @Override
    public void onBar(final long openTimeMs, final long o, final long h, final long l, final long c, final long v,
        final long t)
    {
        bars.onBar(openTimeMs, o, h, l, c, v, t);
    }

    public int size()
    {
        return bars.size;
    }

    /** Open time of the first bar. */
    public long firstOpenMs()
    {
        return bars.openTimeMs[0];
    }

    /** Close time of the last bar (its open + the interval): the end of the data's period. */
    public long endMs()
    {
        return bars.openTimeMs[bars.size - 1] + target.intervalMs();
    }

    public long intervalMs()
    {
        return target.intervalMs();
    }

    /** Feeds every bar, in time order, to {@code sink}. */
    public void replay(final BarSink sink)
    {
        bars.replay(sink);
    }

    /**
     * Writes the bars opening in [from, to) to {@code file} as kline CSV ({@value #CSV_HEADER}); returns how many.
     */
    public long writeCsv(final Path file, final long fromMs, final long toMs)
    {
        try
        {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16))
            {
                out.write(CSV_HEADER);
                out.write('\n');
                final StringBuilder line = new StringBuilder(128);
                final TimeSliceSink slice = new TimeSliceSink(fromMs, toMs, (t, o, h, l, c, v, tv) ->
                {
                    line.setLength(0);
                    line.append(t).append(',');
                    Decimals.appendTo(line, o, target.priceScale()).append(',');
                    Decimals.appendTo(line, h, target.priceScale()).append(',');
                    Decimals.appendTo(line, l, target.priceScale()).append(',');
                    Decimals.appendTo(line, c, target.priceScale()).append(',');
                    Decimals.appendTo(line, v, target.qtyScale()).append(',');
                    Decimals.appendTo(line, tv, Scales.MONEY).append('\n');
                    try
                    {
                        out.append(line);
                    }
                    catch (final IOException e)
                    {
                        throw new UncheckedIOException(e);
                    }
                });
                replay(slice);
                return slice.bars();
            }
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The closed bars of the target's symbol and interval in a journal (as {@code backtest --journal} reads them). */
    private static void readJournal(final Path dir, final ImportTarget target, final BarSink sink)
    {
        JournalBars.read(dir, target.symbolName(), target.priceScale(), target.qtyScale(), target.intervalSeconds(), sink);
    }
}
