package ringfire.ops.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ringfire.ops.metrics.PrometheusText;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * The HTTP front end: JSON. {@code GET /health} answers without a token; everything else needs
 * {@code Authorization: Bearer <token>} (401 otherwise, checked before the path so that paths are not revealed).
 * Queries are {@code GET /api/<command>}, controls {@code POST /api/<command>}; arguments are query parameters or
 * a JSON object body: {@code trades?n=50}, {@code close-positions?symbol=BTCUSDT},
 * {@code POST /api/set-risk} with {@code {"key": "drawdownPause", "value": "0.10"}} (or {@code ?key=...&value=...};
 * the key with or without {@code risk.}): 200 once the SettingChange is queued, whose outcome the pipeline journals
 * as a SettingApplied decision. 400 bad input (unknown key, a key that cannot change at run time, invalid value),
 * 404 unknown path, 405 wrong method, 501 not available yet. {@code GET /metrics} answers in the Prometheus text format.
 *
 * <p>{@code GET /} is the status page ({@link StatusPage}). A browser cannot send a bearer header when it navigates
 * to a page, so the page is served without a token; it is a static shell with no engine data that asks for the token,
 * keeps it in the tab's session storage and sends it as {@code Authorization: Bearer} on each of its
 * {@code /api/} requests (every 2 s), showing a clear message on a 401. Other methods on {@code /} need the token
 * like any other path.
 */
final class HttpFrontEnd extends SimpleChannelInboundHandler<FullHttpRequest>
{
    private static final Logger LOG = LoggerFactory.getLogger(HttpFrontEnd.class);
    private static final String API = "/api/";

    private final AdminCommands commands;
    private final AdminAuth auth;
    private final Executor executor;

    /** @param executor runs the commands, one at a time, off the I/O thread */
    HttpFrontEnd(final AdminCommands commands, final AdminAuth auth, final Executor executor)
    {
        this.commands = commands;
        this.auth = auth;
        this.executor = executor;
    }

    @Override
    protected void channelRead0(final ChannelHandlerContext ctx, final FullHttpRequest request)
    {
        final FullHttpRequest copy = request.retainedDuplicate();
        try
        {
            executor.execute(() ->
            {
                try
                {
                    handle(ctx, copy);
                }
                finally
                {
                    copy.release();
                }
            });
        }
        catch (final RejectedExecutionException e)
        {
            copy.release();
            ctx.close();
        }
    }

    private void handle(final ChannelHandlerContext ctx, final FullHttpRequest request)
    {
        if (request.decoderResult().isFailure())
        {
            send(ctx, request, HttpResponseStatus.BAD_REQUEST, error("malformed HTTP request"), false);
            return;
        }
        final QueryStringDecoder uri = new QueryStringDecoder(request.uri(), StandardCharsets.UTF_8);
        final String path = uri.path();
        final HttpMethod method = request.method();
        if (path.equals("/health"))
        {
            if (method.equals(HttpMethod.GET))
            {
                send(ctx, request, HttpResponseStatus.OK, "{\"status\":\"ok\"}", true);
            }
            else
            {
                notAllowed(ctx, request, "GET");
            }
            return;
        }
        if (path.equals("/") && method.equals(HttpMethod.GET))
        {
            write(ctx, request, StatusPage.response(), true);
            return;
        }
        if (!auth.accepts(bearer(request)))
        {
            LOG.warn("admin http: refused {} {} from {}: no or wrong token", method, path.length() > 64
                ? path.substring(0, 64) : path, ctx.channel().remoteAddress());
            final FullHttpResponse response = response(HttpResponseStatus.UNAUTHORIZED,
                error("unauthorized: send Authorization: Bearer <token>"));
            response.headers().set(HttpHeaderNames.WWW_AUTHENTICATE, "Bearer realm=\"ringfire\"");
            write(ctx, request, response, true);
            return;
        }
        if (path.equals("/"))
        {
            notAllowed(ctx, request, "GET");
            return;
        }
        if (path.equals("/metrics"))
        {
            metrics(ctx, request);
            return;
        }
        final AdminVerb verb = path.startsWith(API) ? AdminVerb.byWord(path.substring(API.length())) : null;
        if (verb == null || !path.substring(API.length()).equals(verb.word()))
        {
            send(ctx, request, HttpResponseStatus.NOT_FOUND, error("no such path (GET /api/help lists the commands)"), true);
            return;
        }
        final HttpMethod expected = verb.isControl() ? HttpMethod.POST : HttpMethod.GET;
        if (!method.equals(expected))
        {
            notAllowed(ctx, request, expected.name());
            return;
        }
        final List<String> args;
        try
        {
            args = arguments(verb, uri, request);
        }
        catch (final BadCommandException e)
        {
            send(ctx, request, HttpResponseStatus.BAD_REQUEST, error(e.getMessage()), true);
            return;
        }
        final AdminReply reply = commands.execute(verb.word(), args);
        if (verb.isControl())
        {
            LOG.info("admin http: {} {} from {}: {}", verb.word(), auth.redact(String.join(" ", args)),
                ctx.channel().remoteAddress(), reply.outcome());
        }
        send(ctx, request, HttpResponseStatus.valueOf(reply.outcome().httpStatus()), reply.json(), true);
    }

    /** {@code GET /metrics}: the Prometheus text format. */
    private void metrics(final ChannelHandlerContext ctx, final FullHttpRequest request)
    {
        if (!request.method().equals(HttpMethod.GET))
        {
            notAllowed(ctx, request, "GET");
            return;
        }
        final String text;
        try
        {
            text = commands.prometheus();
        }
        catch (final RuntimeException e)
        {
            LOG.error("admin http: rendering /metrics failed", e);
            send(ctx, request, HttpResponseStatus.INTERNAL_SERVER_ERROR,
                AdminRendering.error(AdminReply.Outcome.FAILED, "metrics: internal error ("
                    + e.getClass().getSimpleName() + "); see the log").json(), true);
            return;
        }
        final byte[] bytes = auth.redact(text).getBytes(StandardCharsets.UTF_8);
        final FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK,
            Unpooled.wrappedBuffer(bytes));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, PrometheusText.CONTENT_TYPE)
            .set(HttpHeaderNames.CACHE_CONTROL, HttpHeaderValues.NO_STORE)
            .setInt(HttpHeaderNames.CONTENT_LENGTH, bytes.length);
        write(ctx, request, response, true);
    }

    /** The command's arguments from query parameters and a JSON object body, checked against what it takes. */
    private static List<String> arguments(final AdminVerb verb, final QueryStringDecoder uri,
        final FullHttpRequest request)
    {
        final Map<String, String> params = new LinkedHashMap<>();
        for (final Map.Entry<String, List<String>> e : uri.parameters().entrySet())
        {
            if (e.getValue().size() != 1)
            {
                throw new BadCommandException("parameter '" + AdminCommandParser.echo(e.getKey()) + "' given "
                    + e.getValue().size() + " times");
            }
            params.put(e.getKey(), e.getValue().get(0));
        }
        final ByteBuf content = request.content();
        if (content.isReadable())
        {
            final JsonNode body;
            try
            {
                body = AdminRendering.JSON.readTree(content.toString(StandardCharsets.UTF_8));
            }
            catch (final JsonProcessingException e)
            {
                throw new BadCommandException("body: expected a JSON object such as {\"symbol\": \"BTCUSDT\"}");
            }
            if (body != null && !body.isMissingNode())
            {
                if (!body.isObject())
                {
                    throw new BadCommandException("body: expected a JSON object such as {\"symbol\": \"BTCUSDT\"}");
                }
                for (final Map.Entry<String, JsonNode> e : body.properties())
                {
                    if (!e.getValue().isValueNode() || e.getValue().isNull())
                    {
                        throw new BadCommandException("body: '" + AdminCommandParser.echo(e.getKey())
                            + "': expected a text, number or true/false value");
                    }
                    if (params.put(e.getKey(), e.getValue().asText()) != null)
                    {
                        throw new BadCommandException("parameter '" + AdminCommandParser.echo(e.getKey())
                            + "' given twice");
                    }
                }
            }
        }
        final List<String> names = switch (verb)
        {
            case TRADES -> List.of("n");
            case CLOSE_POSITIONS, CANCEL_ORDERS -> List.of("symbol");
            case SET_RISK -> List.of("key", "value");
            default -> List.of();
        };
        for (final String name : params.keySet())
        {
            if (!names.contains(name))
            {
                throw new BadCommandException(verb.word() + ": unknown parameter '" + AdminCommandParser.echo(name)
                    + "'" + (names.isEmpty() ? " (it takes none)" : " (expected " + String.join(", ", names) + ")"));
            }
        }
        final List<String> args = new ArrayList<>();
        if (verb == AdminVerb.SET_RISK)
        {
            if (!params.containsKey("key") || !params.containsKey("value"))
            {
                throw new BadCommandException("set-risk: expected parameters key and value");
            }
            args.add(params.get("key"));
            args.add(params.get("value"));
        }
        else
        {
            for (final String name : names)
            {
                if (params.containsKey(name))
                {
                    args.add(params.get(name));
                }
            }
        }
        return args;
    }

    private static String bearer(final FullHttpRequest request)
    {
        final String header = request.headers().get(HttpHeaderNames.AUTHORIZATION);
        if (header == null || header.length() < 7 || !header.regionMatches(true, 0, "Bearer ", 0, 7))
        {
            return null;
        }
        return header.substring(7).strip();
    }

    private void notAllowed(final ChannelHandlerContext ctx, final FullHttpRequest request, final String allow)
    {
        final FullHttpResponse response = response(HttpResponseStatus.METHOD_NOT_ALLOWED,
            error("method " + request.method().name() + " not allowed here; use " + allow));
        response.headers().set(HttpHeaderNames.ALLOW, allow);
        write(ctx, request, response, true);
    }

    private void send(final ChannelHandlerContext ctx, final FullHttpRequest request, final HttpResponseStatus status,
        final String json, final boolean keepAliveAllowed)
    {
        write(ctx, request, response(status, json), keepAliveAllowed);
    }

    private FullHttpResponse response(final HttpResponseStatus status, final String json)
    {
        final byte[] bytes = (auth.redact(json) + "\n").getBytes(StandardCharsets.UTF_8);
        final FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status,
            Unpooled.wrappedBuffer(bytes));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/json; charset=utf-8")
            .set(HttpHeaderNames.CACHE_CONTROL, HttpHeaderValues.NO_STORE)
            .setInt(HttpHeaderNames.CONTENT_LENGTH, bytes.length);
        return response;
    }

    private static void write(final ChannelHandlerContext ctx, final FullHttpRequest request,
        final FullHttpResponse response, final boolean keepAliveAllowed)
    {
        final boolean keepAlive = keepAliveAllowed && HttpUtil.isKeepAlive(request);
        if (keepAlive)
        {
            HttpUtil.setKeepAlive(response, true);
            ctx.writeAndFlush(response);
        }
        else
        {
            response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
        }
    }

    private static String error(final String message)
    {
        return AdminRendering.error(AdminReply.Outcome.BAD_REQUEST, message).json();
    }

    @Override
    public void exceptionCaught(final ChannelHandlerContext ctx, final Throwable cause)
    {
        LOG.debug("admin http: closing connection from {}: {}", ctx.channel().remoteAddress(), cause.toString());
        ctx.close();
    }
}
