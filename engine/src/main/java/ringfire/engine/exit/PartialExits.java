package ringfire.engine.exit;

import ringfire.codecs.FixedMath;

import java.math.RoundingMode;

/**
 * Partial take-profits: three price levels (from the leverage-adjusted PnL levels of {@link ExitSettings}) and the
 * quantity each one exits: level 1 and 2 exit their fraction of the ORIGINAL qty, rounded DOWN and then down to the
 * qty step; level 3 exits whatever remains. A level whose quantity rounds to zero is marked done without an exit.
 */
final class PartialExits
{
    private final ExitSettings settings;
    private final long tick;
    private final long qtyStep;
    private final long[] levels = new long[ExitSettings.PARTIALS];
    private final long[] qtys = new long[ExitSettings.PARTIALS];
    private boolean isLong;
    private int done;
    private long fillPrice;

    PartialExits(final ExitSettings settings, final long tick, final long qtyStep)
    {
        this.settings = settings;
        this.tick = tick;
        this.qtyStep = qtyStep;
    }

    void reset(final boolean isLong, final long entry, final int leverage, final long qty)
    {
        this.isLong = isLong;
        done = settings.partialsEnabled() ? 0 : ExitSettings.PARTIALS;
        fillPrice = ExitPlan.NONE;
        for (int i = 0; i < ExitSettings.PARTIALS; i++)
        {
            levels[i] = LeveragedPnl.level(isLong, entry, leverage, settings.partialPnl(i + 1), tick);
        }
        qtys[0] = stepDown(qty, settings.partial1Fraction());
        qtys[1] = stepDown(qty, settings.partial2Fraction());
        qtys[2] = qty - qtys[0] - qtys[1];
    }

    private long stepDown(final long qty, final long fraction)
    {
        return FixedMath.floorToStep(FixedMath.mulRatio(qty, fraction, RoundingMode.DOWN), qtyStep);
    }

    /**
     * Marks done every pending level that {@code price} reached and returns the quantity they exit (at most
     * {@code remaining}; all of it once the last level is reached), or 0. Several levels reached at once exit
     * together at the first of them ({@link #fillPrice()}), the least favourable: conservative.
     */
    long take(final long price, final long remaining)
    {
        final int first = done;
        while (done < ExitSettings.PARTIALS && (isLong ? price >= levels[done] : price <= levels[done]))
        {
            done++;
        }
        if (done == first)
        {
            return 0;
        }
        fillPrice = levels[first];
        if (done == ExitSettings.PARTIALS)
        {
            return remaining;
        }
        long qty = 0;
        for (int i = first; i < done; i++)
        {
            qty += qtys[i];
        }
        return Math.min(qty, remaining);
    }

    long fillPrice()
    {
        return fillPrice;
    }

    /** Levels done, 0..3 (3 when partials are disabled). */
    int done()
    {
        return settings.partialsEnabled() ? done : 0;
    }

    long level(final int i)
    {
        return levels[i];
    }

    long qty(final int i)
    {
        return qtys[i];
    }
}
