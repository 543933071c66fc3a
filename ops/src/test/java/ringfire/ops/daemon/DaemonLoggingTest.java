package ringfire.ops.daemon;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import ringfire.ops.config.LoggingConfig;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The daemon's logging: the rolling file in logging.dir, its limits, and the console only on a terminal. */
class DaemonLoggingTest
{
    @TempDir
    Path tmp;

    private DaemonLogging logging;

    @AfterEach
    void restore()
    {
        if (logging != null)
        {
            logging.close();
        }
    }

    private static Logger root()
    {
        return ((LoggerContext)LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    private static List<Appender<ILoggingEvent>> appenders()
    {
        final List<Appender<ILoggingEvent>> all = new ArrayList<>();
        for (final Iterator<Appender<ILoggingEvent>> it = root().iteratorForAppenders(); it.hasNext(); )
        {
            final Appender<ILoggingEvent> a = it.next();
            all.add(a);
            if (a instanceof ch.qos.logback.classic.AsyncAppender async)
            {
                async.iteratorForAppenders().forEachRemaining(all::add);
            }
        }
        return all;
    }

    @Test
    void shouldWriteTheRollingFileInTheConfiguredDirectoryWithItsLimits() throws Exception
    {
        final Path dir = tmp.resolve("logs/ringfire");
        final LoggingConfig config = new LoggingConfig(dir, "info", 10 * 1024 * 1024, 7, 100L * 1024 * 1024);
        logging = DaemonLogging.configure(config, false);

        LoggerFactory.getLogger(DecisionLogger.LOGGER).info("#12 reject BTCUSDT BUY qty 0.010: DRAWDOWN");
        LoggerFactory.getLogger("ringfire.test").debug("below the level");
        final RollingFileAppender<?> file = appenders().stream().filter(a -> a instanceof RollingFileAppender<?>)
            .map(a -> (RollingFileAppender<?>)a).findFirst().orElseThrow();
        assertThat(Path.of(file.getFile())).isEqualTo(dir.toAbsolutePath().resolve("ringfire.log"));
        final SizeAndTimeBasedRollingPolicy<?> policy = (SizeAndTimeBasedRollingPolicy<?>)file.getRollingPolicy();
        assertThat(policy.getMaxHistory()).isEqualTo(7);
        assertThat(policy.getFileNamePattern()).isEqualTo(dir.toAbsolutePath() + "/ringfire-%d{yyyy-MM-dd,UTC}.%i.log.gz");
        assertThat(root().getLevel()).isEqualTo(Level.INFO);

        logging.close(); // flushes the asynchronous appender
        logging = null;
        final String text = Files.readString(dir.resolve("ringfire.log"));
        assertThat(text).contains("INFO  [").contains("ringfire.decisions - #12 reject BTCUSDT BUY qty 0.010: DRAWDOWN")
            .doesNotContain("below the level");
        assertThat(text.lines()).hasSize(1);
    }

    @Test
    void shouldLeaveTheConsoleOutWithoutATerminal()
    {
        logging = DaemonLogging.configure(new LoggingConfig(tmp, "warn", 1024 * 1024, 1, 1024 * 1024), false);
        assertThat(appenders()).noneMatch(a -> a instanceof ConsoleAppender<?>);
        assertThat(appenders()).anyMatch(a -> a instanceof RollingFileAppender<?>);
        assertThat(root().getLevel()).isEqualTo(Level.WARN);
    }

    @Test
    void shouldCopyToTheConsoleOnATerminal()
    {
        logging = DaemonLogging.configure(new LoggingConfig(tmp, "debug", 1024 * 1024, 1, 1024 * 1024), true);
        assertThat(appenders()).anyMatch(a -> a instanceof ConsoleAppender<?> && a.getName().equals(DaemonLogging.CONSOLE));
        assertThat(appenders()).anyMatch(a -> a instanceof RollingFileAppender<?>);
    }

    @Test
    void shouldReturnToTheToolsConfigurationOnClose()
    {
        DaemonLogging.configure(new LoggingConfig(tmp, "info", 1024 * 1024, 1, 1024 * 1024), false).close();
        assertThat(appenders()).noneMatch(a -> a instanceof RollingFileAppender<?>);
        assertThat(appenders()).anyMatch(a -> a instanceof ConsoleAppender<?>);
        assertThat(root().getLevel()).isEqualTo(Level.WARN);
    }

    @Test
    void shouldRefuseALogDirectoryItCannotCreate() throws Exception
    {
        final Path blocker = Files.writeString(tmp.resolve("a-file"), "x");
        assertThatThrownBy(() -> DaemonLogging.configure(new LoggingConfig(blocker.resolve("logs"), "info", 1024 * 1024,
            1, 1024 * 1024), false))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageStartingWith("logging.dir " + blocker.resolve("logs").toAbsolutePath() + ": cannot create it");
        assertThat(appenders()).noneMatch(a -> a instanceof RollingFileAppender<?>);
    }
}
