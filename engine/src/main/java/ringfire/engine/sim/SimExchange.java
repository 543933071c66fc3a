package ringfire.engine.sim;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.util.concurrent.DefaultThreadFactory;

import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A simulated Bybit v5 public WebSocket server on one Netty event-loop thread, for tests and paper sessions. Clients
 * connect to {@code ws://HOST:PORT/v5/public/linear} (any path under {@code /v5/public}), subscribe and receive
 * messages generated from bars ({@link BarFeed}: trades, tickers, orderbook, klines) or replayed from recorded frames
 * ({@link ReplayFeed}), at a {@link Speed}. Faults are injected per connection ({@link FaultSpec}). Connections are
 * numbered from 1 in the order their handshakes complete; conn_id is {@code sim-<number>}.
 */
public final class SimExchange implements AutoCloseable
{
    /** A text message a client sent. */
    public record Request(int connection, String text)
    {
    }

    /** How many client messages {@link #requests()} keeps. */
    public static final int MAX_RECORDED_REQUESTS = 10_000;

    private final SimOptions options;
    private final EventLoopGroup group;
    private final Channel server;
    private final int[] resumePoints;
    private final AtomicInteger opened = new AtomicInteger();
    private final AtomicInteger open = new AtomicInteger();
    private final List<Request> requests = new ArrayList<>();

    private SimExchange(final SimOptions options)
    {
        this.options = options;
        this.resumePoints = options.market() != null && options.resume() ? new int[options.market().tapes().size()] : null;
        this.group = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("ringfire-sim", true),
            NioIoHandler.newFactory());
        final WebSocketServerProtocolConfig ws = WebSocketServerProtocolConfig.newBuilder()
            .websocketPath("/v5/public").checkStartsWith(true).maxFramePayloadLength(64 * 1024).build();
        try
        {
            this.server = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(256 * 1024, 1024 * 1024))
                .childHandler(new ChannelInitializer<SocketChannel>()
                {
                    @Override
                    protected void initChannel(final SocketChannel ch)
                    {
                        ch.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(64 * 1024),
                            new WebSocketServerProtocolHandler(ws), new SimConnection(SimExchange.this, options.speed()));
                    }
                })
                .bind(options.host(), options.port()).syncUninterruptibly().channel();
        }
        catch (final RuntimeException e)
        {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            throw new IllegalStateException("cannot listen on " + options.host() + ":" + options.port() + ": " + e, e);
        }
    }

    /** Binds and starts serving. */
    public static SimExchange start(final SimOptions options)
    {
        return new SimExchange(options);
    }

    /** The bound port (the ephemeral one when the options said 0). */
    public int port()
    {
        return ((InetSocketAddress)server.localAddress()).getPort();
    }

    /** {@code ws://HOST:PORT/v5/public/linear}. */
    public URI uri()
    {
        return URI.create("ws://" + options.host() + ":" + port() + "/v5/public/linear");
    }

    /** {@link #uri()} with a query, e.g. {@code uri("fault=drop-after:50")}. */
    public URI uri(final String query)
    {
        return URI.create(uri() + "?" + query);
    }

    /** Connections whose handshake completed, ever. */
    public int connectionsOpened()
    {
        return opened.get();
    }

    /** Connections open now. */
    public int openConnections()
    {
        return open.get();
    }

    /** The text messages clients sent, in arrival order (the first {@value #MAX_RECORDED_REQUESTS}). */
    public List<Request> requests()
    {
        synchronized (requests)
        {
            return List.copyOf(requests);
        }
    }

    /** Closes every connection and the listening socket, and stops the thread. */
    @Override
    public void close()
    {
        server.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }

    int opened()
    {
        open.incrementAndGet();
        return opened.incrementAndGet();
    }

    void closed()
    {
        open.decrementAndGet();
    }

    void record(final int connection, final String text)
    {
        synchronized (requests)
        {
            if (requests.size() < MAX_RECORDED_REQUESTS)
            {
                requests.add(new Request(connection, text));
            }
        }
    }

    MarketFeed newFeed()
    {
        return options.market() != null ? new BarFeed(options.market(), resumePoints) : new ReplayFeed(options.replay());
    }

    /** The faults of connection {@code number}: the options', the script's, then its URL's. */
    FaultSpec faultsFor(final int number, final String requestUri)
    {
        FaultSpec spec = options.faults().plus(options.scripted(number));
        final List<String> fromUrl = new QueryStringDecoder(requestUri).parameters().get("fault");
        if (fromUrl != null)
        {
            for (final String text : fromUrl)
            {
                spec = spec.plus(FaultSpec.parse(text));
            }
        }
        return spec;
    }
}
