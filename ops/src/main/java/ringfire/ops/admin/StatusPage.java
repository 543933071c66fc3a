package ringfire.ops.admin;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The status page ({@code GET /}): one static, self-contained HTML file ({@code status.html}: inline CSS, script
 * and SVG, no external references) that holds no engine data. It asks for the admin token, keeps it in the tab's
 * session storage and reads everything through the token-protected {@code /api/} paths. Its Content-Security-Policy
 * allows exactly its own inline script and style (by SHA-256), requests to this origin only, and no framing.
 */
final class StatusPage
{
    static final String RESOURCE = "status.html";

    private static final byte[] HTML = load();
    private static final String POLICY = "default-src 'none'; script-src " + hash("script") + "; style-src "
        + hash("style") + "; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private StatusPage()
    {
    }

    static FullHttpResponse response()
    {
        final FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK,
            Unpooled.wrappedBuffer(HTML));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, "text/html; charset=utf-8")
            .set(HttpHeaderNames.CACHE_CONTROL, HttpHeaderValues.NO_STORE)
            .set("Content-Security-Policy", POLICY)
            .set("X-Content-Type-Options", "nosniff")
            .set("X-Frame-Options", "DENY")
            .set("Referrer-Policy", "no-referrer")
            .setInt(HttpHeaderNames.CONTENT_LENGTH, HTML.length);
        return response;
    }

    static String html()
    {
        return new String(HTML, StandardCharsets.UTF_8);
    }

    static String policy()
    {
        return POLICY;
    }

    private static byte[] load()
    {
        try (InputStream in = StatusPage.class.getResourceAsStream(RESOURCE))
        {
            if (in == null)
            {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the build");
            }
            return in.readAllBytes();
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException(e);
        }
    }

    /** The CSP source of the page's one inline {@code <tag>} element: its text's SHA-256. */
    private static String hash(final String tag)
    {
        final String html = html();
        final int open = html.indexOf("<" + tag + ">");
        final int close = html.indexOf("</" + tag + ">", open);
        if (open < 0 || close < 0 || html.indexOf("<" + tag + ">", close) >= 0)
        {
            throw new IllegalStateException(RESOURCE + ": expected exactly one <" + tag + "> element");
        }
        final String body = html.substring(open + tag.length() + 2, close);
        try
        {
            final byte[] digest = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        }
        catch (final NoSuchAlgorithmException e)
        {
            throw new IllegalStateException(e);
        }
    }
}
