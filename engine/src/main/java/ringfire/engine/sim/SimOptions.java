package ringfire.engine.sim;

import java.util.List;

/**
 * Settings of a {@link SimExchange}; build with {@link #bars(SimMarket)} or {@link #replay(ReplayTape)}.
 *
 * @param host        address to listen on (default 127.0.0.1: loopback only)
 * @param port        port; 0 picks a free one (see {@link SimExchange#port()})
 * @param speed       market time per real time ({@link Speed#MAX} by default)
 * @param market      bars to generate messages from, or null
 * @param replay      recorded frames to replay, or null (exactly one of market and replay)
 * @param resume      bars only: a new connection continues the market where the previous one stopped (default);
 *                    false starts every connection at the first bar
 * @param faults      faults for every connection (besides those of its URL)
 * @param faultScript faults per connection number: element 0 for the first connection, 1 for the second, ...;
 *                    connections past the end get none from the script
 */
public record SimOptions(String host, int port, Speed speed, SimMarket market, ReplayTape replay, boolean resume,
    FaultSpec faults, List<FaultSpec> faultScript)
{
    public SimOptions
    {
        faultScript = List.copyOf(faultScript);
        if ((market == null) == (replay == null))
        {
            throw new IllegalArgumentException("the simulator needs either bars or recorded frames, not both");
        }
        if (port < 0 || port > 65_535)
        {
            throw new IllegalArgumentException("port must be 0..65535: " + port);
        }
    }

    public static SimOptions bars(final SimMarket market)
    {
        return new SimOptions("127.0.0.1", 0, Speed.MAX, market, null, true, FaultSpec.NONE, List.of());
    }

    public static SimOptions replay(final ReplayTape tape)
    {
        return new SimOptions("127.0.0.1", 0, Speed.MAX, null, tape, false, FaultSpec.NONE, List.of());
    }

    public SimOptions withHost(final String h)
    {
        return new SimOptions(h, port, speed, market, replay, resume, faults, faultScript);
    }

    public SimOptions withPort(final int p)
    {
        return new SimOptions(host, p, speed, market, replay, resume, faults, faultScript);
    }

    public SimOptions withSpeed(final Speed s)
    {
        return new SimOptions(host, port, s, market, replay, resume, faults, faultScript);
    }

    public SimOptions withResume(final boolean r)
    {
        return new SimOptions(host, port, speed, market, replay, r, faults, faultScript);
    }

    public SimOptions withFaults(final FaultSpec f)
    {
        return new SimOptions(host, port, speed, market, replay, resume, f, faultScript);
    }

    public SimOptions withFaultScript(final List<FaultSpec> script)
    {
        return new SimOptions(host, port, speed, market, replay, resume, faults, script);
    }

    /** The script's faults for connection {@code number} (from 1). */
    FaultSpec scripted(final int number)
    {
        return number >= 1 && number <= faultScript.size() ? faultScript.get(number - 1) : FaultSpec.NONE;
    }
}
