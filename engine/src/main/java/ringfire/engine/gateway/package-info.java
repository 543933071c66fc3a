/**
 * Market-data gateways: the seam between the network and the decoder. A gateway hands every received frame, raw, to
 * a {@link ringfire.engine.gateway.FrameHandler} (the decoder, {@code ringfire.codecs.bybit.BybitMarketDataAdapter},
 * whose {@link ringfire.engine.gateway.MarketDataPublisher} puts the decoded data on the ring) and reports connection
 * and subscription status to a {@link ringfire.engine.gateway.GatewayListener};
 * {@link ringfire.engine.gateway.StatusPublisher} is the listener that journals status changes as
 * {@code GatewayStatus} inputs. The Bybit v5 public client is in {@link ringfire.engine.gateway.bybit}.
 */
package ringfire.engine.gateway;
