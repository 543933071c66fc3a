package ringfire.ops.daemon;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.status.Status;
import org.slf4j.LoggerFactory;
import ringfire.ops.config.LoggingConfig;

import java.io.Console;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Switches logging to the daemon's configuration ({@code logback-daemon.xml}): a rolling file
 * {@code ringfire.log} in {@code logging.dir} (rolled daily and at {@code logging.maxFileSize}, gzipped,
 * {@code logging.maxHistory} days and {@code logging.totalSizeCap} kept), written by an asynchronous appender so
 * that the pipeline thread never waits for the disk (when its queue is full, lines are dropped rather than the
 * pipeline stalled; the journal is the complete record). A copy goes to the console only when the daemon runs
 * attached to a terminal; under systemd (no terminal) the files are the log and journald sees only the daemon's
 * start and stop lines on stdout and errors on stderr. {@code -Dlogback.configurationFile} overrides all of this.
 * {@link #close()} flushes the files and returns to the command-line tools' configuration.
 */
final class DaemonLogging implements AutoCloseable
{
    static final String RESOURCE = "logback-daemon.xml";
    static final String DEFAULT_RESOURCE = "logback.xml";
    static final String CONSOLE = "CONSOLE";
    static final String FILE = "FILE";
    static final String ASYNC_FILE = "ASYNC_FILE";

    private final LoggerContext context;
    private boolean closed;

    private DaemonLogging(final LoggerContext context)
    {
        this.context = context;
    }

    /** The daemon's logging, with the console copy when stdout is a terminal. */
    static DaemonLogging configure(final LoggingConfig config)
    {
        return configure(config, terminal());
    }

    /**
     * @param terminal whether to keep the console appender
     * @throws IllegalArgumentException when {@code logging.dir} cannot be created or written
     */
    static DaemonLogging configure(final LoggingConfig config, final boolean terminal)
    {
        if (System.getProperty("logback.configurationFile") != null
            || !(LoggerFactory.getILoggerFactory() instanceof LoggerContext context))
        {
            return new DaemonLogging(null);
        }
        final Path dir = config.dir().toAbsolutePath();
        try
        {
            Files.createDirectories(dir);
        }
        catch (final IOException e)
        {
            throw new IllegalArgumentException("logging.dir " + dir + ": cannot create it (" + e + ")");
        }
        if (!Files.isWritable(dir))
        {
            throw new IllegalArgumentException("logging.dir " + dir + ": not writable by this user");
        }
        context.reset();
        context.putProperty("ringfire.log.dir", dir.toString());
        context.putProperty("ringfire.log.level", config.level().toUpperCase(java.util.Locale.ROOT));
        context.putProperty("ringfire.log.maxFileSize", Long.toString(config.maxFileSize()));
        context.putProperty("ringfire.log.maxHistory", Integer.toString(config.maxHistory()));
        context.putProperty("ringfire.log.totalSizeCap", Long.toString(config.totalSizeCap()));
        load(context, RESOURCE);
        if (!terminal)
        {
            final Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
            final Appender<ch.qos.logback.classic.spi.ILoggingEvent> console = root.getAppender(CONSOLE);
            if (console != null)
            {
                root.detachAppender(console);
                console.stop();
            }
        }
        return new DaemonLogging(context);
    }

    /** Flushes and closes the log files and returns to the command-line configuration; idempotent. */
    @Override
    public void close()
    {
        if (context == null || closed)
        {
            return;
        }
        closed = true;
        context.reset();
        load(context, DEFAULT_RESOURCE);
    }

    /** Whether stdout is a terminal (JDK 22+ returns a console for redirected streams too: ask it). */
    static boolean terminal()
    {
        final Console console = System.console();
        if (console == null)
        {
            return false;
        }
        try
        {
            return (Boolean)Console.class.getMethod("isTerminal").invoke(console);
        }
        catch (final NoSuchMethodException e)
        {
            return true; // JDK 21: System.console() is non-null only on a terminal
        }
        catch (final ReflectiveOperationException | RuntimeException e)
        {
            return false;
        }
    }

    private static void load(final LoggerContext context, final String resource)
    {
        final URL url = DaemonLogging.class.getClassLoader().getResource(resource);
        if (url == null)
        {
            return;
        }
        final int before = context.getStatusManager().getCount();
        try
        {
            final JoranConfigurator configurator = new JoranConfigurator();
            configurator.setContext(context);
            configurator.doConfigure(url);
        }
        catch (final JoranException e)
        {
            System.err.println("daemon: logging configuration " + resource + ": " + e.getMessage());
        }
        final java.util.List<Status> statuses = context.getStatusManager().getCopyOfStatusList();
        for (int i = Math.min(before, statuses.size()); i < statuses.size(); i++)
        {
            if (statuses.get(i).getLevel() == Status.ERROR)
            {
                System.err.println("daemon: logging: " + statuses.get(i).getMessage());
            }
        }
    }
}
