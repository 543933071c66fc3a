package ringfire.engine.execution;

import ringfire.codecs.sbe.OrderPurpose;
import ringfire.codecs.sbe.OrderType;
import ringfire.codecs.sbe.RiskReason;
import ringfire.codecs.sbe.Side;
import ringfire.engine.decisions.DecisionLog;
import ringfire.engine.execution.paper.OrderReason;
import ringfire.engine.execution.paper.PaperBroker;
import ringfire.engine.execution.paper.PaperOrderType;
import ringfire.engine.pipeline.Decisions;
import ringfire.engine.pipeline.EngineEvent;

/**
 * The execution boundary: every order the engine sends passes here. It gives each order its client order id
 * ({@code input sequence * 64 + n}), journals it, and hands it to the broker; with the debug switch on it
 * blocks every order instead and journals each one as a DEBUG_BLOCK rejection.
 */
public final class OrderGate
{
    public static final long BLOCKED = -1;

    private final PaperBroker broker;
    private final DecisionLog log;
    private boolean debugBlock;
    private long sequence = Long.MIN_VALUE;
    private int next;

    public OrderGate(final PaperBroker broker, final DecisionLog log)
    {
        this.broker = broker;
        this.log = log;
    }

    public void debugBlock(final boolean on)
    {
        debugBlock = on;
    }

    public boolean isDebugBlocking()
    {
        return debugBlock;
    }

    private long nextId()
    {
        final EngineEvent event = log.event();
        if (event.sequence() != sequence)
        {
            sequence = event.sequence();
            next = 0;
        }
        if (next == Decisions.MAX_DECISIONS)
        {
            throw new IllegalStateException("more than " + Decisions.MAX_DECISIONS + " orders for sequence " + sequence);
        }
        return sequence * Decisions.MAX_DECISIONS + next++;
    }

    private boolean blocked(final int symbolId, final Side side, final long qty, final long detail)
    {
        if (debugBlock)
        {
            log.reject(symbolId, side, RiskReason.DEBUG_BLOCK, qty, detail);
            return true;
        }
        return false;
    }

    /** A market entry; fills at the next price. Returns its client order id or {@link #BLOCKED}. */
    public long enter(final int symbolId, final Side side, final long qty, final long timeNs)
    {
        if (blocked(symbolId, side, qty, 0))
        {
            return BLOCKED;
        }
        final long id = nextId();
        log.order(id, symbolId, side, OrderPurpose.ENTRY, OrderType.MARKET, 0, qty);
        return submitted(broker.submit(id, symbolId, side, PaperOrderType.MARKET, 0, qty, false, timeNs),
            id, symbolId, side, qty);
    }

    /** A reduce-only market exit; fills at the next price. {@code reasonCode} is journaled if blocked. */
    public long exitAtMarket(final int symbolId, final Side side, final long qty, final int reasonCode, final long timeNs)
    {
        if (blocked(symbolId, side, qty, reasonCode))
        {
            return BLOCKED;
        }
        final long id = nextId();
        log.order(id, symbolId, side, OrderPurpose.EXIT, OrderType.MARKET, 0, qty);
        return submitted(broker.submit(id, symbolId, side, PaperOrderType.MARKET, 0, qty, true, timeNs),
            id, symbolId, side, qty);
    }

    /** An exit the plan triggered at a price level: a touched stop, filled now at the level with slippage. */
    public long exitAtLevel(final int symbolId, final Side side, final long qty, final long price, final int reasonCode,
        final long timeNs)
    {
        if (blocked(symbolId, side, qty, reasonCode))
        {
            return BLOCKED;
        }
        final long id = nextId();
        log.order(id, symbolId, side, OrderPurpose.EXIT, OrderType.MARKET, price, qty);
        broker.fillAt(id, symbolId, side, qty, price, timeNs);
        return id;
    }

    /** Forced close at the liquidation price; never blocked (the exchange would do it regardless). */
    public long liquidate(final int symbolId, final Side side, final long qty, final long price, final long timeNs)
    {
        final long id = nextId();
        log.order(id, symbolId, side, OrderPurpose.EXIT, OrderType.MARKET, price, qty);
        broker.liquidate(id, symbolId, side, qty, price, timeNs);
        return id;
    }

    /** Cancels resting orders (all symbols when {@code symbolId} is 0); returns how many. Never blocked. */
    public int cancelAll(final int symbolId, final long timeNs)
    {
        return broker.cancelAll(symbolId, timeNs);
    }

    private long submitted(final OrderReason reason, final long id, final int symbolId, final Side side, final long qty)
    {
        if (reason != OrderReason.OK)
        {
            log.reject(symbolId, side, RiskReason.BROKER_REJECT, qty, reason.ordinal());
            return BLOCKED;
        }
        return id;
    }
}
