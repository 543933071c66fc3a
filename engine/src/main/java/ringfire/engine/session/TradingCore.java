package ringfire.engine.session;

import ringfire.engine.account.Ledger;
import ringfire.engine.execution.paper.PaperBroker;
import ringfire.engine.exit.ExitPlan;
import ringfire.engine.market.InstrumentSpec;
import ringfire.engine.risk.Breakers;
import ringfire.engine.settings.EngineSettings;

import java.util.List;

/**
 * The trading core's state, for a {@link TradingObserver} to read on the pipeline thread: the ledger (balance,
 * positions, marks, day), the breakers (trading state, soft blocks, debug switch), the paper broker's open
 * orders and the exit plans. Read only: an observer never calls a method that changes any of them.
 */
public final class TradingCore
{
    private final EngineSettings settings;
    private final Ledger ledger;
    private final Breakers breakers;
    private final PaperBroker broker;
    private final ExitPlan[] plans;

    TradingCore(final EngineSettings settings, final Ledger ledger, final Breakers breakers, final PaperBroker broker,
        final ExitPlan[] plans)
    {
        this.settings = settings;
        this.ledger = ledger;
        this.breakers = breakers;
        this.broker = broker;
        this.plans = plans;
    }

    public EngineSettings settings()
    {
        return settings;
    }

    /** The configured instruments, in the settings' order. */
    public List<InstrumentSpec> instruments()
    {
        return settings.instruments();
    }

    public Ledger ledger()
    {
        return ledger;
    }

    public Breakers breakers()
    {
        return breakers;
    }

    public PaperBroker broker()
    {
        return broker;
    }

    /** The exit plan of a configured instrument (inactive while its position is flat). */
    public ExitPlan plan(final int symbolId)
    {
        return plans[symbolId];
    }
}
