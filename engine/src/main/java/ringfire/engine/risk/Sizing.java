package ringfire.engine.risk;

import ringfire.codecs.FixedMath;
import ringfire.codecs.Scales;
import ringfire.codecs.sbe.RiskReason;
import ringfire.codecs.sbe.Side;
import ringfire.engine.market.InstrumentSpec;

import java.math.RoundingMode;

/**
 * Position sizing for a new entry (pre-trade step 5). In order, the first failure rejecting:
 * <ol>
 * <li>confidence below {@code minConfidence}: CONFIDENCE (detail: confidence). Exactly {@code minConfidence}
 * passes with factor 0, so it sizes to 0 and fails MIN_QTY;</li>
 * <li>no entry price, a signal stop on the wrong side of the entry, or no stop and no ATR: NO_PRICE (detail:
 * the stop, or 0);</li>
 * <li>quantity = equity x r(balance) x factor / |entry − stop|, each product rounded DOWN, converted to the qty
 * scale rounding DOWN (saturating at Long.MAX_VALUE instead of overflowing); capped by
 * {@code maxPositionNotional x equity x leverage} and by {@code maxSymbolExposure x equity − exposure(symbol)}
 * (no room left: SYMBOL_EXPOSURE, detail: exposure); rounded DOWN to the qty step;</li>
 * <li>below min qty: MIN_QTY (detail: qty); notional (rounded DOWN) below min notional: MIN_NOTIONAL, below
 * {@code minPositionFraction x equity}: POSITION_TOO_SMALL (detail: notional, Money). When a cap reduced the
 * quantity and the uncapped quantity would have passed these three, the cap's reason is reported instead
 * (POSITION_NOTIONAL or SYMBOL_EXPOSURE, detail: the capped qty).</li>
 * </ol>
 * The stop used is the signal's, else entry ∓ {@code stopAtrMultiple x ATR} (distance rounded UP, price moved
 * away from the entry to the tick grid). Allocation-free.
 */
public final class Sizing
{
    private RiskSettings settings;
    private RiskFraction riskFraction;
    private RiskReason minFailure;
    private long minDetail;

    public Sizing(final RiskSettings settings)
    {
        this.settings = settings;
        this.riskFraction = new RiskFraction(settings);
    }

    /** Uses {@code next} from now on (a run-time setting change, see {@link RiskLimits}). */
    void settings(final RiskSettings next)
    {
        settings = next;
        riskFraction = new RiskFraction(next);
    }

    /** r(balance), Ratio. */
    public long riskFraction(final long balance)
    {
        return riskFraction.at(balance);
    }

    /** (c − minConfidence) / (1 − minConfidence) rounded DOWN, c capped at 1; negative below minConfidence. */
    public long confidenceFactor(final long confidence)
    {
        final long min = settings.minConfidence();
        final long c = Math.min(confidence, Scales.RATIO_ONE);
        return FixedMath.mulDiv(c - min, Scales.RATIO_ONE, Scales.RATIO_ONE - min, RoundingMode.FLOOR);
    }

    /** The stop to use: the signal's when on the right side, else the ATR fallback; 0 when there is none. */
    public long stopFor(final Side side, final long entry, final long signalStop, final long atr, final long tick)
    {
        final boolean isLong = side == Side.BUY;
        if (signalStop != 0)
        {
            final boolean valid = isLong ? signalStop > 0 && signalStop < entry : signalStop > entry;
            return valid ? signalStop : 0;
        }
        if (atr <= 0)
        {
            return 0;
        }
        final long distance = FixedMath.mulRatio(atr, settings.stopAtrMultiple(), RoundingMode.UP);
        if (isLong)
        {
            final long stop = entry - distance;
            return stop > 0 ? FixedMath.floorToStep(stop, tick) : 0;
        }
        final long stop = Math.addExact(entry, distance);
        final long rest = stop % tick;
        return rest == 0 ? stop : Math.addExact(stop, tick - rest);
    }

    /** Sizes {@code request} into {@code out}; false (with the reason set) when rejected. */
    public boolean size(final EntryRequest request, final AccountView account, final RiskDecision out)
    {
        final InstrumentSpec spec = request.instrument();
        final long entry = request.entryPrice();
        final long factor = confidenceFactor(request.confidence());
        if (factor < 0)
        {
            return out.reject(RiskReason.CONFIDENCE, request.confidence());
        }
        if (entry <= 0)
        {
            return out.reject(RiskReason.NO_PRICE, 0);
        }
        final long stop = stopFor(request.side(), entry, request.stopPrice(), request.atr(), spec.tickSize());
        if (stop <= 0)
        {
            return out.reject(RiskReason.NO_PRICE, request.stopPrice());
        }
        out.stopPrice(stop);
        final long equity = account.equity();
        final long r = riskFraction.at(account.balance());
        out.sizing(r, factor);
        final int ps = spec.priceScale();
        final int qs = spec.qtyScale();
        final long riskMoney = equity <= 0 ? 0
            : FixedMath.mulRatio(FixedMath.mulRatio(equity, r, RoundingMode.DOWN), factor, RoundingMode.DOWN);
        final long uncapped =
            FixedMath.quantityForOrLimit(riskMoney, Math.abs(entry - stop), ps, qs, RoundingMode.DOWN);

        final long notionalCap = Math.max(0, FixedMath.mulRatio(
            Math.multiplyExact(equity, (long)request.leverage()), settings.maxPositionNotional(), RoundingMode.DOWN));
        final long exposure = account.exposure(spec.id());
        final long room = Math.max(0, FixedMath.mulRatio(equity, settings.maxSymbolExposure(), RoundingMode.DOWN))
            - exposure;
        if (room <= 0)
        {
            return out.reject(RiskReason.SYMBOL_EXPOSURE, exposure);
        }
        long qty = uncapped;
        RiskReason cappedBy = null;
        final long notionalQty = FixedMath.quantityFor(notionalCap, entry, ps, qs, RoundingMode.DOWN);
        if (notionalQty < qty)
        {
            qty = notionalQty;
            cappedBy = RiskReason.POSITION_NOTIONAL;
        }
        final long exposureQty = FixedMath.quantityFor(room, entry, ps, qs, RoundingMode.DOWN);
        if (exposureQty < qty)
        {
            qty = exposureQty;
            cappedBy = RiskReason.SYMBOL_EXPOSURE;
        }
        qty = FixedMath.floorToStep(qty, spec.qtyStep());
        out.qty(qty);
        out.cappedBy(cappedBy);
        if (meetsMinimums(qty, entry, spec, equity))
        {
            return true;
        }
        final RiskReason failure = minFailure;
        final long detail = minDetail;
        if (cappedBy != null && meetsMinimums(FixedMath.floorToStep(uncapped, spec.qtyStep()), entry, spec, equity))
        {
            return out.reject(cappedBy, qty);
        }
        return out.reject(failure, detail);
    }

    private boolean meetsMinimums(final long qty, final long entry, final InstrumentSpec spec, final long equity)
    {
        if (qty < spec.minQty())
        {
            return minFail(RiskReason.MIN_QTY, qty);
        }
        final long notional =
            FixedMath.notionalOrLimit(entry, spec.priceScale(), qty, spec.qtyScale(), RoundingMode.DOWN);
        if (notional < spec.minNotional())
        {
            return minFail(RiskReason.MIN_NOTIONAL, notional);
        }
        if (notional < FixedMath.mulRatio(equity, settings.minPositionFraction(), RoundingMode.CEILING))
        {
            return minFail(RiskReason.POSITION_TOO_SMALL, notional);
        }
        return true;
    }

    private boolean minFail(final RiskReason reason, final long detail)
    {
        minFailure = reason;
        minDetail = detail;
        return false;
    }
}
