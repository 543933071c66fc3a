package ringfire.engine.sim;

import ringfire.engine.settings.EngineSettings;
import ringfire.journal.importer.KlineInterval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a {@link SimExchange} until the process is stopped:
 * <pre>
 *   --bars SYMBOL=FILE [--bars SYMBOL=FILE]... [--interval 1m]   messages generated from kline files
 *   --replay FILE                                                or recorded frames, one per line
 *   [--port 0] [--host 127.0.0.1] [--speed 60x|max] [--fault SPEC] [--no-resume]
 * </pre>
 * Symbols take their scales from the built-in instrument table. Prints the URL to connect to.
 */
public final class SimMain
{
    private SimMain()
    {
    }

    public static void main(final String[] args) throws InterruptedException
    {
        final SimOptions options;
        try
        {
            options = parse(args);
        }
        catch (final IllegalArgumentException e)
        {
            System.err.println("sim: " + e.getMessage());
            System.exit(2);
            return;
        }
        final SimExchange sim = SimExchange.start(options);
        Runtime.getRuntime().addShutdownHook(new Thread(sim::close, "ringfire-sim-shutdown"));
        System.out.println("sim listening on " + sim.uri() + " (speed " + options.speed() + ")");
        new CountDownLatch(1).await();
    }

    /** Parses the arguments above into options. */
    public static SimOptions parse(final String... args)
    {
        final List<String[]> bars = new ArrayList<>();
        Path replay = null;
        int interval = KlineInterval.MINUTE;
        int port = 0;
        String host = "127.0.0.1";
        Speed speed = Speed.MAX;
        FaultSpec faults = FaultSpec.NONE;
        boolean resume = true;
        for (int i = 0; i < args.length; i++)
        {
            final String arg = args[i];
            switch (arg)
            {
                case "--bars" ->
                {
                    final String[] kv = value(args, ++i, arg).split("=", 2);
                    if (kv.length != 2)
                    {
                        throw new IllegalArgumentException("--bars expects SYMBOL=FILE: " + args[i]);
                    }
                    bars.add(kv);
                }
                case "--interval" -> interval = KlineInterval.parseSeconds(value(args, ++i, arg));
                case "--replay" -> replay = Path.of(value(args, ++i, arg));
                case "--port" -> port = Integer.parseInt(value(args, ++i, arg));
                case "--host" -> host = value(args, ++i, arg);
                case "--speed" -> speed = Speed.parse(value(args, ++i, arg));
                case "--fault" -> faults = faults.plus(FaultSpec.parse(value(args, ++i, arg)));
                case "--no-resume" -> resume = false;
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        if (bars.isEmpty() == (replay == null))
        {
            throw new IllegalArgumentException("give --bars SYMBOL=FILE (one or more) or --replay FILE");
        }
        SimOptions options;
        if (replay != null)
        {
            options = SimOptions.replay(ReplayTape.load(replay));
        }
        else
        {
            final List<BarTape> tapes = new ArrayList<>();
            final EngineSettings settings = EngineSettings.defaults();
            for (final String[] kv : bars)
            {
                tapes.add(BarTape.load(Path.of(kv[1]), SimInstrument.of(settings.instrument(kv[0])), interval));
            }
            options = SimOptions.bars(new SimMarket(tapes)).withResume(resume);
        }
        return options.withHost(host).withPort(port).withSpeed(speed).withFaults(faults);
    }

    private static String value(final String[] args, final int i, final String option)
    {
        if (i >= args.length)
        {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}
