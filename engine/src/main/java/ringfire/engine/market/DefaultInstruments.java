package ringfire.engine.market;

import ringfire.engine.settings.SettingsReader;
import ringfire.engine.settings.SettingsWriter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The built-in instrument table (Bybit linear perpetuals; check {@code /v5/market/instruments-info} before
 * trading: Bybit changes tick sizes, limits and margin tiers). {@code config/paper.yaml} carries the same
 * table so it can be edited; a test keeps the two equal. The maintenance margin rate is the lowest risk tier's.
 */
public final class DefaultInstruments
{
    //                                   id name       ps qs  tick  step  minQty minNotional maxLev mmr
    private static final String[][] TABLE = {
        {"1", "BTCUSDT", "2", "3", "0.10", "0.001", "0.001", "5", "100", "0.005"},
        {"2", "ETHUSDT", "2", "2", "0.01", "0.01", "0.01", "5", "100", "0.005"},
        {"3", "SOLUSDT", "3", "1", "0.010", "0.1", "0.1", "5", "100", "0.01"},
        {"4", "XRPUSDT", "4", "0", "0.0001", "1", "1", "5", "75", "0.01"},
        {"5", "BNBUSDT", "2", "2", "0.01", "0.01", "0.01", "5", "75", "0.01"},
    };

    private DefaultInstruments()
    {
    }

    /** The table as flat settings ({@code instruments.<NAME>.<key>}). */
    public static Map<String, String> settings()
    {
        final Map<String, String> map = new TreeMap<>();
        for (final String[] row : TABLE)
        {
            final String p = "instruments." + row[1] + ".";
            map.put(p + "id", row[0]);
            map.put(p + "priceScale", row[2]);
            map.put(p + "qtyScale", row[3]);
            map.put(p + "tickSize", row[4]);
            map.put(p + "qtyStep", row[5]);
            map.put(p + "minQty", row[6]);
            map.put(p + "minNotional", row[7]);
            map.put(p + "maxLeverage", row[8]);
            map.put(p + "maintenanceMarginRate", row[9]);
        }
        return map;
    }

    /** Reads every {@code instruments.*} entry; ids must be unique. */
    public static List<InstrumentSpec> read(final SettingsReader r)
    {
        final List<InstrumentSpec> specs = new ArrayList<>();
        final boolean[] ids = new boolean[Symbols.MAX_SYMBOLS];
        for (final String name : r.children("instruments"))
        {
            if (!name.matches("[A-Z0-9]{2,20}"))
            {
                throw new IllegalArgumentException("instruments." + name + ": symbol names are 2-20 upper-case letters or digits");
            }
            final InstrumentSpec spec = InstrumentSpec.read(r, name);
            if (ids[spec.id()])
            {
                throw new IllegalArgumentException("instruments." + name + ".id: " + spec.id() + " is used by another instrument");
            }
            ids[spec.id()] = true;
            specs.add(spec);
        }
        return specs;
    }

    public static void write(final List<InstrumentSpec> specs, final SettingsWriter w)
    {
        specs.forEach(s -> s.write(w));
    }
}
