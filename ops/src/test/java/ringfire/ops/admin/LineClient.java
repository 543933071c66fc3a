package ringfire.ops.admin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Test client for the admin port's telnet-style line protocol: one command per line, replies end with an empty line.
 * Every reply read is also handed to a transcript consumer, so a test can check what the server said.
 */
public final class LineClient implements AutoCloseable
{
    private final Socket socket;
    private final BufferedReader in;
    private final OutputStream out;
    private final Consumer<String> transcript;

    public LineClient(final int port) throws IOException
    {
        this(port, reply -> {});
    }

    public LineClient(final int port, final Consumer<String> transcript) throws IOException
    {
        this.transcript = transcript;
        socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(30_000);
        in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        out = socket.getOutputStream();
    }

    public void send(final String line) throws IOException
    {
        out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** One line as sent by the server, or null at the end of the stream. */
    public String line() throws IOException
    {
        return in.readLine();
    }

    /** The next reply's lines joined by '\n', without the empty line that ends it. */
    public String reply() throws IOException
    {
        final StringBuilder b = new StringBuilder();
        for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine())
        {
            b.append(b.isEmpty() ? "" : "\n").append(line);
        }
        transcript.accept(b.toString());
        return b.toString();
    }

    /** The rest until the server closes, each line followed by '\n'. */
    public String rest() throws IOException
    {
        final StringBuilder b = new StringBuilder();
        for (String line = in.readLine(); line != null; line = in.readLine())
        {
            b.append(line).append('\n');
        }
        transcript.accept(b.toString());
        return b.toString();
    }

    public String command(final String line) throws IOException
    {
        send(line);
        return reply();
    }

    /** Logs in; returns the server's answer. */
    public String auth(final String token) throws IOException
    {
        return command("auth " + token);
    }

    @Override
    public void close() throws IOException
    {
        socket.close();
    }
}
