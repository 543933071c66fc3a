package ringfire.ops.daemon;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import org.slf4j.LoggerFactory;

import java.net.URL;

/**
 * Switches logging to the daemon's configuration ({@code logback-daemon.xml}: INFO and above to stdout, for
 * journald), unless {@code -Dlogback.configurationFile} names another.
 */
final class DaemonLogging
{
    static final String RESOURCE = "logback-daemon.xml";

    private DaemonLogging()
    {
    }

    static void configure()
    {
        if (System.getProperty("logback.configurationFile") != null
            || !(LoggerFactory.getILoggerFactory() instanceof LoggerContext context))
        {
            return;
        }
        final URL url = DaemonLogging.class.getClassLoader().getResource(RESOURCE);
        if (url == null)
        {
            return;
        }
        try
        {
            final JoranConfigurator configurator = new JoranConfigurator();
            configurator.setContext(context);
            context.reset();
            configurator.doConfigure(url);
        }
        catch (final JoranException e)
        {
            System.err.println("daemon: logging configuration " + RESOURCE + ": " + e.getMessage());
        }
    }
}
