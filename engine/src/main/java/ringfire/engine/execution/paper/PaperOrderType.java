package ringfire.engine.execution.paper;

/**
 * Order types the paper broker simulates. The price given with an order is 0 for {@link #MARKET}, the limit
 * price for {@link #LIMIT} and the trigger price for {@link #STOP} (a stop-market order).
 */
public enum PaperOrderType
{
    MARKET,
    LIMIT,
    STOP
}
