package ringfire.engine.risk;

import ringfire.codecs.Decimals;
import ringfire.codecs.Scales;
import ringfire.engine.market.InstrumentSpec;
import ringfire.engine.settings.SettingsReader;

import java.util.HashMap;
import java.util.Map;

/** Shared test values. BTC: prices at 2 decimals (tick 0.10), qty at 3 (step and min 0.001), min notional 5. */
final class Fixtures
{
    static final int BTC_ID = 1;
    static final int ETH_ID = 2;

    private Fixtures()
    {
    }

    static long usd(final String text)
    {
        return Decimals.parseOrThrow(text, Scales.MONEY);
    }

    static long ratio(final String text)
    {
        return Decimals.parseOrThrow(text, Scales.RATIO);
    }

    /** A BTC price (2 decimals). */
    static long px(final String text)
    {
        return Decimals.parseOrThrow(text, 2);
    }

    /** A BTC quantity (3 decimals). */
    static long qty(final String text)
    {
        return Decimals.parseOrThrow(text, 3);
    }

    static InstrumentSpec btc()
    {
        return btc("0.001", "0.001", "5", 100);
    }

    static InstrumentSpec btc(
        final String qtyStep, final String minQty, final String minNotional, final int maxLeverage)
    {
        return new InstrumentSpec(BTC_ID, "BTCUSDT", 2, 3, px("0.10"), qty(qtyStep), qty(minQty), usd(minNotional),
            maxLeverage, ratio("0.005"));
    }

    /** Defaults with {@code key, value} pairs (keys without the {@code risk.} prefix) changed. */
    static RiskSettings settings(final String... keyValues)
    {
        final Map<String, String> map = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2)
        {
            map.put("risk." + keyValues[i], keyValues[i + 1]);
        }
        final SettingsReader reader = new SettingsReader(map);
        final RiskSettings settings = RiskSettings.read(reader);
        reader.requireAllUsed();
        return settings;
    }
}
