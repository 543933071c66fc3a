package ringfire.engine.exit;

import ringfire.codecs.sbe.PositionSide;

/** Where a new position's exit plan gets the invalidation rule its strategy attaches (null: none). */
@FunctionalInterface
public interface InvalidationRules
{
    InvalidationRules NONE = (symbolId, side) -> null;

    InvalidationRule ruleFor(int symbolId, PositionSide side);
}
