package ringfire.codecs.bybit;

import ringfire.codecs.Decimals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The Bybit sample messages under test resources {@code bybit-samples/}, and the symbols the tests configure. */
final class Samples
{
    static final int BTC = 1;
    static final int ETH = 2;
    static final int XRP = 4;
    static final int AAVE = 6;
    static final int ROSE = 7;

    /** The public-stream samples copied from the shared set (see bybit-samples/README.md). */
    static final String[] PUBLIC = {
        "ws-public-trade.json", "ws-tickers-snapshot.json", "ws-tickers-delta.json",
        "ws-tickers-snapshot-captured.json", "ws-tickers-delta-captured.json", "ws-tickers-snapshot-spot.json",
        "ws-orderbook-snapshot.json", "ws-orderbook-delta.json", "ws-kline.json", "ws-subscribe-response.json",
        "ws-subscribe-response-spot.json", "ws-unsubscribe-response.json", "ws-pong.json", "ws-pong-spot.json",
        "ws-all-liquidation.json", "ws-liquidation-deprecated.json",
    };

    private Samples()
    {
    }

    static SymbolResolver symbols()
    {
        return new SymbolResolver()
            .add("BTCUSDT", BTC, 2, 3)
            .add("ETHUSDT", ETH, 2, 2)
            .add("XRPUSDT", XRP, 4, 0)
            .add("AAVEUSDT", AAVE, 2, 2)
            .add("ROSEUSDT", ROSE, 5, 0);
    }

    static byte[] bytes(final String name)
    {
        try (InputStream in = Samples.class.getResourceAsStream("/bybit-samples/" + name))
        {
            if (in == null)
            {
                throw new IllegalArgumentException("no sample " + name);
            }
            return in.readAllBytes();
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException(e);
        }
    }

    static String text(final String name)
    {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    static void feed(final BybitMarketDataAdapter adapter, final String json)
    {
        final byte[] b = json.getBytes(StandardCharsets.UTF_8);
        adapter.onMessage(b, 0, b.length);
    }

    static void feedSample(final BybitMarketDataAdapter adapter, final String name)
    {
        final byte[] b = bytes(name);
        adapter.onMessage(b, 0, b.length);
    }

    /** The expected scaled value: Decimals on the JSON string, which must be exact. */
    static long dec(final String text, final int scale)
    {
        final long v = Decimals.parse(text, scale);
        if (v == Decimals.INVALID)
        {
            throw new IllegalArgumentException(text + " at scale " + scale);
        }
        return v;
    }
}
