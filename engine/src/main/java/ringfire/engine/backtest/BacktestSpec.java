package ringfire.engine.backtest;

import ringfire.engine.market.InstrumentSpec;
import ringfire.engine.settings.EngineSettings;

import java.nio.file.Path;
import java.util.List;

/**
 * One backtest: the settings (strategy, risk, exits, fees...), the symbol and bar interval, where the bars come
 * from (kline files, or a journal of imported bars) and the output directory.
 */
public record BacktestSpec(
    EngineSettings settings,
    String symbol,
    int intervalSeconds,
    List<Path> dataFiles,
    Path dataJournal,
    Path outDir)
{
    public BacktestSpec
    {
        dataFiles = List.copyOf(dataFiles);
        if (dataFiles.isEmpty() == (dataJournal == null))
        {
            throw new IllegalArgumentException("give either data files or a journal of imported bars, not both or neither");
        }
        settings.instrument(symbol);
    }

    public InstrumentSpec instrument()
    {
        return settings.instrument(symbol);
    }

    public Path journalDir()
    {
        return outDir.resolve("journal");
    }
}
