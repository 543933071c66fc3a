package ringfire.ops.daemon;

import ringfire.ops.cli.Home;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import ringfire.codecs.sbe.EndReason;
import ringfire.engine.execution.paper.TradingModeGuard;
import ringfire.engine.sim.SimExchange;
import ringfire.engine.sim.SimMain;
import ringfire.ops.config.AdminConfig;
import ringfire.ops.config.ConfigFile;
import ringfire.ops.config.FeedConfig;
import ringfire.ops.config.RingfireConfig;
import ringfire.ops.secrets.Secrets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./ringfire daemon}: runs the engine headless until SIGTERM/SIGINT (or {@code --for}), then stops
 * gracefully: admin port and feed first, the ring drains into the journal, the journal closes, exit 0. The stop
 * must finish within {@code --stop-timeout} (else exit 70). A second SIGTERM/SIGINT during the stop forces the exit
 * at once with status 143/130 ({@link StopSignals}); other JVM exits (SIGHUP, where the signals cannot be handled)
 * still stop gracefully through a shutdown hook. The running line on stdout names the bound admin addresses.
 */
@Command(name = "daemon", mixinStandardHelpOptions = true,
    description = {"Run the engine: market data from Bybit (or the simulated exchange) through the full pipeline "
        + "into the journal, with the admin port when a token is set. Stops gracefully on SIGTERM or Ctrl-C: "
        + "intake first, then the ring drains into the journal, which then closes (it replays OK); exit 0, or 70 "
        + "when the stop takes longer than --stop-timeout. A second SIGTERM or Ctrl-C during the stop forces "
        + "the exit at once (status 143 or 130; the journal keeps what was written)."})
public final class DaemonCommand implements Callable<Integer>
{
    private static final Logger LOG = LoggerFactory.getLogger(DaemonCommand.class);

    @Option(names = "--config", paramLabel = "FILE", description = "configuration (default: config/paper.yaml)")
    private Path config;

    @Option(names = "--feed", paramLabel = "bybit|sim",
        description = "market data: bybit (feed.url) or sim (an in-process simulated exchange on the bundled data); "
            + "default: feed.source")
    private String feed;

    @Option(names = "--journal", paramLabel = "DIR", description = "journal directory instead of journal.dir")
    private Path journal;

    @Option(names = "--admin-http-port", paramLabel = "N", description = "instead of admin.httpPort (0: any free port)")
    private Integer adminHttpPort;

    @Option(names = "--admin-telnet-port", paramLabel = "N", description = "instead of admin.telnetPort (0: any free port)")
    private Integer adminTelnetPort;

    @Option(names = TradingModeGuard.LIVE_TRADING_FLAG, description = "required (with the next) for mode testnet or live")
    private boolean liveTrading;

    @Option(names = TradingModeGuard.UNDERSTAND_RISKS_FLAG, description = "required (with the previous) for mode testnet or live")
    private boolean understandRisks;

    @Option(names = "--for", paramLabel = "D", description = "stop after this long, e.g. 2s, 10m (tests and smoke runs)")
    private String runFor;

    @Option(names = "--sim-speed", paramLabel = "N", defaultValue = "3000x",
        description = "speed of --feed sim (default ${DEFAULT-VALUE})")
    private String simSpeed;

    @Option(names = "--stop-timeout", paramLabel = "D", defaultValue = "20s",
        description = "longest graceful stop before giving up (default ${DEFAULT-VALUE}; keep below systemd's TimeoutStopSec)")
    private String stopTimeout;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException
    {
        final long runMs = runFor == null ? Long.MAX_VALUE : durationMs("--for", runFor);
        final long stopMs = durationMs("--stop-timeout", stopTimeout);
        final Path file = config != null ? config : Home.defaultConfig();
        final RingfireConfig loaded = ConfigFile.load(file);
        TradingModeGuard.check(loaded.mode(), liveTrading, understandRisks);
        final RingfireConfig effective = overrides(loaded);
        final DaemonLogging logging = DaemonLogging.configure(effective.logging());
        try
        {
            final Secrets secrets = Secrets.load(effective);
            final CountDownLatch stop = new CountDownLatch(1);
            // installed before the start so that a signal during it stops the daemon once it runs
            try (StopSignals signals = StopSignals.install(stop::countDown))
            {
                final SimExchange sim = effective.feed().source() == FeedConfig.Source.SIM ? startSim(effective) : null;
                return run(Daemon.start(effective, secrets, sim), effective, stop, runMs, stopMs, logging);
            }
        }
        finally
        {
            logging.close(); // a failed start: back to the default logging
        }
    }

    private int run(final Daemon daemon, final RingfireConfig effective, final CountDownLatch stop, final long runMs,
        final long stopMs, final DaemonLogging logging) throws InterruptedException
    {
        final CountDownLatch stopped = new CountDownLatch(1);
        final Thread hook = new Thread(() ->
        {
            // SIGTERM/SIGINT normally go to StopSignals; this covers the JVM's other exits (e.g. SIGHUP)
            LOG.info("ringfire daemon: the JVM is shutting down");
            stop.countDown();
            try
            {
                // keep the JVM alive until the journal is closed (or the stop timeout passes)
                stopped.await(stopMs + 1_000, TimeUnit.MILLISECONDS);
            }
            catch (final InterruptedException e)
            {
                Thread.currentThread().interrupt();
            }
        }, "ringfire-daemon-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        spec.commandLine().getOut().println("ringfire daemon running (mode " + effective.mode().name().toLowerCase(Locale.ROOT)
            + ", journal " + effective.journalDir() + daemon.admin().map(a -> ", admin http "
                + a.httpAddress().getAddress().getHostAddress() + ":" + a.httpAddress().getPort() + " telnet "
                + a.telnetAddress().getAddress().getHostAddress() + ":" + a.telnetAddress().getPort()).orElse("")
            + ")" + (runFor == null ? "" : " for " + runFor));
        spec.commandLine().getOut().flush();
        try
        {
            final boolean signalled = stop.await(runMs, TimeUnit.MILLISECONDS);
            return stop(daemon, stopMs, signalled ? EndReason.SIGNAL : EndReason.DURATION);
        }
        finally
        {
            logging.close(); // flush the log files before the shutdown hook lets the JVM exit
            stopped.countDown();
            try
            {
                Runtime.getRuntime().removeShutdownHook(hook);
            }
            catch (final IllegalStateException shuttingDown)
            {
                // the JVM is already shutting down: the hook is running and now returns
            }
        }
    }

    /** Closes the daemon on its own thread so a stuck stop cannot hang the process past the timeout. */
    private int stop(final Daemon daemon, final long stopMs, final EndReason reason) throws InterruptedException
    {
        final Thread closer = new Thread(() -> daemon.close(reason), "ringfire-daemon-stop");
        final Throwable[] failure = new Throwable[1];
        closer.setUncaughtExceptionHandler((t, e) -> failure[0] = e);
        closer.start();
        closer.join(stopMs);
        if (closer.isAlive())
        {
            LOG.error("ringfire daemon: graceful stop did not finish within {} ms; exiting", stopMs);
            spec.commandLine().getErr().println("daemon: graceful stop did not finish within " + stopTimeout);
            return ringfire.ops.cli.RingfireCli.EXIT_INTERNAL;
        }
        if (failure[0] != null)
        {
            LOG.error("ringfire daemon: stop failed", failure[0]);
            spec.commandLine().getErr().println("daemon: stop failed: " + failure[0]);
            return ringfire.ops.cli.RingfireCli.EXIT_INTERNAL;
        }
        spec.commandLine().getOut().println("ringfire daemon stopped");
        spec.commandLine().getOut().flush();
        return 0;
    }

    private RingfireConfig overrides(final RingfireConfig c)
    {
        FeedConfig f = c.feed();
        if (feed != null)
        {
            final FeedConfig.Source source = switch (feed.strip().toLowerCase(Locale.ROOT))
            {
                case "bybit" -> FeedConfig.Source.BYBIT;
                case "sim" -> FeedConfig.Source.SIM;
                default -> throw new IllegalArgumentException("--feed: expected bybit or sim, was '" + feed + "'");
            };
            f = new FeedConfig(source, f.url(), f.symbols(), f.orderbookDepth(), f.klineInterval(), f.heartbeat(),
                f.timeout(), f.reconnectCap(), f.keepRawFrames());
        }
        final AdminConfig a = c.admin();
        final AdminConfig admin = new AdminConfig(a.enabled(), a.bind(),
            adminHttpPort == null ? a.httpPort() : port("--admin-http-port", adminHttpPort),
            adminTelnetPort == null ? a.telnetPort() : port("--admin-telnet-port", adminTelnetPort), a.tokenFile());
        return new RingfireConfig(c.pipeline(), journal == null ? c.journalDir() : journal, c.journal(), c.settings(),
            c.mode(), f, admin, c.secrets(), c.logging());
    }

    private SimExchange startSim(final RingfireConfig c)
    {
        if (!"1".equals(c.feed().klineInterval()))
        {
            throw new IllegalArgumentException("--feed sim: the bundled data is 1-minute bars; set feed.klineInterval: 1");
        }
        final List<String> args = new ArrayList<>(List.of("--speed", simSpeed, "--interval", "1m"));
        for (final String symbol : c.feed().symbols())
        {
            final Path data = Home.bundledData(symbol);
            if (!Files.isRegularFile(data))
            {
                throw new IllegalArgumentException("--feed sim: no bundled data for " + symbol + " (" + data + ")");
            }
            args.addAll(List.of("--bars", symbol + "=" + data));
        }
        final SimExchange sim = SimExchange.start(SimMain.parse(args.toArray(String[]::new)));
        LOG.info("simulated exchange on {} (speed {}, bundled data for {})", sim.uri(), simSpeed, c.feed().symbols());
        return sim;
    }

    private static int port(final String option, final int port)
    {
        if (port < 0 || port > 65535)
        {
            throw new IllegalArgumentException(option + ": expected 0..65535, was " + port);
        }
        return port;
    }

    static long durationMs(final String option, final String text)
    {
        final String t = text.strip().toLowerCase(Locale.ROOT);
        try
        {
            if (t.endsWith("ms"))
            {
                return Long.parseLong(t.substring(0, t.length() - 2));
            }
            final long n = Long.parseLong(t.substring(0, t.length() - 1));
            final long ms = switch (t.charAt(t.length() - 1))
            {
                case 's' -> Duration.ofSeconds(n).toMillis();
                case 'm' -> Duration.ofMinutes(n).toMillis();
                case 'h' -> Duration.ofHours(n).toMillis();
                default -> throw new NumberFormatException();
            };
            if (ms < 0)
            {
                throw new NumberFormatException();
            }
            return ms;
        }
        catch (final RuntimeException e)
        {
            throw new IllegalArgumentException(option + " '" + text + "': expected e.g. 500ms, 60s, 5m or 1h");
        }
    }
}
