/**
 * Bybit v5 public market data: WebSocket text frames → {@link ringfire.codecs.bybit.MarketDataListener} calls.
 *
 * <p>{@link ringfire.codecs.bybit.BybitMarketDataAdapter} reads each frame with jackson-core's streaming parser
 * (one long-lived non-blocking parser, no tree model, no databind), parses every price and quantity exactly with
 * {@code Decimals} at the symbol's scales from a {@link ringfire.codecs.bybit.SymbolResolver}, and calls the
 * listener only once the whole message has been read and checked. After warm-up it allocates nothing per message.
 *
 * <h2>Topic → event</h2>
 * <table>
 * <caption>What each message becomes</caption>
 * <tr><th>Message</th><th>Listener call</th><th>Schema event</th></tr>
 * <tr><td>{@code publicTrade.{symbol}} (data: array)</td><td>{@code onTrade} per trade: taker side, p, v, T,
 *     seq, i, BT</td><td>Trade</td></tr>
 * <tr><td>{@code tickers.{symbol}} snapshot / delta</td><td>{@code onTicker} with the merged state: a snapshot
 *     replaces it (fields it lacks become 0), a delta changes only the fields it carries; a delta before any
 *     snapshot is counted and dropped</td><td>Ticker</td></tr>
 * <tr><td>{@code orderbook.{depth}.{symbol}} snapshot / delta</td><td>{@code onBookLevel} per level (bids, then
 *     asks), or {@code onBookGap}; the adapter's {@link ringfire.codecs.bybit.LocalBook} follows</td>
 *     <td>BookLevel; GatewayStatus BOOK_GAP</td></tr>
 * <tr><td>{@code kline.{interval}.{symbol}}</td><td>{@code onBar} per candle; {@code confirm} true = closed,
 *     false = forming; interval "1".."720", "D", "W", "M" (30 days nominal) as seconds</td><td>Bar</td></tr>
 * <tr><td>{@code allLiquidation.{symbol}}</td><td>{@code onLiquidation} per entry</td><td>(none yet)</td></tr>
 * <tr><td>{@code op:"subscribe"} / {@code "unsubscribe"} reply</td><td>{@code onSubscribeResponse} /
 *     {@code onUnsubscribeResponse}(success, req_id, ret_msg)</td><td>GatewayStatus SUBSCRIBE_FAILED on
 *     failure</td></tr>
 * <tr><td>{@code op:"ping"} with ret_msg "pong" (public), {@code op:"pong"} (private, spot, option)</td>
 *     <td>{@code onPong}(req_id)</td><td>(none)</td></tr>
 * <tr><td>any other topic (e.g. the deprecated {@code liquidation.{symbol}}) or op</td><td>{@code onUnknown},
 *     counted</td><td>(none)</td></tr>
 * <tr><td>a topic for a symbol not configured</td><td>none; counted</td><td>(none)</td></tr>
 * <tr><td>malformed JSON, wrong types, missing fields, inexact decimals</td><td>none; counted by kind, first
 *     few kept raw</td><td>(none)</td></tr>
 * </table>
 *
 * <h2>Order-book update ids</h2>
 * Bybit's docs give no continuity rule for {@code u}; captures show it rising by exactly 1 per message on one
 * connection, and {@code seq} is a cross sequence shared by all depths of a symbol (it orders books of different
 * depths, it is not contiguous), so the check uses {@code u} alone:
 * <ul>
 * <li>a snapshot always replaces the book and sets {@code u}, whatever {@code u} was: Bybit re-sends one when
 *     something goes wrong on its side, and depth-1 streams re-send snapshots with the same {@code u};</li>
 * <li>{@code u == 1} means the service restarted: the message is applied as a snapshot whatever its type;</li>
 * <li>a delta must carry the previous {@code u} + 1. Anything else, or a delta before any snapshot, is a gap:
 *     {@code onBookGap(symbol, expected, received)} once, the delta is not applied and the book drops deltas
 *     until the next snapshot, so the gateway resubscribes (or reconnects) to get one.</li>
 * </ul>
 * One adapter keeps one book per symbol: subscribe to one orderbook depth per symbol per connection.
 *
 * <h2>Strictness</h2>
 * Decimal values must be JSON strings exact at the symbol's scale ({@code "16578.55"} at scale 1 is rejected,
 * not rounded); integers (times, ids, sequences) JSON integers in the int64 range, except the ticker's
 * {@code nextFundingTime}, a string as Bybit sends it. A data symbol must equal the topic's. Key order is free.
 */
package ringfire.codecs.bybit;
