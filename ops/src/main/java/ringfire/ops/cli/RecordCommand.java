package ringfire.ops.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import ringfire.engine.gateway.Recorder;
import ringfire.engine.settings.EngineSettings;
import ringfire.ops.config.ConfigFile;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

@Command(name = "record", mixinStandardHelpOptions = true,
    description = {"Capture a Bybit-compatible public stream (trades, tickers, order book, klines) into a journal: "
        + "the gateway and the journal only. The journal replays OK and can be backtested with --journal."})
final class RecordCommand implements Callable<Integer>
{
    @Option(names = "--url", required = true, paramLabel = "URL",
        description = "e.g. wss://stream.bybit.com/v5/public/linear, or ws://127.0.0.1:PORT/... of ./ringfire sim-exchange")
    private String url;

    @Option(names = "--symbols", required = true, paramLabel = "S,S", description = "instruments, e.g. BTCUSDT,ETHUSDT")
    private String symbols;

    @Option(names = "--duration", paramLabel = "D", description = "stop after this long, e.g. 60s, 5m, 1h (default: until Ctrl-C)")
    private String duration;

    @Option(names = "--journal", required = true, paramLabel = "DIR", description = "journal to write (continued if it exists)")
    private Path journal;

    @Option(names = "--raw-frames", description = "also keep every raw frame in the journal (for audit and re-decoding)")
    private boolean rawFrames;

    @Option(names = "--config", paramLabel = "FILE", description = "configuration with the instrument table (default: config/paper.yaml)")
    private Path config;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException
    {
        final URI uri;
        try
        {
            uri = new URI(url);
        }
        catch (final java.net.URISyntaxException e)
        {
            throw new BadInputException("--url '" + url + "' is not a URL: " + e.getReason());
        }
        if (!"ws".equals(uri.getScheme()) && !"wss".equals(uri.getScheme()))
        {
            throw new BadInputException("--url must start with ws:// or wss://, was " + url);
        }
        final long waitMs = duration == null ? Long.MAX_VALUE : durationMs(duration);
        final Path file = config != null ? config : Home.defaultConfig();
        final EngineSettings settings = config == null && !Files.exists(file) ? EngineSettings.defaults()
            : ConfigFile.load(file).settings();
        final List<String> names = Arrays.stream(symbols.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        names.forEach(settings::instrument);
        final CountDownLatch stop = new CountDownLatch(1);
        final Thread hook = new Thread(stop::countDown, "record-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try (Recorder recorder = Recorder.start(uri, names, settings, journal, rawFrames,
            System.currentTimeMillis() * 1_000_000L))
        {
            spec.commandLine().getOut().println("recording " + names + " from " + uri + " into " + journal
                + (duration == null ? " until Ctrl-C" : " for " + duration));
            spec.commandLine().getOut().flush();
            stop.await(waitMs, TimeUnit.MILLISECONDS);
            spec.commandLine().getOut().println("recorded " + recorder.framesReceived() + " frames; decoder: "
                + recorder.decodeCounters());
        }
        finally
        {
            try
            {
                Runtime.getRuntime().removeShutdownHook(hook);
            }
            catch (final IllegalStateException shuttingDown)
            {
                // the JVM is already shutting down: the hook has run
            }
        }
        spec.commandLine().getOut().flush();
        return 0;
    }

    static long durationMs(final String text)
    {
        final String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        try
        {
            if (t.endsWith("ms"))
            {
                return Long.parseLong(t.substring(0, t.length() - 2));
            }
            final long n = Long.parseLong(t.substring(0, t.length() - 1));
            return switch (t.charAt(t.length() - 1))
            {
                case 's' -> Duration.ofSeconds(n).toMillis();
                case 'm' -> Duration.ofMinutes(n).toMillis();
                case 'h' -> Duration.ofHours(n).toMillis();
                default -> throw new NumberFormatException();
            };
        }
        catch (final RuntimeException e)
        {
            throw new BadInputException("--duration '" + text + "': expected e.g. 500ms, 60s, 5m or 1h");
        }
    }
}
