package ringfire.ops.admin;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** GET /: the static status page shell, served without a token, and the token-protected paths its script reads. */
class StatusPageTest
{
    private static final String TOKEN = "adm-page-5b0f3e91c7a24d68";
    private static final Pattern API_PATH = Pattern.compile("\"(/api/[a-z-]+(\\?[a-z]+=\\d+)?)\"");

    private final AdminPipeline pipeline = new AdminPipeline();
    private AdminHttp admin;

    @BeforeEach
    void start()
    {
        admin = new AdminHttp(TOKEN, pipeline.commands(new FakeEngineView()));
    }

    @AfterEach
    void stop()
    {
        admin.close();
        pipeline.close();
    }

    @Test
    void shouldServeTheSelfContainedPageWithoutATokenAndWithoutEngineData() throws Exception
    {
        final HttpResponse<String> page = admin.http("GET", "/", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        final String html = page.body();
        assertThat(html).startsWith("<!DOCTYPE html>").isEqualTo(StatusPage.html());
        // nothing external: no scheme anywhere, every src/href/url() local, every fetch to this origin's /api/
        assertThat(html).doesNotContainIgnoringCase("http://").doesNotContainIgnoringCase("https://")
            .doesNotContain("//cdn").doesNotContain("url(").doesNotContainPattern("\\b(src|href)\\s*=");
        assertThat(html).contains("<style>", "<script>", "<svg id=\"chart\"");
        // no engine data: the shell is the same for everyone, the view's values never appear in it
        assertThat(html).doesNotContain("BTCUSDT", "10012", "4242", "RUNNING\u003c");
        assertThat(html).doesNotContain(TOKEN);
    }

    @Test
    void shouldAllowExactlyThePagesOwnInlineScriptAndStyle() throws Exception
    {
        final HttpResponse<String> page = admin.http("GET", "/", null);
        final String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).startsWith("default-src 'none'; ").contains("connect-src 'self'", "frame-ancestors 'none'")
            .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        for (final String tag : new String[] {"script", "style"})
        {
            final String html = page.body();
            final String body = html.substring(html.indexOf("<" + tag + ">") + tag.length() + 2,
                html.indexOf("</" + tag + ">"));
            final String hash = Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
            assertThat(policy).contains(tag + "-src 'sha256-" + hash + "'");
        }
    }

    @Test
    void shouldHaveTheControlsEachBehindAConfirmation()
    {
        final String html = StatusPage.html();
        assertThat(html).contains("<button id=\"pause\"", "<button id=\"resume\"", "<button id=\"emergency-stop\"");
        assertThat(html).contains("window.confirm(question)", "control(\"/api/pause\"", "control(\"/api/resume\"",
            "control(\"/api/emergency-stop\"");
        assertThat(html).contains("sessionStorage", "\"Authorization\": \"Bearer \" + token()", "r.status === 401",
            "401 Unauthorized", "setInterval(refresh, REFRESH_MS)", "REFRESH_MS = 2000");
    }

    @Test
    void shouldFindEveryPathThePageReadsAnsweredWithTheToken() throws Exception
    {
        final Set<String> paths = new LinkedHashSet<>();
        final Matcher m = API_PATH.matcher(StatusPage.html());
        while (m.find())
        {
            paths.add(m.group(1));
        }
        assertThat(paths).contains("/api/status", "/api/pnl", "/api/risk", "/api/positions", "/api/trades?n=20",
            "/api/equity", "/api/pause", "/api/resume", "/api/emergency-stop");
        for (final String path : paths)
        {
            final AdminVerb verb = AdminVerb.byWord(path.substring(5).replaceFirst("\\?.*", ""));
            assertThat(verb).as(path).isNotNull();
            final String method = verb.isControl() ? "POST" : "GET";
            final HttpResponse<String> withToken = admin.http(method, path, TOKEN);
            assertThat(withToken.statusCode()).as(method + " " + path).isEqualTo(200);
            assertThat(AdminRendering.JSON.readTree(withToken.body()).isObject()).isTrue();
            assertThat(admin.http(method, path, null).statusCode()).as(method + " " + path + " without a token").isEqualTo(401);
        }
        assertThat(admin.http("GET", "/api/equity", TOKEN).body()).contains("\"time\":\"2026-01-02T03:04:00Z\"",
            "\"equity\":10012.50");
        assertThat(pipeline.events()).extracting(AdminPipeline.Event::action)
            .containsExactly("PAUSE", "RESUME", "HALT", "CANCEL_ALL");
    }

    @Test
    void shouldRefuseOtherMethodsOnThePageLikeAnyPath() throws Exception
    {
        assertThat(admin.http("POST", "/", null).statusCode()).isEqualTo(401);
        final HttpResponse<String> post = admin.http("POST", "/", TOKEN);
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).hasValue("GET");
        assertThat(admin.http("GET", "/status.html", null).statusCode()).isEqualTo(401);
    }
}
