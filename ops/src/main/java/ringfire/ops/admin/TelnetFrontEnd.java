package ringfire.ops.admin;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.timeout.IdleStateEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The telnet line protocol. The first line must be {@code auth <token>}; anything else, or a wrong token, gets
 * one line starting with {@code refused:} and the connection is closed. Then one command per line; each reply is
 * one or more lines followed by an empty line. Errors are one line starting with {@code error:}. {@code quit}
 * closes the connection. Lines are handled in order on the admin executor, never on the I/O thread.
 */
final class TelnetFrontEnd extends SimpleChannelInboundHandler<String>
{
    static final long AUTH_TIMEOUT_SECONDS = 30;
    private static final Logger LOG = LoggerFactory.getLogger(TelnetFrontEnd.class);

    private final AdminCommands commands;
    private final AdminAuth auth;
    private final Executor executor;
    /** Read and written on the admin executor only. */
    private boolean authenticated;
    private boolean closing;
    private ScheduledFuture<?> authDeadline;

    TelnetFrontEnd(final AdminCommands commands, final AdminAuth auth, final Executor executor)
    {
        this.commands = commands;
        this.auth = auth;
        this.executor = executor;
    }

    @Override
    public void channelActive(final ChannelHandlerContext ctx) throws Exception
    {
        authDeadline = ctx.executor().schedule(() -> run(ctx, () ->
        {
            if (!authenticated)
            {
                refuse(ctx, "no 'auth <token>' line within " + AUTH_TIMEOUT_SECONDS + "s");
            }
        }), AUTH_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        super.channelActive(ctx);
    }

    @Override
    public void channelInactive(final ChannelHandlerContext ctx) throws Exception
    {
        authDeadline.cancel(false);
        super.channelInactive(ctx);
    }

    @Override
    protected void channelRead0(final ChannelHandlerContext ctx, final String raw)
    {
        run(ctx, () -> onLine(ctx, raw.strip()));
    }

    private void run(final ChannelHandlerContext ctx, final Runnable task)
    {
        try
        {
            executor.execute(task);
        }
        catch (final RejectedExecutionException e)
        {
            ctx.close();
        }
    }

    private void onLine(final ChannelHandlerContext ctx, final String line)
    {
        if (closing)
        {
            return;
        }
        if (!authenticated)
        {
            final String[] words = line.split("\\s+");
            if (words.length != 2 || !words[0].toLowerCase(Locale.ROOT).equals("auth"))
            {
                refuse(ctx, "expected 'auth <token>' as the first line");
                return;
            }
            if (!auth.accepts(words[1]))
            {
                LOG.warn("admin telnet: refused {}: wrong token", ctx.channel().remoteAddress());
                refuse(ctx, "wrong token");
                return;
            }
            authenticated = true;
            authDeadline.cancel(false);
            reply(ctx, "ok: authenticated (help lists the commands, quit closes)");
            return;
        }
        if (line.isEmpty())
        {
            reply(ctx, "error: empty command (try help)");
            return;
        }
        final String verb = line.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        if (verb.equals("quit") || verb.equals("exit"))
        {
            closing = true;
            ctx.writeAndFlush("bye\n\n").addListener(ChannelFutureListener.CLOSE);
            return;
        }
        if (verb.equals("auth"))
        {
            reply(ctx, "error: already authenticated");
            return;
        }
        final AdminReply reply = commands.execute(line);
        final AdminVerb known = AdminVerb.byWord(verb);
        if (known != null && known.isControl())
        {
            LOG.info("admin telnet: {} from {}: {}", auth.redact(line), ctx.channel().remoteAddress(), reply.outcome());
        }
        reply(ctx, reply.text());
    }

    private void reply(final ChannelHandlerContext ctx, final String text)
    {
        ctx.writeAndFlush(auth.redact(text) + "\n\n");
    }

    private void refuse(final ChannelHandlerContext ctx, final String why)
    {
        if (!closing)
        {
            closing = true;
            ctx.writeAndFlush("refused: " + why + "\n").addListener(ChannelFutureListener.CLOSE);
        }
    }

    @Override
    public void userEventTriggered(final ChannelHandlerContext ctx, final Object event) throws Exception
    {
        if (event instanceof IdleStateEvent)
        {
            run(ctx, () ->
            {
                closing = true;
                ctx.writeAndFlush("closing: idle\n").addListener(ChannelFutureListener.CLOSE);
            });
            return;
        }
        super.userEventTriggered(ctx, event);
    }

    @Override
    public void exceptionCaught(final ChannelHandlerContext ctx, final Throwable cause)
    {
        if (cause instanceof TooLongFrameException)
        {
            run(ctx, () ->
            {
                if (authenticated)
                {
                    reply(ctx, "error: line too long (at most " + AdminServer.MAX_LINE + " characters)");
                }
                else
                {
                    refuse(ctx, "expected 'auth <token>' as the first line");
                }
            });
            return;
        }
        LOG.debug("admin telnet: closing connection from {}: {}", ctx.channel().remoteAddress(), cause.toString());
        ctx.close();
    }
}
