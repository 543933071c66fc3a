package ringfire.ops.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import ringfire.engine.market.InstrumentSpec;
import ringfire.journal.importer.ImportReport;
import ringfire.journal.importer.ImportTarget;
import ringfire.journal.importer.KlineImport;
import ringfire.journal.importer.KlineInterval;
import ringfire.ops.config.ConfigFile;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "import", mixinStandardHelpOptions = true, description = "Import historical data into a journal.",
    subcommands = {ImportCommand.Klines.class})
final class ImportCommand implements Runnable
{
    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run()
    {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "import: missing subcommand (klines)");
    }

    @Command(name = "klines", mixinStandardHelpOptions = true,
        description = {"Import kline CSV (open_time_ms,open,high,low,close,volume[,turnover], plain or gzip) or Bybit "
            + "/v5/market/kline JSON into a journal of closed bars. Every row is checked (time order, interval "
            + "alignment, duplicates, OHLC consistency, positive prices, exact decimals); bad rows are reported with "
            + "file:line and fail the import unless --skip-bad. Gaps are reported, never filled."})
    static final class Klines implements Callable<Integer>
    {
        @Parameters(arity = "1..*", paramLabel = "FILE", description = "kline files, imported in this order")
        private List<Path> files;

        @Option(names = "--symbol", required = true, paramLabel = "S", description = "instrument, e.g. BTCUSDT")
        private String symbol;

        @Option(names = "--interval", required = true, paramLabel = "I", description = "bar interval: 1m, 5m, 1h, 4h, 1d, or Bybit's 1, 5, 60, 240, D")
        private String interval;

        @Option(names = "--journal", required = true, paramLabel = "DIR", description = "journal to write (appended to if it exists)")
        private Path journal;

        @Option(names = "--skip-bad", description = "skip bad rows (counted and reported) instead of failing")
        private boolean skipBad;

        @Option(names = "--config", paramLabel = "FILE", description = "configuration with the instrument table (default: config/paper.yaml)")
        private Path config;

        @picocli.CommandLine.Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call()
        {
            final InstrumentSpec instrument = ConfigFile.load(config == null ? Home.defaultConfig() : config)
                .settings().instrument(symbol);
            final ImportTarget target = new ImportTarget(instrument.name(), instrument.id(), instrument.priceScale(),
                instrument.qtyScale(), KlineInterval.parseSeconds(interval));
            final ImportReport report = KlineImport.run(files, target, skipBad, journal);
            spec.commandLine().getOut().print(report.describe());
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
