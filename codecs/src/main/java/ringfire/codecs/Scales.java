package ringfire.codecs;

/**
 * Fixed scales of the event schema. Price and Qty scales are per symbol (SymbolDefinition); these are not.
 */
public final class Scales
{
    /** Money (USDT amounts: balances, fees, PnL, funding payments): 10^-8. */
    public static final int MONEY = 8;
    /** Ratios (funding and fee rates, confidence; 1.0 = 10^8): 10^-8. */
    public static final int RATIO = 8;
    public static final long RATIO_ONE = 100_000_000L;

    private Scales()
    {
    }
}
