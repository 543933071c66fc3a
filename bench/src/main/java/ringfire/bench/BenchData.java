package ringfire.bench;

import ringfire.engine.market.InstrumentSpec;
import ringfire.engine.settings.EngineSettings;
import ringfire.journal.importer.ImportTarget;
import ringfire.journal.importer.KlineFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

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

    private static Bars btc;

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
    public static synchronized Bars btcBars()
    {
        if (btc == null)
        {
            btc = read(btcFile(), btc(), Integer.MAX_VALUE);
        }
        return btc;
    }

    /** Up to {@code limit} bars of {@code file} at the instrument's scales. */
    public static Bars read(final Path file, final InstrumentSpec instrument, final int limit)
    {
        final ImportTarget target = new ImportTarget(instrument.name(), instrument.id(), instrument.priceScale(),
            instrument.qtyScale(), MINUTE_S);
        final Bars bars = new Bars();
        KlineFile.read(file, target, false, (t, o, h, l, c, v, tv) ->
        {
            if (bars.size < limit)
            {
                bars.add(t, o, h, l, c, v, tv);
            }
        });
        bars.trim();
        return bars;
    }

    /** Bars in time order, column-wise. Prices at the instrument's price scale, volume at its qty scale. */
    public static final class Bars
    {
        public long[] openTimeMs = new long[1024];
        public long[] open = new long[1024];
        public long[] high = new long[1024];
        public long[] low = new long[1024];
        public long[] close = new long[1024];
        public long[] volume = new long[1024];
        public long[] turnover = new long[1024];
        public int size;

        void add(final long t, final long o, final long h, final long l, final long c, final long v, final long tv)
        {
            if (size == openTimeMs.length)
            {
                final int n = size * 2;
                openTimeMs = Arrays.copyOf(openTimeMs, n);
                open = Arrays.copyOf(open, n);
                high = Arrays.copyOf(high, n);
                low = Arrays.copyOf(low, n);
                close = Arrays.copyOf(close, n);
                volume = Arrays.copyOf(volume, n);
                turnover = Arrays.copyOf(turnover, n);
            }
            openTimeMs[size] = t;
            open[size] = o;
            high[size] = h;
            low[size] = l;
            close[size] = c;
            volume[size] = v;
            turnover[size] = tv;
            size++;
        }

        void trim()
        {
            openTimeMs = Arrays.copyOf(openTimeMs, size);
            open = Arrays.copyOf(open, size);
            high = Arrays.copyOf(high, size);
            low = Arrays.copyOf(low, size);
            close = Arrays.copyOf(close, size);
            volume = Arrays.copyOf(volume, size);
            turnover = Arrays.copyOf(turnover, size);
        }

        /** Time span of the data plus one bar: shifting a replayed copy by this keeps times increasing. */
        public long spanMs()
        {
            return openTimeMs[size - 1] - openTimeMs[0] + MINUTE_S * 1_000L;
        }
    }
}
