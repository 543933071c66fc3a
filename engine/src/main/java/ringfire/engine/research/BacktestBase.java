package ringfire.engine.research;

import ringfire.engine.backtest.BacktestSpec;
import ringfire.engine.report.ReportInfo;
import ringfire.engine.settings.EngineSettings;
import ringfire.journal.importer.KlineInterval;

import java.nio.file.Path;
import java.util.List;

/**
 * What every backtest of a research run shares: the base settings (before the grid's values), the symbol and bar
 * interval, and the data: kline files, or a journal of imported bars.
 */
public record BacktestBase(EngineSettings settings, String symbol, int intervalSeconds, List<Path> dataFiles,
    Path dataJournal)
{
    public BacktestBase
    {
        dataFiles = List.copyOf(dataFiles);
        if (dataFiles.isEmpty() == (dataJournal == null))
        {
            throw new IllegalArgumentException("give either data files or a journal of imported bars, not both or neither");
        }
        settings.instrument(symbol);
    }

    /** A backtest of the whole data with {@code s}, into {@code outDir}. */
    public ParallelBacktests.Job job(final EngineSettings s, final Path outDir)
    {
        return new ParallelBacktests.Job(new BacktestSpec(s, symbol, intervalSeconds, dataFiles, dataJournal, outDir),
            info(s));
    }

    /** A backtest of other kline files (e.g. a time slice) with {@code s}, into {@code outDir}. */
    public ParallelBacktests.Job job(final EngineSettings s, final Path dataFile, final Path outDir)
    {
        return new ParallelBacktests.Job(new BacktestSpec(s, symbol, intervalSeconds, List.of(dataFile), null, outDir),
            info(s));
    }

    public String intervalLabel()
    {
        return KlineInterval.label(intervalSeconds);
    }

    private ReportInfo info(final EngineSettings s)
    {
        return new ReportInfo(s.strategy().name(), symbol, intervalLabel());
    }
}
