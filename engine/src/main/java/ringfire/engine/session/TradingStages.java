package ringfire.engine.session;

import ringfire.engine.execution.ExecutionHandler;
import ringfire.engine.exit.ExitPlanHandler;
import ringfire.engine.market.Symbols;
import ringfire.engine.pipeline.Stages;
import ringfire.engine.risk.RiskHandler;
import ringfire.engine.settings.EngineSettings;
import ringfire.engine.strategy.StrategyHandler;

/** Builds the decision stages from settings: the one place the trading handlers are wired to each other. */
public final class TradingStages
{
    private TradingStages()
    {
    }

    public static Stages create(final EngineSettings settings)
    {
        final Symbols symbols = new Symbols();
        final RiskHandler risk = new RiskHandler(symbols);
        return new Stages(
            risk,
            new ExitPlanHandler(),
            new StrategyHandler(settings.strategy()),
            new ExecutionHandler(risk, symbols, settings.execution()));
    }
}
