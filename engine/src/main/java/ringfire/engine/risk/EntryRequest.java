package ringfire.engine.risk;

import ringfire.codecs.sbe.Side;
import ringfire.engine.market.InstrumentSpec;

/**
 * A new entry to check, reusable (set the fields, then {@link PreTradeCheck#check}). Prices and ATR are at the
 * instrument's price scale, confidence is a Ratio (10^-8). A stop or ATR of 0 means none.
 */
public final class EntryRequest
{
    private InstrumentSpec instrument;
    private Side side;
    private long confidence;
    private long entryPrice;
    private long stopPrice;
    private long atr;
    private int leverage;

    /** Sets every field at once; {@code leverage} is the leverage the entry would use. */
    public EntryRequest set(
        final InstrumentSpec instrument,
        final Side side,
        final long confidence,
        final long entryPrice,
        final long stopPrice,
        final long atr,
        final int leverage)
    {
        this.instrument = instrument;
        this.side = side;
        this.confidence = confidence;
        this.entryPrice = entryPrice;
        this.stopPrice = stopPrice;
        this.atr = atr;
        this.leverage = leverage;
        return this;
    }

    public InstrumentSpec instrument()
    {
        return instrument;
    }

    public int symbolId()
    {
        return instrument.id();
    }

    public Side side()
    {
        return side;
    }

    public long confidence()
    {
        return confidence;
    }

    /** Expected fill price (the signal's reference price); 0 when unknown. */
    public long entryPrice()
    {
        return entryPrice;
    }

    /** The signal's stop, 0 for none (then the ATR fallback applies). */
    public long stopPrice()
    {
        return stopPrice;
    }

    /** Average true range, 0 when not known yet. */
    public long atr()
    {
        return atr;
    }

    public int leverage()
    {
        return leverage;
    }
}
