package ringfire.engine.sim;

import ringfire.journal.importer.ImportTarget;
import ringfire.journal.importer.KlineFile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The price path the simulator plays for one symbol, derived from bars. Each bar becomes four points:
 * <pre>
 *   close >= open:  open -> low  -> high -> close
 *   close <  open:  open -> high -> low  -> close
 * </pre>
 * at the bar's open time plus 0, 1/3 and 2/3 of the interval, and at its last millisecond (open + interval - 1).
 * Each point is one trade of a quarter of the bar's volume, rounded down to the qty step (the last point takes the
 * rest; at least one step each). Per point the tape also holds the tick direction and the bar-so-far kline: high,
 * low, volume and turnover (price x qty summed at price scale + qty scale). Immutable; shared by all connections.
 */
public final class BarTape
{
    public static final int POINTS_PER_BAR = 4;

    static final byte PLUS = 0;
    static final byte ZERO_PLUS = 1;
    static final byte MINUS = 2;
    static final byte ZERO_MINUS = 3;

    private final SimInstrument instrument;
    private final int intervalSeconds;
    private final String klineInterval;
    private final List<SimBar> bars;
    private final long[] ts;
    private final long[] price;
    private final long[] qty;
    private final byte[] tickDirection;
    private final long[] high;
    private final long[] low;
    private final long[] volume;
    private final long[] turnover;

    private BarTape(final SimInstrument instrument, final int intervalSeconds, final List<SimBar> bars)
    {
        this.instrument = instrument;
        this.intervalSeconds = intervalSeconds;
        this.klineInterval = bybitInterval(intervalSeconds);
        this.bars = List.copyOf(bars);
        final int n = bars.size() * POINTS_PER_BAR;
        ts = new long[n];
        price = new long[n];
        qty = new long[n];
        tickDirection = new byte[n];
        high = new long[n];
        low = new long[n];
        volume = new long[n];
        turnover = new long[n];
        final long intervalMs = intervalSeconds * 1_000L;
        long previousOpen = Long.MIN_VALUE;
        for (int b = 0; b < bars.size(); b++)
        {
            final SimBar bar = bars.get(b);
            if (bar.openTimeMs() < previousOpen + intervalMs)
            {
                throw new IllegalArgumentException(instrument.name() + ": bars must be in time order, one interval "
                    + "apart at least: bar " + b + " opens at " + bar.openTimeMs());
            }
            previousOpen = bar.openTimeMs();
            final boolean up = bar.close() >= bar.open();
            final long[] path = {bar.open(), up ? bar.low() : bar.high(), up ? bar.high() : bar.low(), bar.close()};
            final long[] offsets = {0, intervalMs / 3, 2 * intervalMs / 3, intervalMs - 1};
            final long quarter = Math.max(instrument.qtyStep(), bar.volume() / 4 / instrument.qtyStep() * instrument.qtyStep());
            for (int k = 0; k < POINTS_PER_BAR; k++)
            {
                final int i = b * POINTS_PER_BAR + k;
                ts[i] = bar.openTimeMs() + offsets[k];
                price[i] = path[k];
                qty[i] = k < 3 ? quarter : Math.max(instrument.qtyStep(), bar.volume() - 3 * quarter);
                tickDirection[i] = direction(i);
                high[i] = k == 0 ? path[0] : Math.max(high[i - 1], path[k]);
                low[i] = k == 0 ? path[0] : Math.min(low[i - 1], path[k]);
                volume[i] = (k == 0 ? 0 : volume[i - 1]) + qty[i];
                turnover[i] = Math.addExact(k == 0 ? 0 : turnover[i - 1], Math.multiplyExact(path[k], qty[i]));
            }
        }
    }

    public static BarTape of(final SimInstrument instrument, final int intervalSeconds, final List<SimBar> bars)
    {
        return new BarTape(instrument, intervalSeconds, bars);
    }

    /** Reads a kline file (CSV or Bybit kline JSON, as {@code ./ringfire import klines} accepts). */
    public static BarTape load(final Path file, final SimInstrument instrument, final int intervalSeconds)
    {
        final List<SimBar> bars = new ArrayList<>();
        KlineFile.read(file, new ImportTarget(instrument.name(), 1, instrument.priceScale(), instrument.qtyScale(),
            intervalSeconds), false, (openTimeMs, open, high, low, close, volume, turnover) ->
            bars.add(new SimBar(openTimeMs, open, high, low, close, volume)));
        return of(instrument, intervalSeconds, bars);
    }

    /** Bybit's kline interval name for an interval in seconds: 1 .. 720 (minutes), D, W. */
    static String bybitInterval(final int seconds)
    {
        if (seconds == 86_400)
        {
            return "D";
        }
        if (seconds == 604_800)
        {
            return "W";
        }
        return switch (seconds / 60)
        {
            case 1, 3, 5, 15, 30, 60, 120, 240, 360, 720 -> {
                if (seconds % 60 != 0)
                {
                    throw new IllegalArgumentException("no Bybit kline interval of " + seconds + " s");
                }
                yield Integer.toString(seconds / 60);
            }
            default -> throw new IllegalArgumentException("no Bybit kline interval of " + seconds + " s");
        };
    }

    private byte direction(final int i)
    {
        if (i == 0)
        {
            return ZERO_PLUS;
        }
        if (price[i] > price[i - 1])
        {
            return PLUS;
        }
        if (price[i] < price[i - 1])
        {
            return MINUS;
        }
        return tickDirection[i - 1] == PLUS || tickDirection[i - 1] == ZERO_PLUS ? ZERO_PLUS : ZERO_MINUS;
    }

    public SimInstrument instrument()
    {
        return instrument;
    }

    public String symbol()
    {
        return instrument.name();
    }

    public int intervalSeconds()
    {
        return intervalSeconds;
    }

    /** Bybit's name of the bar interval, as in {@code kline.<name>.<symbol>}. */
    public String klineInterval()
    {
        return klineInterval;
    }

    public List<SimBar> bars()
    {
        return bars;
    }

    public int points()
    {
        return ts.length;
    }

    public long tsMs(final int i)
    {
        return ts[i];
    }

    public long price(final int i)
    {
        return price[i];
    }

    public long qty(final int i)
    {
        return qty[i];
    }

    byte tickDirection(final int i)
    {
        return tickDirection[i];
    }

    SimBar bar(final int i)
    {
        return bars.get(i / POINTS_PER_BAR);
    }

    boolean closesBar(final int i)
    {
        return i % POINTS_PER_BAR == POINTS_PER_BAR - 1;
    }

    long high(final int i)
    {
        return high[i];
    }

    long low(final int i)
    {
        return low[i];
    }

    long volume(final int i)
    {
        return volume[i];
    }

    long turnover(final int i)
    {
        return turnover[i];
    }
}
