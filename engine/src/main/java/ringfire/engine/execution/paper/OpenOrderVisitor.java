package ringfire.engine.execution.paper;

import ringfire.codecs.sbe.Side;

/** Receives the paper broker's open orders (see {@link PaperBroker#forEachOpenOrder}). */
@FunctionalInterface
public interface OpenOrderVisitor
{
    /**
     * @param price     0 for MARKET, the limit for LIMIT, the trigger for STOP (price scale)
     * @param createdNs event time of the submission, epoch ns
     */
    void onOpenOrder(long clientOrderId, int symbolId, Side side, PaperOrderType type, long price, long qty,
        boolean reduceOnly, long createdNs);
}
