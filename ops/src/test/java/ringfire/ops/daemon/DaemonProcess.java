package ringfire.ops.daemon;

import ringfire.ops.cli.RingfireCli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./ringfire <args>} as a real child process: the JVM running the tests, the test class path and the JVM
 * options Chronicle needs (the root pom's {@code ringfire.jvm.opens}, as the launcher reads them), with a chosen
 * environment. stdout and stderr go to files in {@code dir}, read back while it runs.
 */
final class DaemonProcess implements AutoCloseable
{
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern OPENS = Pattern.compile("<ringfire\\.jvm\\.opens>([^<]*)</ringfire\\.jvm\\.opens>");
    private static final Pattern ADMIN = Pattern.compile("admin http [0-9.]+:(\\d+) telnet [0-9.]+:(\\d+)");
    private static final List<String> SECRET_ENV = List.of("RINGFIRE_ADMIN_TOKEN", "BYBIT_API_KEY", "BYBIT_API_SECRET",
        "RINGFIRE_HOME", "RINGFIRE_JAVA_OPTS");

    private final Process process;
    private final Path out;
    private final Path err;

    private DaemonProcess(final Process process, final Path out, final Path err)
    {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /**
     * Starts {@code RingfireCli args} in {@code dir} (its working directory) with {@code env} on top of this
     * process's environment minus every secret variable; RINGFIRE_HOME is the repository.
     */
    static DaemonProcess start(final Path dir, final Map<String, String> env, final String... args)
    {
        final List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions());
        command.addAll(List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), RingfireCli.class.getName()));
        command.addAll(Arrays.asList(args));
        final ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        SECRET_ENV.forEach(builder.environment()::remove);
        builder.environment().put("RINGFIRE_HOME", ROOT.toString());
        builder.environment().putAll(env);
        try
        {
            final Path out = Files.createTempFile(dir, "daemon-", ".out");
            final Path err = Files.createTempFile(dir, "daemon-", ".err");
            builder.redirectOutput(out.toFile()).redirectError(err.toFile());
            return new DaemonProcess(builder.start(), out, err);
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException(e);
        }
    }

    /** The launcher's JVM options: the root pom's ringfire.jvm.opens, plus what JDK 24+ wants for Chronicle. */
    static List<String> jvmOptions()
    {
        final String pom;
        try
        {
            pom = Files.readString(ROOT.resolve("pom.xml"));
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException(e);
        }
        final Matcher m = OPENS.matcher(pom);
        if (!m.find())
        {
            throw new IllegalStateException("no <ringfire.jvm.opens> in " + ROOT.resolve("pom.xml"));
        }
        final List<String> options = new ArrayList<>(Arrays.asList(m.group(1).strip().split("\\s+")));
        if (Runtime.version().feature() >= 24)
        {
            options.addAll(List.of("--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow"));
        }
        return options;
    }

    String out()
    {
        return read(out);
    }

    String err()
    {
        return read(err);
    }

    boolean isAlive()
    {
        return process.isAlive();
    }

    /** Waits until stdout has a line that matches, or the process ends, or the time is up; returns the line or null. */
    String awaitLine(final Predicate<String> match, final Duration timeout) throws InterruptedException
    {
        final long deadline = System.nanoTime() + timeout.toNanos();
        while (true)
        {
            for (final String line : out().split("\n"))
            {
                if (match.test(line))
                {
                    return line;
                }
            }
            if (!process.isAlive() || System.nanoTime() - deadline > 0)
            {
                return null;
            }
            Thread.sleep(50);
        }
    }

    /** The HTTP and telnet ports from the running line. */
    static int[] adminPorts(final String runningLine)
    {
        final Matcher m = ADMIN.matcher(runningLine);
        if (!m.find())
        {
            throw new IllegalStateException("no admin addresses in: " + runningLine);
        }
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }

    /** Sends SIGTERM (what {@link Process#destroy()} sends on Linux). */
    void terminate()
    {
        process.destroy();
    }

    /** Sends a signal by name (e.g. INT) with kill(1). */
    void signal(final String name) throws IOException, InterruptedException
    {
        final Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start();
        if (kill.waitFor() != 0)
        {
            throw new IllegalStateException("kill -" + name + " " + process.pid() + " failed");
        }
    }

    /** The exit status, or null when it has not ended within {@code timeout}. */
    Integer awaitExit(final Duration timeout) throws InterruptedException
    {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : null;
    }

    /** Everything it printed, for assertion messages. */
    String transcript()
    {
        return "--- stdout\n" + out() + "--- stderr\n" + err();
    }

    /** Kills it if it still runs. */
    @Override
    public void close() throws InterruptedException
    {
        if (process.isAlive())
        {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static String read(final Path file)
    {
        try
        {
            return Files.readString(file, StandardCharsets.UTF_8);
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException(e);
        }
    }
}
