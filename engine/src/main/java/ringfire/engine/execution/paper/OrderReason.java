package ringfire.engine.execution.paper;

/**
 * Why an order was accepted, rejected or cancelled: returned by {@link PaperBroker#submit} and
 * {@link PaperBroker#cancel}, and passed to {@link PaperListener#onOrderState}.
 */
public enum OrderReason
{
    /** Accepted, filled or cancelled as asked. */
    OK,
    /** Rejected: every slot of the open-order pool is in use. */
    POOL_FULL,
    /** Rejected: an open order already has this client order id. */
    DUPLICATE_ID,
    /** Rejected: no instrument with this symbol id. */
    UNKNOWN_SYMBOL,
    /** Rejected: quantity not positive or not a multiple of the qty step. */
    INVALID_QTY,
    /** Rejected: market order with a non-zero price, or limit/stop price not positive or not on the tick. */
    INVALID_PRICE,
    /** Cancel refused: no open order with this client order id. */
    UNKNOWN_ORDER,
    /** Cancelled by the caller ({@link PaperBroker#cancel} or {@link PaperBroker#cancelAll}). */
    CANCELLED,
    /** Cancelled when it would fill: a reduce-only order with no opposite position left to reduce. */
    REDUCE_ONLY,
    /** Cancelled because the symbol's position was liquidated. */
    LIQUIDATION
}
