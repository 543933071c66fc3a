package ringfire.journal.importer;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads kline files (Bybit kline JSON or CSV, plain or gzip) into validated bars without writing a journal: the
 * backtest's way to read data files directly. Files are read in the order given and must continue in time order.
 *
 * <p>A bad row fails the read with an {@link ImportException} naming file:line (CSV) or file:list[i] (Bybit JSON),
 * unless {@code skipBad} is set: then it is skipped and counted. Bars are delivered as they are read, so a sink that
 * must not see any bar of a file that later fails should read twice (as {@link KlineImport} does) or buffer.
 */
public final class KlineFile
{
    private KlineFile()
    {
    }

    /** Reads one file; see {@link #read(List, ImportTarget, boolean, BarSink)}. */
    public static KlineStats read(final Path file, final ImportTarget target, final boolean skipBad, final BarSink sink)
    {
        return read(List.of(file), target, skipBad, sink);
    }

    /**
     * Reads {@code files} in order, delivering every valid bar to {@code sink} in time order.
     *
     * @return what was read: rows, bars, skipped rows, gaps, first and last open time
     * @throws ImportException when a file is missing, unreadable, empty or not a kline file, when a row is bad and
     *                         {@code skipBad} is false, or when no bar is left
     */
    public static KlineStats read(
        final List<Path> files, final ImportTarget target, final boolean skipBad, final BarSink sink)
    {
        return read(files, target, skipBad, sink, KlineStats.NONE);
    }

    /** As {@link #read(List, ImportTarget, boolean, BarSink)}; the first bar must open after the given time. */
    static KlineStats read(
        final List<Path> files,
        final ImportTarget target,
        final boolean skipBad,
        final BarSink sink,
        final long afterOpenTimeMs)
    {
        if (files.isEmpty())
        {
            throw new ImportException("no kline files given");
        }
        for (final Path file : files)
        {
            KlineInput.requireReadable(file);
        }
        final KlineReadSession session = new KlineReadSession(target, skipBad, sink);
        if (afterOpenTimeMs != KlineStats.NONE)
        {
            session.startAfter(afterOpenTimeMs);
        }
        final CsvKlineReader csv = new CsvKlineReader();
        final JsonKlineReader json = new JsonKlineReader();
        for (final Path file : files)
        {
            readOne(file, session, csv, json);
        }
        final KlineStats stats = session.stats;
        if (stats.bars() == 0)
        {
            throw new ImportException("no bars left to import: all " + stats.rowsRead() + " rows of " + names(files)
                + " were skipped");
        }
        return stats;
    }

    private static void readOne(
        final Path file, final KlineReadSession session, final CsvKlineReader csv, final JsonKlineReader json)
    {
        final String name = file.toString();
        try (BufferedInputStream in = KlineInput.open(file))
        {
            if (KlineInput.detect(in, name) == KlineInput.Format.JSON)
            {
                json.read(name, in, session);
                session.endJsonList(name);
            }
            else
            {
                csv.read(name, in, session);
            }
        }
        catch (final IOException e)
        {
            throw KlineInput.unreadable(name, e);
        }
    }

    private static String names(final List<Path> files)
    {
        return files.size() == 1 ? files.get(0).toString() : files.size() + " files";
    }
}
