package ringfire.engine.gateway.bybit;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ringfire.codecs.sbe.GatewayState;
import ringfire.engine.gateway.FrameHandler;
import ringfire.engine.gateway.GatewayListener;

import java.util.Objects;
import java.util.concurrent.ThreadFactory;
import java.util.function.IntConsumer;
import java.util.concurrent.TimeUnit;

/**
 * Bybit v5 public market-data client: one WebSocket connection on one Netty event-loop thread.
 *
 * <ul>
 *   <li>On connect it subscribes {@code publicTrade}, {@code tickers}, {@code orderbook.D} and {@code kline.I} for
 *       every configured symbol, at most {@code argsPerRequest} topics per request.</li>
 *   <li>Every received text frame goes to the {@link FrameHandler}, unparsed (control replies included).</li>
 *   <li>It sends {@code {"op":"ping"}} every {@code pingInterval}; a connection on which nothing at all arrives for
 *       {@code heartbeatTimeout} is declared dead and closed.</li>
 *   <li>A lost connection is re-opened after an exponential, jittered, capped {@link Backoff}, and everything is
 *       subscribed again.</li>
 * </ul>
 *
 * Status goes to the {@link GatewayListener} (detail in brackets): CONNECTED (connection number, from 1) when a
 * handshake completes; DISCONNECTED (delay in ms before the next attempt, 0 after {@link #close()}) when an open
 * connection is lost; RESUBSCRIBED (connection number) once every subscribe request of a reconnection has been
 * answered, or, with the symbol's index, once a {@link #requestResubscribe} was acknowledged; SUBSCRIBE_FAILED
 * (connection number) per symbol whose subscribe request Bybit answered with {@code success:false} (it is not
 * retried until the next connection). Failed connection attempts are logged, not reported.
 */
public final class BybitWsClient implements AutoCloseable
{
    private static final Logger LOG = LoggerFactory.getLogger(BybitWsClient.class);
    private static final String PING = "{\"op\":\"ping\"}";

    private final BybitWsConfig config;
    private final FrameHandler frameHandler;
    private final GatewayListener listener;
    private final EventLoopGroup group;
    private final EventLoop loop;
    private final Bootstrap bootstrap;
    private final Subscriptions subscriptions;
    private final Backoff backoff;
    private final ControlReply reply = new ControlReply();
    private final FrameView view = new FrameView();
    private final HandlerFaults handlerFaults = new HandlerFaults(LOG);

    private Channel channel;
    private boolean connected;
    private boolean awaitingResubscribe;
    private long connectedAtNanos;
    private ScheduledFuture<?> pingTask;
    private ScheduledFuture<?> reconnectTask;
    private volatile Thread loopThread;
    private volatile boolean started;
    private volatile boolean closing;

    private volatile long connections;
    private volatile long attempts;
    private volatile long framesReceived;
    private volatile long pongsReceived;
    private volatile long heartbeatTimeouts;
    private volatile long lastReconnectDelayMs = -1;

    public BybitWsClient(final BybitWsConfig config, final FrameHandler frameHandler, final GatewayListener listener)
    {
        this.config = Objects.requireNonNull(config);
        this.frameHandler = Objects.requireNonNull(frameHandler);
        this.listener = Objects.requireNonNull(listener);
        this.subscriptions = new Subscriptions(config);
        this.backoff = new Backoff(config.backoffBase().toMillis(), config.backoffCap().toMillis(), config.jitterSeed());
        final ClientChannelInitializer initializer = new ClientChannelInitializer(config, this);
        final ThreadFactory threads = new DefaultThreadFactory(config.threadName(), true);
        this.group = new MultiThreadIoEventLoopGroup(1, r ->
        {
            final Thread t = threads.newThread(r);
            loopThread = t;
            return t;
        }, NioIoHandler.newFactory());
        this.loop = group.next();
        this.bootstrap = new Bootstrap().group(loop).channel(NioSocketChannel.class)
            .option(ChannelOption.TCP_NODELAY, true)
            .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int)Math.min(Integer.MAX_VALUE, config.connectTimeout().toMillis()))
            .handler(initializer);
    }

    /** Starts connecting; returns at once. Reconnects until {@link #close()}. */
    public void start()
    {
        if (started || closing)
        {
            throw new IllegalStateException("the client was already started");
        }
        started = true;
        loop.execute(this::connect);
    }

    /**
     * Asks for a fresh orderbook snapshot of one symbol (after the decoder saw a gap in update ids): unsubscribes and
     * subscribes its orderbook topic. Any thread. Does nothing while disconnected (a reconnection resubscribes all).
     */
    public void requestResubscribe(final int symbolIndex)
    {
        Objects.checkIndex(symbolIndex, config.symbols().size());
        loop.execute(() ->
        {
            if (connected && channel != null)
            {
                for (final String request : subscriptions.resubscribeBook(symbolIndex))
                {
                    channel.write(new TextWebSocketFrame(request));
                }
                channel.flush();
            }
        });
    }

    /** As {@link #requestResubscribe(int)}, by symbol name. */
    public void requestResubscribe(final String symbol)
    {
        final int index = config.symbols().indexOf(symbol);
        if (index < 0)
        {
            throw new IllegalArgumentException("not a subscribed symbol: " + symbol);
        }
        requestResubscribe(index);
    }

    /**
     * A resubscribe request by symbol id, for a decoder that reports book gaps by id (e.g. as the
     * {@code MarketDataPublisher}'s resubscribe callback): {@code symbolIds[i]} is the id of symbol index i. Ids not
     * in the table are ignored.
     */
    public IntConsumer resubscriber(final int[] symbolIds)
    {
        if (symbolIds.length != config.symbols().size())
        {
            throw new IllegalArgumentException("expected " + config.symbols().size() + " symbol ids, got "
                + symbolIds.length);
        }
        final int[] ids = symbolIds.clone();
        return symbolId ->
        {
            for (int i = 0; i < ids.length; i++)
            {
                if (ids[i] == symbolId)
                {
                    requestResubscribe(i);
                    return;
                }
            }
        };
    }

    /**
     * Stops: no more reconnects, sends a WebSocket close to an open connection, closes it and stops the event-loop
     * thread. Waits for all that, unless called on the event loop itself (from a handler).
     */
    @Override
    public void close()
    {
        if (closing)
        {
            return;
        }
        closing = true;
        if (started)
        {
            final io.netty.util.concurrent.Future<Channel> stopping = loop.submit(this::stopOnLoop);
            if (!loop.inEventLoop())
            {
                final Channel ch = stopping.syncUninterruptibly().getNow();
                if (ch != null)
                {
                    ch.closeFuture().awaitUninterruptibly(2, TimeUnit.SECONDS);
                }
            }
        }
        final var terminated = group.shutdownGracefully(0, 2, TimeUnit.SECONDS);
        if (!loop.inEventLoop())
        {
            terminated.syncUninterruptibly();
            joinLoopThread();
        }
    }

    private void joinLoopThread()
    {
        final Thread t = loopThread;
        if (t == null)
        {
            return;
        }
        try
        {
            t.join(2_000);
        }
        catch (final InterruptedException e)
        {
            Thread.currentThread().interrupt();
        }
    }

    public BybitWsConfig config()
    {
        return config;
    }

    /** Connections whose handshake completed. */
    public long connections()
    {
        return connections;
    }

    /** Connection attempts made (TCP connects started). */
    public long attempts()
    {
        return attempts;
    }

    public long framesReceived()
    {
        return framesReceived;
    }

    public long pongsReceived()
    {
        return pongsReceived;
    }

    public long heartbeatTimeouts()
    {
        return heartbeatTimeouts;
    }

    /** Exceptions thrown by the {@link FrameHandler}. */
    public long frameHandlerFaults()
    {
        return handlerFaults.total();
    }

    /** The last reconnect delay chosen, ms; -1 before the first. */
    public long lastReconnectDelayMs()
    {
        return lastReconnectDelayMs;
    }

    // ---- event loop ----

    private void connect()
    {
        reconnectTask = null;
        if (closing)
        {
            return;
        }
        attempts++;
        final ChannelFuture future = bootstrap.connect(config.uri().getHost(), config.port());
        channel = future.channel();
        future.addListener((ChannelFutureListener)f ->
        {
            if (!f.isSuccess())
            {
                onFailure(f.channel(), "connect to " + config.uri() + " failed: " + f.cause());
                if (f.channel() == channel)
                {
                    channel = null;
                    scheduleReconnect(backoff.nextDelayMs());
                }
            }
        });
    }

    void onHandshake(final Channel ch)
    {
        if (ch != channel || closing)
        {
            return;
        }
        connected = true;
        connectedAtNanos = System.nanoTime();
        final long number = ++connections;
        LOG.info("connected to {} (connection {})", config.uri(), number);
        status(GatewayState.CONNECTED, GatewayListener.ALL_SYMBOLS, number);
        awaitingResubscribe = number > 1;
        for (final String request : subscriptions.subscribeAll())
        {
            ch.write(new TextWebSocketFrame(request));
        }
        ch.flush();
        final long pingMs = config.pingInterval().toMillis();
        pingTask = loop.scheduleAtFixedRate(() -> ping(ch), pingMs, pingMs, TimeUnit.MILLISECONDS);
    }

    void onText(final ByteBuf content)
    {
        final long receivedNanos = config.clock().getAsLong();
        framesReceived++;
        final int length = view.wrap(content);
        if (reply.parse(view.buffer(), view.offset(), length))
        {
            onControl();
        }
        try
        {
            frameHandler.onFrame(view.buffer(), view.offset(), length, receivedNanos);
        }
        catch (final RuntimeException e)
        {
            handlerFaults.record(e);
        }
    }

    void onHeartbeatTimeout(final Channel ch)
    {
        if (ch == channel)
        {
            heartbeatTimeouts++;
            LOG.warn("nothing received from {} for {}: connection declared dead", config.uri(),
                config.heartbeatTimeout());
        }
    }

    void onFailure(final Channel ch, final String what)
    {
        if (!closing)
        {
            LOG.warn("{} ({})", what, ch == channel ? "current connection" : "old connection");
        }
    }

    void onInactive(final Channel ch)
    {
        if (ch != channel)
        {
            return;
        }
        channel = null;
        cancel(pingTask);
        pingTask = null;
        final boolean wasConnected = connected;
        connected = false;
        awaitingResubscribe = false;
        if (wasConnected && System.nanoTime() - connectedAtNanos >= config.backoffResetAfter().toNanos())
        {
            backoff.reset();
        }
        if (closing)
        {
            if (wasConnected)
            {
                status(GatewayState.DISCONNECTED, GatewayListener.ALL_SYMBOLS, 0);
            }
            return;
        }
        final long delayMs = backoff.nextDelayMs();
        if (wasConnected)
        {
            LOG.warn("connection {} to {} lost; reconnecting in {} ms", connections, config.uri(), delayMs);
            status(GatewayState.DISCONNECTED, GatewayListener.ALL_SYMBOLS, delayMs);
        }
        scheduleReconnect(delayMs);
    }

    private void onControl()
    {
        if (reply.isPong())
        {
            pongsReceived++;
            return;
        }
        if (!"subscribe".equals(reply.op) && !"unsubscribe".equals(reply.op))
        {
            return;
        }
        final Subscriptions.Pending request = subscriptions.acknowledge(reply.op, reply.reqId);
        if (request == null || reply.op.equals("unsubscribe"))
        {
            return;
        }
        final long number = connections;
        if (reply.success == 0)
        {
            LOG.warn("subscribe request {} {} refused: {}", request.reqId(), request.batch().topics(), reply.retMsg);
            for (final int symbolIndex : subscriptions.failedSymbols(request, reply.retMsg))
            {
                status(GatewayState.SUBSCRIBE_FAILED, symbolIndex, number);
            }
        }
        else if (request.symbolIndex() != Subscriptions.NO_SYMBOL)
        {
            status(GatewayState.RESUBSCRIBED, request.symbolIndex(), number);
        }
        if (awaitingResubscribe && !subscriptions.subscribeAllPending())
        {
            awaitingResubscribe = false;
            status(GatewayState.RESUBSCRIBED, GatewayListener.ALL_SYMBOLS, number);
        }
    }

    private void ping(final Channel ch)
    {
        if (ch.isActive())
        {
            ch.writeAndFlush(new TextWebSocketFrame(PING));
        }
    }

    private void scheduleReconnect(final long delayMs)
    {
        if (closing)
        {
            return;
        }
        lastReconnectDelayMs = delayMs;
        reconnectTask = loop.schedule(this::connect, delayMs, TimeUnit.MILLISECONDS);
    }

    private Channel stopOnLoop()
    {
        cancel(reconnectTask);
        cancel(pingTask);
        final Channel ch = channel;
        if (ch == null)
        {
            return null;
        }
        if (connected && ch.isActive())
        {
            ch.writeAndFlush(new CloseWebSocketFrame(WebSocketCloseStatus.NORMAL_CLOSURE))
                .addListener(ChannelFutureListener.CLOSE);
        }
        else
        {
            ch.close();
        }
        return ch;
    }

    private void status(final GatewayState state, final int symbolIndex, final long detail)
    {
        try
        {
            listener.onStatus(state, symbolIndex, detail);
        }
        catch (final RuntimeException e)
        {
            handlerFaults.record(e);
        }
    }

    private static void cancel(final ScheduledFuture<?> task)
    {
        if (task != null)
        {
            task.cancel(false);
        }
    }
}
