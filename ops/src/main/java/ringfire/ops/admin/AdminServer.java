package ringfire.ops.admin;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.LineBasedFrameDecoder;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.string.StringDecoder;
import io.netty.handler.codec.string.StringEncoder;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ringfire.ops.config.AdminConfig;
import ringfire.ops.secrets.Secret;
import ringfire.ops.secrets.Secrets;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The admin port: an HTTP front end ({@link HttpFrontEnd}, JSON) and a telnet front end ({@link TelnetFrontEnd},
 * text lines) on one {@link AdminCommands} core. One I/O thread accepts and reads; commands run one at a time, in
 * arrival order, on a separate admin thread, so a slow view or a full ring never stalls the sockets. Bound to 127.0.0.1 by default.
 */
public final class AdminServer implements AutoCloseable
{
    static final int MAX_LINE = 1024;
    static final int MAX_HTTP_BODY = 16 * 1024;
    static final int IDLE_SECONDS = 600;
    private static final Logger LOG = LoggerFactory.getLogger(AdminServer.class);

    private final EventLoopGroup io;
    private final ExecutorService admin;
    private final Channel http;
    private final Channel telnet;

    private AdminServer(final EventLoopGroup io, final ExecutorService admin, final Channel http,
        final Channel telnet)
    {
        this.io = io;
        this.admin = admin;
        this.http = http;
        this.telnet = telnet;
    }

    /**
     * Starts the admin port as configured, or returns empty (logged) when it is disabled in the configuration or
     * no token is set.
     */
    public static Optional<AdminServer> start(final AdminConfig config, final Secrets secrets,
        final AdminCommands commands)
    {
        if (!config.enabled())
        {
            LOG.info("admin port disabled in the configuration (admin.enabled: false)");
            return Optional.empty();
        }
        if (secrets.adminToken().isEmpty())
        {
            LOG.warn("admin port disabled: no token (set {} or admin.tokenFile)", AdminConfig.TOKEN_ENV);
            return Optional.empty();
        }
        if (!config.bind().isLoopbackAddress())
        {
            LOG.warn("admin port bound to {}: reachable from other hosts, and HTTP and telnet carry the token in clear "
                + "text; prefer 127.0.0.1 and an SSH tunnel", config.bind().getHostAddress());
        }
        return Optional.of(start(new InetSocketAddress(config.bind(), config.httpPort()),
            new InetSocketAddress(config.bind(), config.telnetPort()), secrets.adminToken().get(), commands));
    }

    /** Binds both front ends (port 0: any free port); throws with one line when a port cannot be bound. */
    public static AdminServer start(final InetSocketAddress httpAddress, final InetSocketAddress telnetAddress,
        final Secret token, final AdminCommands commands)
    {
        final AdminAuth auth = new AdminAuth(token);
        final EventLoopGroup io = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("ringfire-admin-io", true),
            NioIoHandler.newFactory());
        final ExecutorService admin = Executors.newSingleThreadExecutor(new DefaultThreadFactory("ringfire-admin", true));
        try
        {
            final Channel http = bind(io, httpAddress, "HTTP", new ChannelInitializer<SocketChannel>()
            {
                @Override
                protected void initChannel(final SocketChannel ch)
                {
                    ch.pipeline()
                        .addLast(new IdleStateHandler(0, 0, IDLE_SECONDS))
                        .addLast(new HttpServerCodec(4096, 8192, 8192))
                        .addLast(new HttpObjectAggregator(MAX_HTTP_BODY))
                        .addLast(new HttpFrontEnd(commands, auth, admin))
                        .addLast(new IdleClose());
                }
            });
            final Channel telnet = bind(io, telnetAddress, "telnet", new ChannelInitializer<SocketChannel>()
            {
                @Override
                protected void initChannel(final SocketChannel ch)
                {
                    ch.pipeline()
                        .addLast(new IdleStateHandler(0, 0, IDLE_SECONDS))
                        .addLast(new LineBasedFrameDecoder(MAX_LINE, true, true))
                        .addLast(new StringDecoder(StandardCharsets.UTF_8))
                        .addLast(new StringEncoder(StandardCharsets.UTF_8))
                        .addLast(new TelnetFrontEnd(commands, auth, admin));
                }
            });
            final AdminServer server = new AdminServer(io, admin, http, telnet);
            LOG.info("admin port: HTTP on {}, telnet on {}", server.httpAddress(), server.telnetAddress());
            return server;
        }
        catch (final RuntimeException e)
        {
            io.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            admin.shutdownNow();
            throw e;
        }
    }

    private static Channel bind(final EventLoopGroup io, final InetSocketAddress address, final String what,
        final ChannelInitializer<SocketChannel> init)
    {
        try
        {
            return new ServerBootstrap().group(io).channel(NioServerSocketChannel.class).childHandler(init)
                .bind(address).sync().channel();
        }
        catch (final InterruptedException e)
        {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("admin " + what + ": interrupted while binding " + address, e);
        }
        catch (final Exception e)
        {
            throw new IllegalStateException("admin " + what + ": cannot listen on " + address.getAddress().getHostAddress()
                + ":" + address.getPort() + ": " + e.getMessage());
        }
    }

    public InetSocketAddress httpAddress()
    {
        return (InetSocketAddress) http.localAddress();
    }

    public InetSocketAddress telnetAddress()
    {
        return (InetSocketAddress) telnet.localAddress();
    }

    /** Stops listening, closes the connections and the threads. */
    @Override
    public void close()
    {
        http.close().syncUninterruptibly();
        telnet.close().syncUninterruptibly();
        admin.shutdown();
        try
        {
            if (!admin.awaitTermination(2, TimeUnit.SECONDS))
            {
                admin.shutdownNow();
            }
        }
        catch (final InterruptedException e)
        {
            admin.shutdownNow();
            Thread.currentThread().interrupt();
        }
        io.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }

    /** Closes an HTTP connection idle for {@link #IDLE_SECONDS}. */
    private static final class IdleClose extends io.netty.channel.ChannelInboundHandlerAdapter
    {
        @Override
        public void userEventTriggered(final io.netty.channel.ChannelHandlerContext ctx, final Object evt)
            throws Exception
        {
            if (evt instanceof io.netty.handler.timeout.IdleStateEvent)
            {
                ctx.close();
                return;
            }
            super.userEventTriggered(ctx, evt);
        }
    }
}
