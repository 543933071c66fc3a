package ringfire.ops.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import ringfire.engine.settings.EngineSettings;
import ringfire.engine.sim.SimExchange;
import ringfire.engine.sim.SimMain;
import ringfire.engine.sim.SimOptions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "sim-exchange", mixinStandardHelpOptions = true,
    description = {"Run a simulated Bybit v5 public WebSocket server on loopback: subscribe acks, pong, publicTrade, "
        + "tickers, orderbook and kline (with confirm) generated deterministically from bar data (each bar: open, "
        + "then low and high in the order that reaches the close, then close), or replayed from recorded frames.",
        "Faults per connection, in the URL (?fault=drop-after:50) or with --fault: drop-after:N, stall-after:N, "
            + "malformed-every:N, gap-every:N, dup-every:N, reject:SYMBOL."})
final class SimExchangeCommand implements Callable<Integer>
{
    @Option(names = "--data", paramLabel = "[SYMBOL=]FILE", arity = "1..*",
        description = "bar files (kline CSV or Bybit JSON); the symbol is taken from the file name when not given "
            + "(default: the bundled BTCUSDT and ETHUSDT 1m data)")
    private List<String> data = new ArrayList<>();

    @Option(names = "--replay", paramLabel = "FILE", description = "replay recorded raw frames (one per line) instead")
    private Path replay;

    @Option(names = "--interval", paramLabel = "I", defaultValue = "1m", description = "interval of the bars (default ${DEFAULT-VALUE})")
    private String interval;

    @Option(names = "--speed", paramLabel = "N", defaultValue = "60x", description = "60x, 1x, max... (default ${DEFAULT-VALUE})")
    private String speed;

    @Option(names = "--port", paramLabel = "N", defaultValue = "0", description = "port on 127.0.0.1 (default: any free port)")
    private int port;

    @Option(names = "--fault", paramLabel = "SPEC", description = "fault for every connection, e.g. drop-after:500")
    private List<String> faults = new ArrayList<>();

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException
    {
        final List<String> args = new ArrayList<>(List.of("--interval", interval, "--speed", speed,
            "--port", Integer.toString(port)));
        if (replay != null)
        {
            args.addAll(List.of("--replay", replay.toString()));
        }
        else
        {
            final List<String> sources = data.isEmpty()
                ? List.of("BTCUSDT=" + Home.bundledData("BTCUSDT"), "ETHUSDT=" + Home.bundledData("ETHUSDT")) : data;
            for (final String source : sources)
            {
                args.addAll(List.of("--bars", source.contains("=") ? source : symbolOf(source) + "=" + source));
            }
        }
        faults.forEach(f -> args.addAll(List.of("--fault", f)));
        final SimOptions options = SimMain.parse(args.toArray(String[]::new));
        final CountDownLatch stop = new CountDownLatch(1);
        try (SimExchange sim = SimExchange.start(options))
        {
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "sim-shutdown"));
            spec.commandLine().getOut().println("sim-exchange listening on " + sim.uri() + " (speed " + speed + ")");
            spec.commandLine().getOut().flush();
            stop.await();
        }
        return 0;
    }

    private static String symbolOf(final String file)
    {
        final String name = Path.of(file).getFileName().toString().toUpperCase(java.util.Locale.ROOT);
        for (final var spec : EngineSettings.defaults().instruments())
        {
            if (name.contains(spec.name()))
            {
                return spec.name();
            }
        }
        throw new BadInputException("--data " + file + ": cannot tell the symbol from the file name; write SYMBOL=FILE");
    }
}
