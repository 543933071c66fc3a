package ringfire.engine.risk;

import ringfire.codecs.Scales;
import ringfire.engine.settings.SettingsReader;
import ringfire.engine.settings.SettingsWriter;

import java.util.Map;

/**
 * Pre-trade risk settings, section {@code risk.}. Fractions are Ratios (10^-8, 0.15 = 15 000 000), amounts are
 * Money (10^-8 USDT), {@code stopAtrMultiple} is a Ratio-scaled multiplier (2 = 200 000 000).
 *
 * <p>Keys and defaults: {@code risk.drawdownPause=0.15}, {@code risk.drawdownHalt=0.20},
 * {@code risk.dailyLossLimit=0.05}, {@code risk.maxEntriesPerDay=20}, {@code risk.maxPositionNotional=0.20}
 * (of equity x leverage), {@code risk.maxSymbolExposure=0.20} (of equity), {@code risk.positionsPerEquity=100}
 * (USDT of equity per concurrent position), {@code risk.minPositionFraction=0.01} (of equity),
 * {@code risk.leverage=1}, {@code risk.sizing.lowBalance=10000}, {@code risk.sizing.highBalance=100000},
 * {@code risk.sizing.riskAtLowBalance=0.02}, {@code risk.sizing.riskAtHighBalance=0.005},
 * {@code risk.sizing.decayBase=0.25}, {@code risk.sizing.minConfidence=0.55},
 * {@code risk.sizing.stopAtrMultiple=2}, {@code risk.correlation.enabled=true},
 * {@code risk.correlation.threshold=0.8}, {@code risk.correlation.bars=100}.
 */
public record RiskSettings(
    long drawdownPause,
    long drawdownHalt,
    long dailyLossLimit,
    int maxEntriesPerDay,
    long maxPositionNotional,
    long maxSymbolExposure,
    long positionsPerEquity,
    long minPositionFraction,
    int leverage,
    long lowBalance,
    long highBalance,
    long riskAtLowBalance,
    long riskAtHighBalance,
    long decayBase,
    long minConfidence,
    long stopAtrMultiple,
    boolean correlationEnabled,
    long correlationThreshold,
    int correlationBars)
{
    public static final String PREFIX = "risk.";

    public RiskSettings
    {
        if (drawdownPause > drawdownHalt)
        {
            throw new IllegalArgumentException("risk.drawdownPause: must not exceed risk.drawdownHalt");
        }
        if (lowBalance >= highBalance)
        {
            throw new IllegalArgumentException("risk.sizing.highBalance: must exceed risk.sizing.lowBalance");
        }
        if (riskAtHighBalance > riskAtLowBalance)
        {
            throw new IllegalArgumentException(
                "risk.sizing.riskAtHighBalance: must not exceed risk.sizing.riskAtLowBalance");
        }
        if (decayBase <= 0 || minConfidence < 0 || minConfidence >= Scales.RATIO_ONE
            || leverage < 1 || correlationBars < 2 || positionsPerEquity <= 0 || stopAtrMultiple <= 0)
        {
            throw new IllegalArgumentException("risk: decayBase > 0, 0 <= minConfidence < 1, leverage >= 1, "
                + "correlation.bars >= 2, positionsPerEquity > 0 and stopAtrMultiple > 0 are required");
        }
    }

    /**
     * Why {@code key} cannot change while the engine runs (a {@code SettingChange} input), or null when it can.
     * {@code risk.leverage}: positions keep the leverage they were opened with and entries set it per symbol, so a
     * change would apply to some positions and not others; {@code risk.correlation.bars}: the return-correlation
     * window is allocated at start. Every other {@code risk.*} key applies from the next event on.
     */
    public static String runTimeRefusal(final String key)
    {
        return switch (key)
        {
            case PREFIX + "leverage" ->
                "risk.leverage cannot change at run time (open positions keep theirs); change the configuration and restart";
            case PREFIX + "correlation.bars" ->
                "risk.correlation.bars cannot change at run time (the correlation window is sized at start); "
                    + "change the configuration and restart";
            default -> null;
        };
    }

    /** The defaults listed above. */
    public static RiskSettings defaults()
    {
        return read(new SettingsReader(Map.of()));
    }

    /** Reads {@code risk.*}, range-checking every key. */
    public static RiskSettings read(final SettingsReader r)
    {
        final String p = PREFIX;
        return new RiskSettings(
            r.ratio(p + "drawdownPause", "0.15", "0.00000001", "1"),
            r.ratio(p + "drawdownHalt", "0.20", "0.00000001", "1"),
            r.ratio(p + "dailyLossLimit", "0.05", "0.00000001", "1"),
            r.integer(p + "maxEntriesPerDay", 20, 0, 1_000_000),
            r.ratio(p + "maxPositionNotional", "0.20", "0", "1"),
            r.ratio(p + "maxSymbolExposure", "0.20", "0", "200"),
            r.money(p + "positionsPerEquity", "100", "0.00000001", "1000000000"),
            r.ratio(p + "minPositionFraction", "0.01", "0", "1"),
            r.integer(p + "leverage", 1, 1, 200),
            r.money(p + "sizing.lowBalance", "10000", "0", "1000000000"),
            r.money(p + "sizing.highBalance", "100000", "0.00000001", "1000000000"),
            r.ratio(p + "sizing.riskAtLowBalance", "0.02", "0", "1"),
            r.ratio(p + "sizing.riskAtHighBalance", "0.005", "0", "1"),
            r.ratio(p + "sizing.decayBase", "0.25", "0.00000001", "1"),
            r.ratio(p + "sizing.minConfidence", "0.55", "0", "0.99999999"),
            r.ratio(p + "sizing.stopAtrMultiple", "2", "0.00000001", "1000"),
            r.flag(p + "correlation.enabled", true),
            r.ratio(p + "correlation.threshold", "0.8", "-1", "1"),
            r.integer(p + "correlation.bars", 100, 2, 10_000));
    }

    /** Writes every key so that {@code read(write(x)).equals(x)}. */
    public void write(final SettingsWriter w)
    {
        final String p = PREFIX;
        w.ratio(p + "drawdownPause", drawdownPause)
            .ratio(p + "drawdownHalt", drawdownHalt)
            .ratio(p + "dailyLossLimit", dailyLossLimit)
            .integer(p + "maxEntriesPerDay", maxEntriesPerDay)
            .ratio(p + "maxPositionNotional", maxPositionNotional)
            .ratio(p + "maxSymbolExposure", maxSymbolExposure)
            .money(p + "positionsPerEquity", positionsPerEquity)
            .ratio(p + "minPositionFraction", minPositionFraction)
            .integer(p + "leverage", leverage)
            .money(p + "sizing.lowBalance", lowBalance)
            .money(p + "sizing.highBalance", highBalance)
            .ratio(p + "sizing.riskAtLowBalance", riskAtLowBalance)
            .ratio(p + "sizing.riskAtHighBalance", riskAtHighBalance)
            .ratio(p + "sizing.decayBase", decayBase)
            .ratio(p + "sizing.minConfidence", minConfidence)
            .ratio(p + "sizing.stopAtrMultiple", stopAtrMultiple)
            .flag(p + "correlation.enabled", correlationEnabled)
            .ratio(p + "correlation.threshold", correlationThreshold)
            .integer(p + "correlation.bars", correlationBars);
    }
}
