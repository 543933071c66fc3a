package ringfire.engine.gateway.bybit;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler.ClientHandshakeStateEvent;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.ReferenceCountUtil;

/**
 * The last handler of one client connection's pipeline: passes the handshake, text frames, heartbeat timeouts and
 * the end of the connection to the {@link BybitWsClient}. Other frames (binary) are dropped.
 */
final class ClientConnection extends ChannelInboundHandlerAdapter
{
    private final BybitWsClient client;

    ClientConnection(final BybitWsClient client)
    {
        this.client = client;
    }

    @Override
    public void userEventTriggered(final ChannelHandlerContext ctx, final Object evt)
    {
        if (evt == ClientHandshakeStateEvent.HANDSHAKE_COMPLETE)
        {
            client.onHandshake(ctx.channel());
        }
        else if (evt == ClientHandshakeStateEvent.HANDSHAKE_TIMEOUT)
        {
            client.onFailure(ctx.channel(), "WebSocket handshake timed out");
            ctx.close();
        }
        else if (evt instanceof IdleStateEvent)
        {
            client.onHeartbeatTimeout(ctx.channel());
            ctx.close();
        }
        else
        {
            ctx.fireUserEventTriggered(evt);
        }
    }

    @Override
    public void channelRead(final ChannelHandlerContext ctx, final Object msg)
    {
        try
        {
            if (msg instanceof TextWebSocketFrame text)
            {
                client.onText(text.content());
            }
        }
        finally
        {
            ReferenceCountUtil.release(msg);
        }
    }

    @Override
    public void channelInactive(final ChannelHandlerContext ctx)
    {
        client.onInactive(ctx.channel());
    }

    @Override
    public void exceptionCaught(final ChannelHandlerContext ctx, final Throwable cause)
    {
        client.onFailure(ctx.channel(), cause.toString());
        ctx.close();
    }
}
