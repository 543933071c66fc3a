package ringfire.engine.strategy;

import ringfire.codecs.sbe.PositionSide;
import ringfire.engine.exit.InvalidationRule;

/**
 * A trading strategy for one symbol. It sees closed bars in time order and nothing else: no future bars, no
 * clock, no I/O. It must be deterministic; indicators update incrementally with a bounded history.
 */
public interface Strategy
{
    /** Called on each closed bar of the symbol; may emit one signal into {@code out}. */
    void onBar(ClosedBar bar, SignalOut out);

    /** The rule to attach to a new position's exit plan on {@code side}, or null for none. */
    default InvalidationRule invalidation(final PositionSide side)
    {
        return null;
    }
}
