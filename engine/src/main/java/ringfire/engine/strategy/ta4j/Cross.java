package ringfire.engine.strategy.ta4j;

/**
 * Detects a crossing from the sign of (a − b) bar by bar: UP when the sign turns positive after the last non-zero
 * sign was negative, DOWN in the mirror case. A bar where a equals b changes nothing (the cross is reported on the
 * first bar with the new strict sign).
 */
final class Cross
{
    static final int NONE = 0;
    static final int UP = 1;
    static final int DOWN = -1;

    private int lastSign;

    /** {@code sign} of a − b on this bar (−1, 0, 1); returns UP, DOWN or NONE. */
    int update(final int sign)
    {
        if (sign == 0)
        {
            return NONE;
        }
        final int previous = lastSign;
        lastSign = sign;
        if (previous != 0 && previous != sign)
        {
            return sign > 0 ? UP : DOWN;
        }
        return NONE;
    }
}
