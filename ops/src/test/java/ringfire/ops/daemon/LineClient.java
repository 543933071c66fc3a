package ringfire.ops.daemon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** A telnet-style client for the admin port's line protocol: one command per line, replies end with an empty line. */
final class LineClient implements AutoCloseable
{
    private final Socket socket;
    private final BufferedReader in;
    private final OutputStream out;

    LineClient(final int port) throws IOException
    {
        socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(30_000);
        in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        out = socket.getOutputStream();
    }

    void send(final String line) throws IOException
    {
        out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** One line as sent by the server, or null at the end of the stream. */
    String line() throws IOException
    {
        return in.readLine();
    }

    /** The next reply's lines joined by '\n', without the empty line that ends it. */
    String reply() throws IOException
    {
        final StringBuilder b = new StringBuilder();
        for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine())
        {
            b.append(b.isEmpty() ? "" : "\n").append(line);
        }
        return b.toString();
    }

    String command(final String line) throws IOException
    {
        send(line);
        return reply();
    }

    /** Logs in; returns the server's answer. */
    String auth(final String token) throws IOException
    {
        return command("auth " + token);
    }

    @Override
    public void close() throws IOException
    {
        socket.close();
    }
}
