package ringfire.engine.exit;

import ringfire.codecs.FixedMath;
import ringfire.codecs.sbe.PositionSide;
import ringfire.engine.market.InstrumentSpec;

import java.math.RoundingMode;

/**
 * The exit plan of one position: initial stop, take-profit, time-to-live, tiered trailing stop, pullback level,
 * partial exits and an optional invalidation rule. Prices and quantities are at the instrument's scales, PnL
 * figures are leverage-adjusted Ratios (see {@link LeveragedPnl}), times are epoch nanoseconds. Preallocate one
 * per symbol and {@link #open} it at each entry; evaluation is single-threaded and allocation-free.
 *
 * <p>Levels: every level is rounded to the tick so it is never more favourable than the exact one (long levels
 * down, short levels up). The protective level is the tightest of the initial stop (STOP_LOSS), the trailing stop
 * (TRAILING_STOP) and the pullback level (PULLBACK); on equal prices the earlier of these names wins.
 *
 * <p>{@link #onPrice} (trade, ticker): protective level reached (long: price ≤ level) → exit at the level; else
 * TTL (time ≥ entry + ttl) → at the price; else take-profit reached (long: price ≥ tp) → at the tp; else partial
 * levels reached → at the first of them. Then the peak and the levels are updated from the price.
 *
 * <p>{@link #onBar}, the bar assumed to go open → adverse extreme → favourable extreme → close:
 * <ol>
 * <li>protective level reached by the adverse extreme (low for a long, high for a short) → exit at the level, or at
 * the open when the bar opens beyond it (the tightest level is the one nearest the open);</li>
 * <li>TTL → exit at the close;</li>
 * <li>take-profit reached by the favourable extreme → exit at the take-profit (never at a better gap open);</li>
 * <li>peak, tier, trailing stop and pullback level updated from the favourable extreme;</li>
 * <li>the updated protective level reached by the close → exit at the level (the price passed it on its way from
 * the favourable extreme to the close);</li>
 * <li>invalidation rule true on the closed bar → exit at the close;</li>
 * <li>partial levels reached by the favourable extreme → partial exit at the first of them.</li>
 * </ol>
 * One evaluation gives at most one decision; a full exit outranks a partial one on the same bar (the whole remaining
 * quantity leaves at the full exit's price: conservative). The plan assumes its decision is carried out: a full
 * exit deactivates it, a partial one lowers {@link #remainingQty()}.
 */
public final class ExitPlan
{
    /** An absent price level (prices are positive). */
    public static final long NONE = 0;

    private final ExitSettings settings;
    private final long tickSize;
    private final long qtyStep;
    private final ProfitLock lock;
    private final PartialExits partials;
    private boolean active;
    private boolean isLong;
    private long entryPrice;
    private long originalQty;
    private long remainingQty;
    private int leverage;
    private long entryTimeNs;
    private long deadlineNs;
    private long initialStop;
    private long takeProfit;
    private InvalidationRule invalidation;
    private ExitCause protectiveCause;

    public ExitPlan(final ExitSettings settings, final long tickSize, final long qtyStep)
    {
        if (tickSize <= 0 || qtyStep <= 0)
        {
            throw new IllegalArgumentException("tick size and qty step must be positive");
        }
        this.settings = settings;
        this.tickSize = tickSize;
        this.qtyStep = qtyStep;
        this.lock = new ProfitLock(settings, tickSize);
        this.partials = new PartialExits(settings, tickSize, qtyStep);
    }

    public static ExitPlan forInstrument(final ExitSettings settings, final InstrumentSpec spec)
    {
        return new ExitPlan(settings, spec.tickSize(), spec.qtyStep());
    }

    /**
     * Starts the plan of a new position. {@code signalStop} / {@code signalTakeProfit} are the strategy's levels or
     * {@link #NONE}; without a signal stop it is entry ∓ stopAtrMultiple × {@code atr} (the stop distance rounded
     * UP, the stop then rounded to the tick away from the entry); a take-profit comes from the signal, else from
     * takeProfitAtrMultiple × {@code atr} when that setting is above 0. {@code atr} is {@link Atr#value()} at the
     * price scale, or {@link #NONE} when not ready. {@code invalidation} may be null. On any result but
     * {@link OpenResult#OPENED} the plan is inactive afterwards (a previous plan is dropped).
     */
    public OpenResult open(final PositionSide side, final long entryPrice, final long qty, final int leverage,
        final long entryTimeNs, final long signalStop, final long signalTakeProfit, final long atr,
        final InvalidationRule invalidation)
    {
        if ((side != PositionSide.LONG && side != PositionSide.SHORT) || entryPrice <= 0 || qty <= 0
            || qty % qtyStep != 0 || leverage < 1 || atr < 0)
        {
            throw new IllegalArgumentException("exit plan: bad position " + side + " entry=" + entryPrice
                + " qty=" + qty + " leverage=" + leverage + " atr=" + atr);
        }
        active = false;
        final boolean lng = side == PositionSide.LONG;
        final long stop;
        if (signalStop != NONE)
        {
            stop = LeveragedPnl.roundLevel(lng, signalStop, tickSize);
        }
        else if (atr > 0)
        {
            final long distance = FixedMath.mulRatio(atr, settings.stopAtrMultiple(), RoundingMode.CEILING);
            stop = LeveragedPnl.roundLevel(lng, lng ? entryPrice - distance : entryPrice + distance, tickSize);
        }
        else
        {
            return OpenResult.NO_STOP;
        }
        if (lng ? stop <= 0 || stop >= entryPrice : stop <= entryPrice)
        {
            return OpenResult.BAD_STOP;
        }
        long tp = NONE;
        if (signalTakeProfit != NONE)
        {
            tp = LeveragedPnl.roundLevel(lng, signalTakeProfit, tickSize);
        }
        else if (settings.takeProfitAtrMultiple() > 0 && atr > 0)
        {
            final long distance = FixedMath.mulRatio(atr, settings.takeProfitAtrMultiple(), RoundingMode.FLOOR);
            tp = LeveragedPnl.roundLevel(lng, lng ? entryPrice + distance : entryPrice - distance, tickSize);
        }
        if (tp != NONE && (lng ? tp <= entryPrice : tp >= entryPrice || tp <= 0))
        {
            return OpenResult.BAD_TAKE_PROFIT;
        }
        this.active = true;
        this.isLong = lng;
        this.entryPrice = entryPrice;
        this.originalQty = qty;
        this.remainingQty = qty;
        this.leverage = leverage;
        this.entryTimeNs = entryTimeNs;
        this.deadlineNs = Math.addExact(entryTimeNs, settings.ttlNs());
        this.initialStop = stop;
        this.takeProfit = tp;
        this.invalidation = invalidation;
        lock.reset(lng, entryPrice, leverage);
        partials.reset(lng, entryPrice, leverage, qty);
        return OpenResult.OPENED;
    }

    /** Evaluates a trade or ticker price; true when {@code out} holds an exit. See the class comment. */
    public boolean onPrice(final long price, final long timeNs, final ExitDecision out)
    {
        out.clear();
        if (!active)
        {
            return false;
        }
        final long level = protectiveLevel();
        if (adverse(price, level))
        {
            return exitAll(protectiveCause, level, out);
        }
        if (timeNs >= deadlineNs)
        {
            return exitAll(ExitCause.TTL, price, out);
        }
        if (takeProfit != NONE && favourable(price, takeProfit))
        {
            return exitAll(ExitCause.TAKE_PROFIT, takeProfit, out);
        }
        final boolean partial = takePartial(price, out);
        if (active)
        {
            lock.update(price);
        }
        return partial;
    }

    /** Evaluates a closed bar; true when {@code out} holds an exit. See the class comment for the exact order. */
    public boolean onBar(final long open, final long high, final long low, final long close, final long timeNs,
        final ExitDecision out)
    {
        out.clear();
        if (!active)
        {
            return false;
        }
        final long adverseExtreme = isLong ? low : high;
        final long favourableExtreme = isLong ? high : low;
        long level = protectiveLevel();
        if (adverse(adverseExtreme, level))
        {
            return exitAll(protectiveCause, adverse(open, level) ? open : level, out);
        }
        if (timeNs >= deadlineNs)
        {
            return exitAll(ExitCause.TTL, close, out);
        }
        if (takeProfit != NONE && favourable(favourableExtreme, takeProfit))
        {
            return exitAll(ExitCause.TAKE_PROFIT, takeProfit, out);
        }
        lock.update(favourableExtreme);
        level = protectiveLevel();
        if (adverse(close, level))
        {
            return exitAll(protectiveCause, level, out);
        }
        if (invalidation != null && invalidation.isInvalid(open, high, low, close, timeNs))
        {
            return exitAll(ExitCause.INVALIDATED, close, out);
        }
        return takePartial(favourableExtreme, out);
    }

    /** Deactivates the plan after an exit decided elsewhere (strategy, operator, halt, liquidation). */
    public void close()
    {
        active = false;
        remainingQty = 0;
    }

    /**
     * The exit this plan decided (or a close requested elsewhere) was not carried out, e.g. blocked by the debug
     * switch: the plan stays in force for {@code qty} more, with its peak, tier and levels unchanged. A partial
     * level already taken is not taken again.
     */
    public void reinstate(final long qty)
    {
        if (qty <= 0)
        {
            throw new IllegalArgumentException("reinstate needs a positive qty, was " + qty);
        }
        remainingQty += qty;
        active = true;
    }

    private long protectiveLevel()
    {
        long level = initialStop;
        protectiveCause = ExitCause.STOP_LOSS;
        final long trailing = lock.trailingStop();
        if (trailing != NONE && strictlyTighter(trailing, level))
        {
            level = trailing;
            protectiveCause = ExitCause.TRAILING_STOP;
        }
        final long pullback = lock.pullbackLevel();
        if (pullback != NONE && strictlyTighter(pullback, level))
        {
            level = pullback;
            protectiveCause = ExitCause.PULLBACK;
        }
        return level;
    }

    private boolean strictlyTighter(final long a, final long b)
    {
        return isLong ? a > b : a < b;
    }

    private boolean adverse(final long price, final long level)
    {
        return isLong ? price <= level : price >= level;
    }

    private boolean favourable(final long price, final long level)
    {
        return isLong ? price >= level : price <= level;
    }

    private boolean exitAll(final ExitCause cause, final long price, final ExitDecision out)
    {
        out.set(cause, price, remainingQty, true);
        close();
        return true;
    }

    private boolean takePartial(final long price, final ExitDecision out)
    {
        final long qty = partials.take(price, remainingQty);
        if (qty == 0)
        {
            return false;
        }
        remainingQty -= qty;
        if (remainingQty == 0)
        {
            active = false;
        }
        out.set(ExitCause.PARTIAL, partials.fillPrice(), qty, remainingQty == 0);
        return true;
    }

    /** Leverage-adjusted PnL (Ratio, FLOOR) of this position at {@code price}. */
    public long pnlAt(final long price)
    {
        return LeveragedPnl.pnl(isLong, entryPrice, leverage, price);
    }

    public boolean isActive()
    {
        return active;
    }

    public boolean isLong()
    {
        return isLong;
    }

    public long entryPrice()
    {
        return entryPrice;
    }

    public long originalQty()
    {
        return originalQty;
    }

    public long remainingQty()
    {
        return remainingQty;
    }

    public int leverage()
    {
        return leverage;
    }

    public long entryTimeNs()
    {
        return entryTimeNs;
    }

    /** Entry time + ttl: TTL exits at or after this event time. */
    public long deadlineNs()
    {
        return deadlineNs;
    }

    public long initialStop()
    {
        return initialStop;
    }

    /** The take-profit price, or {@link #NONE}. */
    public long takeProfit()
    {
        return takeProfit;
    }

    /** The trailing stop price, or {@link #NONE} before tier 1 (or when trailing is disabled). */
    public long trailingStop()
    {
        return lock.trailingStop();
    }

    /** The pullback exit price, or {@link #NONE} before tier 1 (or when pullback is disabled). */
    public long pullbackLevel()
    {
        return lock.pullbackLevel();
    }

    /** The more protective of the initial stop and the trailing stop. */
    public long effectiveStop()
    {
        return lock.tighter(initialStop, lock.trailingStop());
    }

    /** Peak leverage-adjusted PnL seen (Ratio, at least 0). */
    public long peakPnl()
    {
        return lock.peakPnl();
    }

    /** The highest tier the peak reached, 0..3. */
    public int tier()
    {
        return lock.tier();
    }

    /** Partial levels done, 0..3 (0 when partials are disabled). */
    public int partialsDone()
    {
        return partials.done();
    }

    /** Price of partial level {@code i}, 1..3. */
    public long partialLevel(final int i)
    {
        return partials.level(i - 1);
    }

    /** Planned quantity of partial level {@code i}, 1..3 (level 3: the rest of the original qty). */
    public long partialQty(final int i)
    {
        return partials.qty(i - 1);
    }

    public long tickSize()
    {
        return tickSize;
    }

    public long qtyStep()
    {
        return qtyStep;
    }

    public ExitSettings settings()
    {
        return settings;
    }
}
