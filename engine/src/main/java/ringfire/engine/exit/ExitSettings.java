package ringfire.engine.exit;

import ringfire.codecs.Scales;
import ringfire.engine.settings.SettingsReader;
import ringfire.engine.settings.SettingsWriter;

import java.util.Map;

/**
 * Exit-plan parameters, section {@code exits.}. Every PnL figure is a leverage-adjusted PnL fraction and every
 * multiple or fraction is a Ratio at {@link Scales#RATIO} (0.08 = 8 % = 8_000_000); {@code ttlNs} is nanoseconds.
 *
 * <pre>
 * exits.stopAtrMultiple=2                      stop distance in ATRs when the signal gives no stop
 * exits.takeProfitAtrMultiple=0                take-profit distance in ATRs when the signal gives none; 0 = none
 * exits.ttl=36h                                exit at market once event time reaches entry time + ttl
 * exits.trailing.enabled=true
 * exits.trailing.tier{1,2,3}.peak / .stop      0.08/0.03, 0.15/0.08, 0.25/0.15: once the peak PnL reaches
 *                                              .peak, the trailing stop moves to the price at PnL .stop
 * exits.pullback.enabled=true
 * exits.pullback.giveBack=0.30                 once the peak reached tier 1, exit at PnL (1 - giveBack) x peak
 * exits.partials.enabled=false
 * exits.partials.level{1,2}.fraction / .pnl    0.33 at 0.02, 0.33 at 0.04 (fractions of the original qty)
 * exits.partials.level3.pnl=0.06               the rest
 * </pre>
 */
public record ExitSettings(
    long stopAtrMultiple,
    long takeProfitAtrMultiple,
    long ttlNs,
    boolean trailingEnabled,
    long tier1Peak,
    long tier1Stop,
    long tier2Peak,
    long tier2Stop,
    long tier3Peak,
    long tier3Stop,
    boolean pullbackEnabled,
    long pullbackGiveBack,
    boolean partialsEnabled,
    long partial1Fraction,
    long partial1Pnl,
    long partial2Fraction,
    long partial2Pnl,
    long partial3Pnl)
{
    public static final int TIERS = 3;
    public static final int PARTIALS = 3;

    public ExitSettings
    {
        require(stopAtrMultiple > 0, "exits.stopAtrMultiple: expected more than 0");
        require(takeProfitAtrMultiple >= 0, "exits.takeProfitAtrMultiple: expected 0 (none) or more");
        require(ttlNs > 0, "exits.ttl: expected a positive duration");
        require(tier1Peak > 0 && tier1Peak < tier2Peak && tier2Peak < tier3Peak,
            "exits.trailing.tier*.peak: expected 0 < tier1 < tier2 < tier3");
        require(tier1Stop >= 0 && tier1Stop < tier1Peak && tier2Stop < tier2Peak && tier3Stop < tier3Peak,
            "exits.trailing.tier*.stop: expected 0 <= stop < peak of the same tier");
        require(tier1Stop <= tier2Stop && tier2Stop <= tier3Stop,
            "exits.trailing.tier*.stop: expected tier1 <= tier2 <= tier3 (a trailing stop never loosens)");
        require(pullbackGiveBack >= 0 && pullbackGiveBack < Scales.RATIO_ONE,
            "exits.pullback.giveBack: expected 0 <= giveBack < 1");
        require(partial1Fraction > 0 && partial2Fraction > 0 && partial1Fraction + partial2Fraction < Scales.RATIO_ONE,
            "exits.partials.level*.fraction: expected fractions above 0 adding up to less than 1 (level3 takes the rest)");
        require(partial1Pnl > 0 && partial1Pnl < partial2Pnl && partial2Pnl < partial3Pnl,
            "exits.partials.level*.pnl: expected 0 < level1 < level2 < level3");
    }

    public static ExitSettings defaults()
    {
        return read(new SettingsReader(Map.of()));
    }

    public static ExitSettings read(final SettingsReader r)
    {
        return new ExitSettings(
            r.ratio("exits.stopAtrMultiple", "2", "0.01", "100"),
            r.ratio("exits.takeProfitAtrMultiple", "0", "0", "100"),
            r.durationNs("exits.ttl", "36h"),
            r.flag("exits.trailing.enabled", true),
            r.ratio("exits.trailing.tier1.peak", "0.08", "0", "100"),
            r.ratio("exits.trailing.tier1.stop", "0.03", "0", "100"),
            r.ratio("exits.trailing.tier2.peak", "0.15", "0", "100"),
            r.ratio("exits.trailing.tier2.stop", "0.08", "0", "100"),
            r.ratio("exits.trailing.tier3.peak", "0.25", "0", "100"),
            r.ratio("exits.trailing.tier3.stop", "0.15", "0", "100"),
            r.flag("exits.pullback.enabled", true),
            r.ratio("exits.pullback.giveBack", "0.30", "0", "1"),
            r.flag("exits.partials.enabled", false),
            r.ratio("exits.partials.level1.fraction", "0.33", "0", "1"),
            r.ratio("exits.partials.level1.pnl", "0.02", "0", "100"),
            r.ratio("exits.partials.level2.fraction", "0.33", "0", "1"),
            r.ratio("exits.partials.level2.pnl", "0.04", "0", "100"),
            r.ratio("exits.partials.level3.pnl", "0.06", "0", "100"));
    }

    public void write(final SettingsWriter w)
    {
        w.ratio("exits.stopAtrMultiple", stopAtrMultiple)
            .ratio("exits.takeProfitAtrMultiple", takeProfitAtrMultiple)
            .durationNs("exits.ttl", ttlNs)
            .flag("exits.trailing.enabled", trailingEnabled)
            .ratio("exits.trailing.tier1.peak", tier1Peak).ratio("exits.trailing.tier1.stop", tier1Stop)
            .ratio("exits.trailing.tier2.peak", tier2Peak).ratio("exits.trailing.tier2.stop", tier2Stop)
            .ratio("exits.trailing.tier3.peak", tier3Peak).ratio("exits.trailing.tier3.stop", tier3Stop)
            .flag("exits.pullback.enabled", pullbackEnabled)
            .ratio("exits.pullback.giveBack", pullbackGiveBack)
            .flag("exits.partials.enabled", partialsEnabled)
            .ratio("exits.partials.level1.fraction", partial1Fraction).ratio("exits.partials.level1.pnl", partial1Pnl)
            .ratio("exits.partials.level2.fraction", partial2Fraction).ratio("exits.partials.level2.pnl", partial2Pnl)
            .ratio("exits.partials.level3.pnl", partial3Pnl);
    }

    /** Peak PnL (Ratio) that activates tier {@code k}, 1..3. */
    public long tierPeak(final int k)
    {
        return switch (k)
        {
            case 1 -> tier1Peak;
            case 2 -> tier2Peak;
            case 3 -> tier3Peak;
            default -> throw new IllegalArgumentException("tier 1..3: " + k);
        };
    }

    /** Stop PnL (Ratio) of tier {@code k}, 1..3. */
    public long tierStop(final int k)
    {
        return switch (k)
        {
            case 1 -> tier1Stop;
            case 2 -> tier2Stop;
            case 3 -> tier3Stop;
            default -> throw new IllegalArgumentException("tier 1..3: " + k);
        };
    }

    /** PnL (Ratio) of partial level {@code i}, 1..3. */
    public long partialPnl(final int i)
    {
        return switch (i)
        {
            case 1 -> partial1Pnl;
            case 2 -> partial2Pnl;
            case 3 -> partial3Pnl;
            default -> throw new IllegalArgumentException("partial level 1..3: " + i);
        };
    }

    private static void require(final boolean condition, final String message)
    {
        if (!condition)
        {
            throw new IllegalArgumentException(message);
        }
    }
}
