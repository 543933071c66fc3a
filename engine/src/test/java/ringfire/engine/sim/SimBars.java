package ringfire.engine.sim;

import ringfire.engine.testing.Inputs;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** Bars for simulator tests: the bundled BTCUSDT and ETHUSDT 1m day, or a few made in code. */
public final class SimBars
{
    public static final SimInstrument BTC = SimInstrument.of(Inputs.BTC);
    public static final SimInstrument ETH = SimInstrument.of(Inputs.ETH);

    private SimBars()
    {
    }

    /** BTCUSDT then ETHUSDT, 1440 one-minute bars each (2025-06-01). */
    public static SimMarket realDay()
    {
        return SimMarket.of(BarTape.load(resource("BTCUSDT"), BTC, 60), BarTape.load(resource("ETHUSDT"), ETH, 60));
    }

    /** Three BTCUSDT bars from 2025-06-01 00:00 UTC: up, down, flat. Prices at scale 2, volume at scale 3. */
    public static BarTape threeBtcBars()
    {
        final long t0 = 1_748_736_000_000L;
        return BarTape.of(BTC, 60, List.of(
            new SimBar(t0, 10_000_000, 10_005_000, 9_998_000, 10_003_000, 4_000),
            new SimBar(t0 + 60_000, 10_003_000, 10_004_000, 9_990_000, 9_995_000, 1_002),
            new SimBar(t0 + 120_000, 9_995_000, 9_995_000, 9_995_000, 9_995_000, 0)));
    }

    private static Path resource(final String symbol)
    {
        try
        {
            return Path.of(SimBars.class.getResource("/bars/" + symbol + "-1m-2025-06-01.csv").toURI());
        }
        catch (final URISyntaxException e)
        {
            throw new IllegalStateException(e);
        }
    }
}
