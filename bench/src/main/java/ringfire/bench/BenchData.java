package ringfire.bench;

import ringfire.engine.market.InstrumentSpec;
import ringfire.engine.settings.EngineSettings;
import ringfire.journal.importer.BarColumns;
import ringfire.journal.importer.ImportTarget;
import ringfire.journal.importer.KlineFile;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The bundled real bars ({@code data/bybit_linear_BTCUSDT_1m.csv.gz}, one month of BTCUSDT 1m), read once with the
 * backtest's own kline reader into primitive arrays, for benchmarks that need realistic bars. Found through the
 * system property {@code ringfire.data}, else {@code $RINGFIRE_HOME/data} (set by the launcher), else the first
 * {@code data/} directory holding the file in the working directory or one of its parents.
 */
public final class BenchData
{
    public static final String BTC_1M = "bybit_linear_BTCUSDT_1m.csv.gz";
    public static final int MINUTE_S = 60;

    private static BarColumns btc;

    private BenchData()
    {
    }

    public static InstrumentSpec btc()
    {
        return EngineSettings.defaults().instrument("BTCUSDT");
    }

    /** The bundled BTCUSDT 1m file. */
    public static Path btcFile()
    {
        final String property = System.getProperty("ringfire.data");
        if (property != null)
        {
            return require(Path.of(property).resolve(BTC_1M));
        }
        final String home = System.getenv("RINGFIRE_HOME");
        if (home != null && Files.isRegularFile(Path.of(home, "data", BTC_1M)))
        {
            return Path.of(home, "data", BTC_1M);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent())
        {
            final Path candidate = dir.resolve("data").resolve(BTC_1M);
            if (Files.isRegularFile(candidate))
            {
                return candidate;
            }
        }
        throw new IllegalStateException("cannot find data/" + BTC_1M + " (set RINGFIRE_HOME or -Dringfire.data=DIR)");
    }

    private static Path require(final Path file)
    {
        if (!Files.isRegularFile(file))
        {
            throw new IllegalStateException("no such file: " + file);
        }
        return file;
    }

    /** Every bar of the bundled BTCUSDT month, at the default BTCUSDT scales. */
    public static synchronized BarColumns btcBars()
    {
        if (btc == null)
        {
            btc = read(btcFile(), btc(), Integer.MAX_VALUE);
        }
        return btc;
    }

    /** Up to {@code limit} bars of {@code file} at the instrument's scales. */
    public static BarColumns read(final Path file, final InstrumentSpec instrument, final int limit)
    {
        final ImportTarget target = new ImportTarget(instrument.name(), instrument.id(), instrument.priceScale(),
            instrument.qtyScale(), MINUTE_S);
        final BarColumns bars = new BarColumns();
        KlineFile.read(file, target, false, (t, o, h, l, c, v, tv) ->
        {
            if (bars.size < limit)
            {
                bars.onBar(t, o, h, l, c, v, tv);
            }
        });
        bars.trim();
        return bars;
    }

    /** Time span of the bars plus one bar: shifting a replayed copy by this keeps times increasing. */
    public static long spanMs(final BarColumns bars)
    {
        return bars.openTimeMs[bars.size - 1] - bars.openTimeMs[0] + MINUTE_S * 1_000L;
    }
}
