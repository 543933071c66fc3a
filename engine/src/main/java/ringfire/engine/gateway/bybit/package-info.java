/**
 * Bybit v5 public WebSocket client ({@link ringfire.engine.gateway.bybit.BybitWsClient}, configured by
 * {@link ringfire.engine.gateway.bybit.BybitWsConfig}): subscriptions batched per request, application-level
 * ping/pong heartbeat with a dead-connection timeout, reconnects with seeded jittered exponential
 * {@link ringfire.engine.gateway.bybit.Backoff}, and a byte-level look at control replies (acks, pongs) only.
 * Decoding market data is not done here.
 */
package ringfire.engine.gateway.bybit;
