package ringfire.engine.sim;

/** The data messages of one connection: what it subscribed, in the order they are due. Event-loop thread only. */
interface MarketFeed
{
    /** Subscribes a topic; returns null when accepted, else the reason it is refused (the ack's ret_msg). */
    String subscribe(String topic);

    /** Unsubscribes a topic; false when it was not subscribed. */
    boolean unsubscribe(String topic);

    /** The next message, or null when nothing more is due for the current subscriptions. */
    OutFrame next();
}
