package ringfire.engine.risk;

import ringfire.codecs.sbe.PositionSide;
import ringfire.codecs.sbe.RiskReason;
import ringfire.codecs.sbe.Side;
import ringfire.codecs.sbe.TradingState;
import ringfire.engine.market.InstrumentSpec;
import ringfire.engine.market.Symbols;

/**
 * Pre-trade check of a new entry; exits never come here. Reads the breakers, the account and the return
 * correlations without changing them (call {@link Breakers#evaluate} first so that changes are journaled).
 * Rules in order, the first failure rejecting (detail in brackets):
 * <ol>
 * <li>debug switch: DEBUG_BLOCK [0]; state PAUSED or HALTED: TRADING_STATE [state value];</li>
 * <li>drawdown >= {@code drawdownPause}: DRAWDOWN [drawdown, Ratio];</li>
 * <li>daily-loss block set or loss reached: DAILY_LOSS [−dayPnl, Money]; entries today >=
 * {@code maxEntriesPerDay}: DAILY_ENTRIES [entries today];</li>
 * <li>a new position (symbol flat) when open positions >= max(1, floor(equity / positionsPerEquity)):
 * MAX_POSITIONS [open positions]; leverage outside 1..min({@code leverage}, instrument max): LEVERAGE
 * [leverage];</li>
 * <li>sizing, see {@link Sizing};</li>
 * <li>stop at or beyond the estimated liquidation price (see {@link Liquidation}): LIQUIDATION [liquidation
 * price];</li>
 * <li>correlation guard (when enabled): an open position on the same side in another symbol whose return
 * correlation with this one (Ratio, rounded down) exceeds {@code correlation.threshold}: CORRELATION
 * [correlation, Ratio]; unknown correlations never reject. Symbols are scanned in ascending id.</li>
 * </ol>
 * Allocation-free.
 */
public final class PreTradeCheck
{
    private RiskSettings settings;
    private final Breakers breakers;
    private final ReturnCorrelation correlation;
    private final Sizing sizing;

    public PreTradeCheck(final RiskSettings settings, final Breakers breakers, final ReturnCorrelation correlation)
    {
        if (correlation.bars() != settings.correlationBars())
        {
            throw new IllegalArgumentException("risk.correlation.bars: the correlation window holds "
                + correlation.bars() + " bars, settings say " + settings.correlationBars());
        }
        this.settings = settings;
        this.breakers = breakers;
        this.correlation = correlation;
        this.sizing = new Sizing(settings);
    }

    /** Uses {@code next} from now on (a run-time setting change, see {@link RiskLimits}). */
    void settings(final RiskSettings next)
    {
        if (next.correlationBars() != correlation.bars())
        {
            throw new IllegalStateException("risk.correlation.bars cannot change at run time");
        }
        settings = next;
        sizing.settings(next);
    }

    public Sizing sizing()
    {
        return sizing;
    }

    /** Checks {@code request}; the outcome is in {@code out}. Returns {@code out.accepted()}. */
    public boolean check(final EntryRequest request, final AccountView account, final RiskDecision out)
    {
        out.reset();
        if (breakers.debugBlock())
        {
            return out.reject(RiskReason.DEBUG_BLOCK, 0);
        }
        if (breakers.state() != TradingState.RUNNING)
        {
            return out.reject(RiskReason.TRADING_STATE, breakers.state().value());
        }
        final long drawdown = account.drawdown();
        if (drawdown >= settings.drawdownPause())
        {
            return out.reject(RiskReason.DRAWDOWN, drawdown);
        }
        if (breakers.dailyLossBlocked() || breakers.dailyLossReached(account))
        {
            return out.reject(RiskReason.DAILY_LOSS, -account.dayPnl());
        }
        if (account.entriesToday() >= settings.maxEntriesPerDay())
        {
            return out.reject(RiskReason.DAILY_ENTRIES, account.entriesToday());
        }
        final InstrumentSpec spec = request.instrument();
        final int symbolId = spec.id();
        if (account.positionSide(symbolId) == PositionSide.FLAT && account.openPositions() >= maxPositions(account))
        {
            return out.reject(RiskReason.MAX_POSITIONS, account.openPositions());
        }
        final int leverage = request.leverage();
        if (leverage < 1 || leverage > settings.leverage() || leverage > spec.maxLeverage())
        {
            return out.reject(RiskReason.LEVERAGE, leverage);
        }
        if (!sizing.size(request, account, out))
        {
            return false;
        }
        final boolean isLong = request.side() == Side.BUY;
        final long entry = request.entryPrice();
        final long mmr = spec.maintenanceMarginRate();
        final long liquidation = isLong
            ? Liquidation.longPrice(entry, leverage, mmr) : Liquidation.shortPrice(entry, leverage, mmr);
        out.liquidationPrice(liquidation);
        if (isLong ? Liquidation.longStopBeyond(out.stopPrice(), liquidation)
            : Liquidation.shortStopBeyond(out.stopPrice(), liquidation))
        {
            return out.reject(RiskReason.LIQUIDATION, liquidation);
        }
        return !settings.correlationEnabled() || correlationAllows(symbolId, isLong, account, out);
    }

    /** max(1, floor(equity / positionsPerEquity)). */
    public int maxPositions(final AccountView account)
    {
        final long equity = account.equity();
        final long n = equity <= 0 ? 0 : equity / settings.positionsPerEquity();
        return (int)Math.max(1, Math.min(n, Integer.MAX_VALUE));
    }

    private boolean correlationAllows(
        final int symbolId, final boolean isLong, final AccountView account, final RiskDecision out)
    {
        final PositionSide same = isLong ? PositionSide.LONG : PositionSide.SHORT;
        final int open = account.openPositions();
        int seen = 0;
        for (int other = 1; other < Symbols.MAX_SYMBOLS && seen < open; other++)
        {
            final PositionSide side = account.positionSide(other);
            if (side == PositionSide.FLAT || side == null || side == PositionSide.NULL_VAL)
            {
                continue;
            }
            seen++;
            if (other == symbolId || side != same)
            {
                continue;
            }
            final long c = correlation.correlationRatio(symbolId, other);
            if (c != ReturnCorrelation.UNKNOWN && c > settings.correlationThreshold())
            {
                out.correlatedSymbolId(other);
                return out.reject(RiskReason.CORRELATION, c);
            }
        }
        return true;
    }
}
