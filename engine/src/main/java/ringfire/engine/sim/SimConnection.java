package ringfire.engine.sim;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler.HandshakeComplete;
import io.netty.channel.ChannelFutureListener;
import io.netty.util.ReferenceCountUtil;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One simulated Bybit public connection: answers {@code ping}, {@code subscribe} and {@code unsubscribe} as Bybit's
 * linear stream does, streams the {@link MarketFeed} (as fast as the socket takes it, or paced by market time), and
 * applies the connection's {@link FaultSpec}. Runs on the server's event loop.
 */
final class SimConnection extends ChannelInboundHandlerAdapter
{
    private static final int BURST = 256;

    private final SimExchange exchange;
    private final Speed speed;
    private ChannelHandlerContext ctx;
    private int number;
    private String connId = "";
    private FaultSpec faults = FaultSpec.NONE;
    private MarketFeed feed;
    private boolean stalled;
    private long dataSent;
    private long bookDeltas;
    private boolean pumpQueued;
    private OutFrame held;
    private long originTsMs = Long.MIN_VALUE;
    private long originNanos;

    SimConnection(final SimExchange exchange, final Speed speed)
    {
        this.exchange = exchange;
        this.speed = speed;
    }

    @Override
    public void handlerAdded(final ChannelHandlerContext context)
    {
        ctx = context;
    }

    @Override
    public void userEventTriggered(final ChannelHandlerContext context, final Object evt)
    {
        if (evt instanceof HandshakeComplete handshake)
        {
            number = exchange.opened();
            connId = "sim-" + number;
            feed = exchange.newFeed();
            try
            {
                faults = exchange.faultsFor(number, handshake.requestUri());
            }
            catch (final IllegalArgumentException e)
            {
                context.writeAndFlush(new CloseWebSocketFrame(WebSocketCloseStatus.POLICY_VIOLATION, e.getMessage()))
                    .addListener(ChannelFutureListener.CLOSE);
            }
            return;
        }
        context.fireUserEventTriggered(evt);
    }

    @Override
    public void channelRead(final ChannelHandlerContext context, final Object msg)
    {
        try
        {
            if (msg instanceof TextWebSocketFrame text)
            {
                onRequest(text.text());
            }
            else if (msg instanceof FullHttpRequest request)
            {
                context.writeAndFlush(new DefaultFullHttpResponse(request.protocolVersion(), HttpResponseStatus.NOT_FOUND))
                    .addListener(ChannelFutureListener.CLOSE);
            }
        }
        finally
        {
            ReferenceCountUtil.release(msg);
        }
    }

    @Override
    public void channelWritabilityChanged(final ChannelHandlerContext context)
    {
        if (context.channel().isWritable())
        {
            requestPump();
        }
        context.fireChannelWritabilityChanged();
    }

    @Override
    public void channelInactive(final ChannelHandlerContext context)
    {
        if (number > 0)
        {
            exchange.closed();
        }
        context.fireChannelInactive();
    }

    private void onRequest(final String text)
    {
        exchange.record(number, text);
        if (stalled || feed == null)
        {
            return;
        }
        final SimRequest request = SimRequest.parse(text);
        if (request == null)
        {
            send(SimJson.ack(false, "error:request not understood", connId, "", ""));
            return;
        }
        switch (request.op())
        {
            case "ping" -> send(SimJson.pong(connId, request.reqId()));
            case "subscribe" -> subscribe(request);
            case "unsubscribe" ->
            {
                request.args().forEach(feed::unsubscribe);
                send(SimJson.ack(true, "", connId, request.reqId(), "unsubscribe"));
            }
            default -> send(SimJson.ack(false, "error:unknown op " + request.op(), connId, request.reqId(),
                request.op()));
        }
    }

    private void subscribe(final SimRequest request)
    {
        final List<String> refused = new ArrayList<>();
        final List<String> rejected = new ArrayList<>();
        for (final String topic : request.args())
        {
            if (faults.rejects(topic))
            {
                rejected.add(topic);
                continue;
            }
            final String reason = feed.subscribe(topic);
            if (reason != null)
            {
                refused.add(reason);
            }
        }
        if (!rejected.isEmpty())
        {
            refused.add(0, "Invalid symbol :[" + String.join(",", rejected) + "]");
        }
        send(SimJson.ack(refused.isEmpty(), String.join("; ", refused), connId, request.reqId(), "subscribe"));
        requestPump();
    }

    private void send(final String text)
    {
        ctx.writeAndFlush(new TextWebSocketFrame(text));
    }

    private void requestPump()
    {
        if (!pumpQueued)
        {
            pumpQueued = true;
            ctx.executor().execute(this::pump);
        }
    }

    private void pump()
    {
        pumpQueued = false;
        int burst = BURST;
        while (!stalled && ctx.channel().isActive() && ctx.channel().isWritable())
        {
            final OutFrame frame = held != null ? held : feed.next();
            held = null;
            if (frame == null)
            {
                break;
            }
            final long waitNanos = waitNanos(frame);
            if (waitNanos > 0)
            {
                held = frame;
                pumpQueued = true;
                ctx.executor().schedule(this::pump, waitNanos, TimeUnit.NANOSECONDS);
                break;
            }
            if (!emit(frame))
            {
                return;
            }
            if (--burst == 0)
            {
                requestPump();
                break;
            }
        }
        ctx.flush();
    }

    private long waitNanos(final OutFrame frame)
    {
        if (speed.isMax())
        {
            return 0;
        }
        if (originTsMs == Long.MIN_VALUE)
        {
            originTsMs = frame.tsMs();
            originNanos = System.nanoTime();
        }
        return originNanos + speed.realNanos(frame.tsMs() - originTsMs) - System.nanoTime();
    }

    /** Writes a data message with its faults; false when the connection stops here (dropped or stalled). */
    private boolean emit(final OutFrame frame)
    {
        if (frame.bookDelta() && faults.gapEvery() > 0 && ++bookDeltas % faults.gapEvery() == 0)
        {
            return true;
        }
        ctx.write(new TextWebSocketFrame(frame.text()));
        dataSent++;
        if (faults.dupEvery() > 0 && dataSent % faults.dupEvery() == 0)
        {
            ctx.write(new TextWebSocketFrame(frame.text()));
        }
        if (faults.malformedEvery() > 0 && dataSent % faults.malformedEvery() == 0)
        {
            ctx.write(new TextWebSocketFrame(frame.text().substring(0, frame.text().length() / 2)));
        }
        if (faults.dropAfter() > 0 && dataSent >= faults.dropAfter())
        {
            ctx.flush();
            ctx.channel().close();
            return false;
        }
        if (faults.stallAfter() > 0 && dataSent >= faults.stallAfter())
        {
            ctx.flush();
            stalled = true;
            return false;
        }
        return true;
    }
}
