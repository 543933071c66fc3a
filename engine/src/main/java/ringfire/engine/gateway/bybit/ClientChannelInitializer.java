package ringfire.engine.gateway.bybit;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.timeout.IdleStateHandler;

import javax.net.ssl.SSLException;
import java.util.concurrent.TimeUnit;

/**
 * The pipeline of a client connection: TLS for {@code wss://} (host name verified, SNI sent), the heartbeat timeout
 * (reader idle: any bytes received keep the connection alive), HTTP for the upgrade, the WebSocket protocol (close
 * frames, WS-level pings and pongs), reassembly of fragmented messages, then {@link ClientConnection}.
 */
final class ClientChannelInitializer extends ChannelInitializer<SocketChannel>
{
    private final BybitWsConfig config;
    private final BybitWsClient client;
    private final SslContext ssl;

    ClientChannelInitializer(final BybitWsConfig config, final BybitWsClient client)
    {
        this.config = config;
        this.client = client;
        this.ssl = config.tls() ? sslContext(config) : null;
    }

    @Override
    protected void initChannel(final SocketChannel ch)
    {
        if (ssl != null)
        {
            ch.pipeline().addLast("tls", ssl.newHandler(ch.alloc(), config.uri().getHost(), config.port()));
        }
        final WebSocketClientProtocolConfig ws = WebSocketClientProtocolConfig.newBuilder()
            .webSocketUri(config.uri())
            .maxFramePayloadLength(config.maxFrameBytes())
            .handshakeTimeoutMillis(config.connectTimeout().toMillis())
            .handleCloseFrames(true)
            .dropPongFrames(true)
            .build();
        ch.pipeline()
            .addLast("heartbeat", new IdleStateHandler(config.heartbeatTimeout().toMillis(), 0, 0, TimeUnit.MILLISECONDS))
            .addLast("http", new HttpClientCodec())
            .addLast("http-aggregator", new HttpObjectAggregator(64 * 1024))
            .addLast("websocket", new WebSocketClientProtocolHandler(ws))
            .addLast("fragments", new WebSocketFrameAggregator(config.maxFrameBytes()))
            .addLast("bybit", new ClientConnection(client));
    }

    private static SslContext sslContext(final BybitWsConfig config)
    {
        if (config.sslContext() != null)
        {
            return config.sslContext();
        }
        try
        {
            return SslContextBuilder.forClient().endpointIdentificationAlgorithm("HTTPS").build();
        }
        catch (final SSLException e)
        {
            throw new IllegalStateException("cannot build the TLS context for " + config.uri(), e);
        }
    }
}
