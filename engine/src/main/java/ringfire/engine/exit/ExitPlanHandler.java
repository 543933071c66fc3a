package ringfire.engine.exit;

import ringfire.engine.pipeline.EngineEvent;
import ringfire.engine.pipeline.Stage;

/**
 * Exit-plan stage: its place in the pipeline, between risk and strategy, so that exits are decided before new
 * entries on the same event. Positions and their exit plans (stop, target, time-to-live, trailing stops) arrive
 * with the trading core; until then no position exists and it decides nothing.
 */
public final class ExitPlanHandler implements Stage
{
    @Override
    public void onEvent(final EngineEvent event)
    {
    }

    @Override
    public String name()
    {
        return "exit-plan";
    }
}
