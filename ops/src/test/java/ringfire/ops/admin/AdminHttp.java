package ringfire.ops.admin;

import ringfire.ops.secrets.Secret;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Test fixture: an admin server on loopback ephemeral ports over the given commands, and an HTTP client for it. */
final class AdminHttp implements AutoCloseable
{
    private final AdminServer server;
    private final HttpClient client;

    AdminHttp(final String token, final AdminCommands commands)
    {
        final InetAddress loopback = InetAddress.getLoopbackAddress();
        server = AdminServer.start(new InetSocketAddress(loopback, 0), new InetSocketAddress(loopback, 0),
            Secret.of(token, "test"), commands);
        client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    AdminServer server()
    {
        return server;
    }

    /** A request builder for a path on the server's HTTP port. */
    HttpRequest.Builder request(final String path)
    {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.httpAddress().getPort() + path))
            .timeout(Duration.ofSeconds(10));
    }

    HttpResponse<String> send(final HttpRequest request) throws IOException, InterruptedException
    {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Sends {@code method path} without a body, with {@code Authorization: Bearer token} unless token is null. */
    HttpResponse<String> http(final String method, final String path, final String token)
        throws IOException, InterruptedException
    {
        return http(method, path, token, null);
    }

    /** Sends {@code method path}, with {@code Authorization: Bearer token} unless token is null and a body unless null. */
    HttpResponse<String> http(final String method, final String path, final String token, final String body)
        throws IOException, InterruptedException
    {
        final HttpRequest.Builder request = request(path)
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null)
        {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    @Override
    public void close()
    {
        client.close();
        server.close();
    }
}
