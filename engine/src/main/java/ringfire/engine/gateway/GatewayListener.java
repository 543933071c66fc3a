package ringfire.engine.gateway;

import ringfire.codecs.sbe.GatewayState;

/**
 * Connection and subscription status of a market-data gateway. Called on the gateway's event-loop thread.
 *
 * <p>{@code symbolIndex} is the position of the symbol in the gateway's configured symbol list, or
 * {@link #ALL_SYMBOLS} when the status concerns the whole connection. {@code detail} is state specific (the
 * gateway documents it): a connection number, a reconnect delay, missed update ids.
 */
@FunctionalInterface
public interface GatewayListener
{
    /** Symbol index of a status that concerns the whole connection. */
    int ALL_SYMBOLS = -1;

    GatewayListener NONE = (state, symbolIndex, detail) -> { };

    void onStatus(GatewayState state, int symbolIndex, long detail);
}
