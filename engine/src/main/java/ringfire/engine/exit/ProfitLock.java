package ringfire.engine.exit;

import ringfire.codecs.FixedMath;
import ringfire.codecs.Scales;

import java.math.RoundingMode;

/**
 * The profit-protecting part of an exit plan: peak leverage-adjusted PnL, the tier it reached, the trailing stop and
 * the pullback level. Levels only ratchet in the position's favour. {@link ExitPlan#NONE} (0) marks an unset level.
 */
final class ProfitLock
{
    private final ExitSettings settings;
    private final long tick;
    private boolean isLong;
    private long entry;
    private int leverage;
    private long peakPnl;
    private int tier;
    private long trailingStop;
    private long pullbackLevel;

    ProfitLock(final ExitSettings settings, final long tick)
    {
        this.settings = settings;
        this.tick = tick;
    }

    void reset(final boolean isLong, final long entry, final int leverage)
    {
        this.isLong = isLong;
        this.entry = entry;
        this.leverage = leverage;
        peakPnl = 0;
        tier = 0;
        trailingStop = ExitPlan.NONE;
        pullbackLevel = ExitPlan.NONE;
    }

    /** Raises the peak from a favourable price and moves the levels with it. */
    void update(final long price)
    {
        final long pnl = LeveragedPnl.pnl(isLong, entry, leverage, price);
        if (pnl <= peakPnl)
        {
            return;
        }
        peakPnl = pnl;
        final int before = tier;
        while (tier < ExitSettings.TIERS && peakPnl >= settings.tierPeak(tier + 1))
        {
            tier++;
        }
        if (tier == 0)
        {
            return;
        }
        if (settings.trailingEnabled() && tier != before)
        {
            trailingStop = tighter(trailingStop, levelAt(settings.tierStop(tier)));
        }
        if (settings.pullbackEnabled())
        {
            final long keep = Scales.RATIO_ONE - settings.pullbackGiveBack();
            pullbackLevel = tighter(pullbackLevel, levelAt(FixedMath.mulRatio(peakPnl, keep, RoundingMode.FLOOR)));
        }
    }

    private long levelAt(final long pnl)
    {
        return LeveragedPnl.level(isLong, entry, leverage, pnl, tick);
    }

    /** The more protective of two levels (higher for a long, lower for a short); NONE loses. */
    long tighter(final long a, final long b)
    {
        if (a == ExitPlan.NONE)
        {
            return b;
        }
        if (b == ExitPlan.NONE)
        {
            return a;
        }
        return isLong ? Math.max(a, b) : Math.min(a, b);
    }

    long peakPnl()
    {
        return peakPnl;
    }

    int tier()
    {
        return tier;
    }

    long trailingStop()
    {
        return trailingStop;
    }

    long pullbackLevel()
    {
        return pullbackLevel;
    }
}
