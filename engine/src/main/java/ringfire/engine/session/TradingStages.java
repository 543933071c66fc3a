package ringfire.engine.session;

import ringfire.engine.account.Ledger;
import ringfire.engine.decisions.DecisionLog;
import ringfire.engine.execution.AccountBook;
import ringfire.engine.execution.ExecutionHandler;
import ringfire.engine.execution.OrderGate;
import ringfire.engine.execution.paper.PaperBroker;
import ringfire.engine.execution.paper.PaperInstruments;
import ringfire.engine.exit.Atr;
import ringfire.engine.exit.ExitPlan;
import ringfire.engine.exit.ExitPlanHandler;
import ringfire.engine.market.InstrumentSpec;
import ringfire.engine.market.Symbols;
import ringfire.engine.pipeline.EngineEvent;
import ringfire.engine.pipeline.Faults;
import ringfire.engine.pipeline.Stage;
import ringfire.engine.pipeline.Stages;
import ringfire.engine.risk.Breakers;
import ringfire.engine.risk.PreTradeCheck;
import ringfire.engine.risk.ReturnCorrelation;
import ringfire.engine.risk.RiskHandler;
import ringfire.engine.risk.RiskLimits;
import ringfire.engine.settings.EngineSettings;
import ringfire.engine.strategy.StrategyHandler;

/**
 * Builds the decision stages from settings: the one place the trading core is wired together. Per-symbol state
 * (exit plans, ATR) exists for configured instruments only; everything is allocated here, once.
 */
public final class TradingStages
{
    private TradingStages()
    {
    }

    /** A recording session's stages: they decide nothing, so its journal holds inputs only. */
    private static final Stage IDLE = new Stage()
    {
        @Override
        public void onEvent(final EngineEvent event)
        {
        }

        @Override
        public String name()
        {
            return "idle";
        }
    };

    public static Stages create(final EngineSettings settings)
    {
        return create(settings, null, null);
    }

    /**
     * The stages with {@code observer} (null for none) called after the execution stage on every event the stages
     * handled; its exceptions are recorded in {@code faults} as stage {@code view}. Without an observer the
     * stages are exactly those of {@link #create(EngineSettings)}.
     */
    public static Stages create(final EngineSettings settings, final TradingObserver observer, final Faults faults)
    {
        if (!settings.execution().trading())
        {
            return new Stages(IDLE, IDLE, IDLE, IDLE);
        }
        final InstrumentSpec[] specs = settings.instruments().toArray(InstrumentSpec[]::new);
        final Symbols symbols = new Symbols();
        final Ledger ledger = new Ledger(settings.account(), specs);
        final ExitPlan[] plans = new ExitPlan[Symbols.MAX_SYMBOLS];
        final Atr[] atrs = new Atr[Symbols.MAX_SYMBOLS];
        for (final InstrumentSpec spec : specs)
        {
            plans[spec.id()] = ExitPlan.forInstrument(settings.exits(), spec);
            atrs[spec.id()] = new Atr();
        }
        final DecisionLog log = new DecisionLog();
        final StrategyHandler strategy = new StrategyHandler(settings.strategy(), settings.instruments());
        final AccountBook book = new AccountBook(ledger, plans, atrs, strategy, settings.execution().exitPlans(), log);
        final PaperBroker broker = new PaperBroker(settings.paper(), new PaperInstruments(specs), book, book,
            PaperBroker.DEFAULT_CAPACITY);
        final OrderGate gate = new OrderGate(broker, log);
        book.gate(gate);
        final Breakers breakers = new Breakers(settings.risk());
        final ReturnCorrelation correlation = new ReturnCorrelation(settings.risk().correlationBars());
        final PreTradeCheck check = new PreTradeCheck(settings.risk(), breakers, correlation);
        final RiskHandler risk = new RiskHandler(symbols, ledger, breakers, broker, book, gate, atrs, correlation,
            settings.execution().riskChecks(), new RiskLimits(settings.risk(), breakers, check), log);
        final Stage execution = new ExecutionHandler(ledger, risk.account(), check, settings.risk(),
            settings.execution(), plans, atrs, book, gate, log);
        return new Stages(
            risk,
            new ExitPlanHandler(plans, ledger, gate, log),
            strategy,
            observer == null ? execution : new Observed(execution, observer,
                new TradingCore(settings, ledger, breakers, broker, plans), faults));
    }

    /** The execution stage, then the observer; the observer's exceptions never undo the stage's decisions. */
    private record Observed(Stage execution, TradingObserver observer, TradingCore core, Faults faults) implements Stage
    {
        @Override
        public void onEvent(final EngineEvent event)
        {
            execution.onEvent(event);
            try
            {
                observer.afterEvent(event, core);
            }
            catch (final RuntimeException e)
            {
                faults.record("view", event.sequence(), e);
            }
        }

        @Override
        public String name()
        {
            return execution.name();
        }
    }
}
