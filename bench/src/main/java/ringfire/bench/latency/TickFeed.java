package ringfire.bench.latency;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import org.HdrHistogram.Histogram;
import ringfire.codecs.Decimals;
import ringfire.engine.market.InstrumentSpec;

import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The harness's exchange: a WebSocket server on loopback speaking Bybit's v5 public protocol (subscribe acks,
 * ping replies) that, once asked to, sends public trades at a fixed rate, open loop: message {@code i} is due at
 * {@code start + i / rate} whatever happened to the messages before it, and when the sender is late it sends at
 * once without shifting the schedule. Each trade carries its message number as its trade id, so the engine side
 * can tell when it was due.
 *
 * <p>The sending loop runs on the server's own event-loop thread (one thread, no hand-off between sender and
 * socket): it parks until the next message is due, never spins, and gives the thread back to Netty only when the
 * socket stops taking data. How late it actually sent each message
 * ({@link #sendLag()}) is recorded, so the cost of the load generator can be told apart from the engine's.
 */
final class TickFeed implements AutoCloseable
{
    private final EventLoopGroup group;
    private final Channel server;
    private final InstrumentSpec[] symbols;
    private final long firstTradeMs;
    private final CompletableFuture<Channel> subscribed = new CompletableFuture<>();
    private final Histogram sendLag = new Histogram(TimeUnit.MINUTES.toNanos(10), 3);

    /**
     * @param symbols      trades alternate between these symbols
     * @param firstTradeMs market time of message 0; message {@code i} is {@code i} ms later
     */
    TickFeed(final InstrumentSpec[] symbols, final long firstTradeMs)
    {
        this.symbols = symbols.clone();
        this.firstTradeMs = firstTradeMs;
        this.group = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("bench-feed", true),
            NioIoHandler.newFactory());
        try
        {
            server = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>()
                {
                    @Override
                    protected void initChannel(final SocketChannel ch)
                    {
                        ch.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(64 * 1024),
                            new WebSocketServerProtocolHandler(WebSocketServerProtocolConfig.newBuilder()
                                .websocketPath("/v5/public").checkStartsWith(true).maxFramePayloadLength(64 * 1024)
                                .build()),
                            new Requests());
                    }
                })
                .bind("127.0.0.1", 0).syncUninterruptibly().channel();
        }
        catch (final RuntimeException e)
        {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            throw new IllegalStateException("latency feed: cannot listen on 127.0.0.1: " + e, e);
        }
    }

    URI uri()
    {
        return URI.create("ws://127.0.0.1:" + ((InetSocketAddress)server.localAddress()).getPort()
            + "/v5/public/linear");
    }

    /** Waits for the client's first subscribe request (acknowledged by then). */
    void awaitSubscribed(final long timeoutMs)
    {
        try
        {
            subscribed.get(timeoutMs, TimeUnit.MILLISECONDS);
        }
        catch (final Exception e)
        {
            throw new IllegalStateException("latency feed: no client subscribed within " + timeoutMs + " ms", e);
        }
    }

    /**
     * Sends {@code count} trades at {@code rate} per second starting at {@code startNs} (System.nanoTime), on the
     * event-loop thread; the future completes when the last one has been written.
     */
    CompletableFuture<Void> send(final long count, final int rate, final long startNs)
    {
        final Channel channel = subscribed.join();
        final Sender sender = new Sender(channel, count, rate, startNs);
        channel.eventLoop().execute(sender);
        return sender.done;
    }

    /** Per message, how long after its due time it was handed to the socket (ns). Read once sending is done. */
    Histogram sendLag()
    {
        return sendLag;
    }

    /** When message {@code i} is due. */
    static long dueNs(final long startNs, final long i, final int rate)
    {
        return startNs + (long)(i * (1e9 / rate));
    }

    /**
     * The sending loop. It keeps the event loop until every message is written, except when the socket stops taking
     * data (the client is not reading): then it hands the loop back so Netty can flush, and carries on as a new task
     * with the schedule unchanged.
     */
    private final class Sender implements Runnable
    {
        private final Channel channel;
        private final long count;
        private final int rate;
        private final long startNs;
        private final CompletableFuture<Void> done = new CompletableFuture<>();
        private final StringBuilder text = new StringBuilder(256);
        private long next;

        Sender(final Channel channel, final long count, final int rate, final long startNs)
        {
            this.channel = channel;
            this.count = count;
            this.rate = rate;
            this.startNs = startNs;
        }

        @Override
        public void run()
        {
            try
            {
                while (next < count)
                {
                    if (!channel.isActive())
                    {
                        throw new IllegalStateException("the client disconnected after " + next + " messages");
                    }
                    if (!channel.isWritable())
                    {
                        channel.eventLoop().execute(this);
                        return;
                    }
                    final long due = dueNs(startNs, next, rate);
                    long now = System.nanoTime();
                    while (now < due)
                    {
                        LockSupport.parkNanos(due - now);
                        now = System.nanoTime();
                    }
                    trade(text, next);
                    final ByteBuf bytes = channel.alloc().buffer(text.length());
                    ByteBufUtil.writeAscii(bytes, text);
                    channel.writeAndFlush(new TextWebSocketFrame(bytes), channel.voidPromise());
                    sendLag.recordValue(Math.max(0, now - due));
                    next++;
                }
                done.complete(null);
            }
            catch (final RuntimeException e)
            {
                done.completeExceptionally(e);
            }
        }
    }

    /** Trade {@code i}: symbols alternate, prices between 9,990 and 10,010, sides alternate in pairs. */
    private void trade(final StringBuilder sb, final long i)
    {
        final InstrumentSpec s = symbols[(int)(i % symbols.length)];
        final long price = LatencyBench.tradePrice(s, i);
        final long timeMs = firstTradeMs + i;
        sb.setLength(0);
        sb.append("{\"topic\":\"publicTrade.").append(s.name()).append("\",\"type\":\"snapshot\",\"ts\":")
            .append(timeMs).append(",\"data\":[{\"T\":").append(timeMs).append(",\"s\":\"").append(s.name())
            .append("\",\"S\":\"").append((i & 2) == 0 ? "Buy" : "Sell").append("\",\"v\":\"");
        Decimals.appendTo(sb, s.qtyStep(), s.qtyScale());
        sb.append("\",\"p\":\"");
        Decimals.appendTo(sb, price, s.priceScale());
        sb.append("\",\"L\":\"PlusTick\",\"i\":\"").append(i).append("\",\"BT\":false}]}");
    }

    @Override
    public void close()
    {
        server.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }

    /** Answers subscribe (success for every topic) and ping as Bybit does; everything else is ignored. */
    private final class Requests extends SimpleChannelInboundHandler<TextWebSocketFrame>
    {
        @Override
        protected void channelRead0(final ChannelHandlerContext ctx, final TextWebSocketFrame frame)
        {
            final String text = frame.text();
            final String op = field(text, "op");
            if ("subscribe".equals(op) || "ping".equals(op))
            {
                ctx.writeAndFlush(new TextWebSocketFrame("{\"success\":true,\"ret_msg\":\""
                    + ("ping".equals(op) ? "pong" : "") + "\",\"conn_id\":\"bench-1\",\"req_id\":\""
                    + field(text, "req_id") + "\",\"op\":\"" + op + "\"}"));
                if ("subscribe".equals(op))
                {
                    subscribed.complete(ctx.channel());
                }
            }
        }

        @Override
        public void exceptionCaught(final ChannelHandlerContext ctx, final Throwable cause)
        {
            ctx.close();
        }
    }

    /** The string value of a top-level field in the client's compact JSON, or "" (no escapes in its requests). */
    static String field(final String json, final String name)
    {
        final String key = "\"" + name + "\":\"";
        final int start = json.indexOf(key);
        if (start < 0)
        {
            return "";
        }
        final int from = start + key.length();
        final int end = json.indexOf('"', from);
        return end < 0 ? "" : json.substring(from, end);
    }
}
