package ringfire.engine.exit;

/**
 * Reusable result holder of an exit-plan evaluation: no exit ({@link #isExit()} false, {@link #cause()} null), or a
 * cause, a fill price (at the instrument's price scale, before the broker's slippage) and a quantity (at its qty
 * scale). {@link #closesPosition()} tells whether the quantity is everything that was left. Preallocate one per
 * stage; it is overwritten by every evaluation.
 */
public final class ExitDecision
{
    private ExitCause cause;
    private long price;
    private long qty;
    private boolean closesPosition;

    public boolean isExit()
    {
        return cause != null;
    }

    /** The cause, or null when there is no exit. */
    public ExitCause cause()
    {
        return cause;
    }

    public long price()
    {
        return price;
    }

    public long qty()
    {
        return qty;
    }

    public boolean closesPosition()
    {
        return closesPosition;
    }

    public void set(final ExitCause cause, final long price, final long qty, final boolean closesPosition)
    {
        this.cause = cause;
        this.price = price;
        this.qty = qty;
        this.closesPosition = closesPosition;
    }

    public void clear()
    {
        cause = null;
        price = 0;
        qty = 0;
        closesPosition = false;
    }

    @Override
    public String toString()
    {
        return cause == null ? "ExitDecision[NONE]"
            : "ExitDecision[" + cause + " price=" + price + " qty=" + qty + (closesPosition ? " close]" : "]");
    }
}
