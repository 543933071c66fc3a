package ringfire.engine.report;

/** The closed bars of one symbol: first open, last close, interval, and the closes downsampled for the price chart. */
final class SymbolBars
{
    final SymbolInfo symbol;
    final Downsampler closes;
    long bars;
    int intervalSeconds;
    long firstOpenTimeNs;
    long firstOpen;
    long lastCloseTimeNs;
    long lastClose;

    SymbolBars(final SymbolInfo symbol, final int maxPoints)
    {
        this.symbol = symbol;
        this.closes = new Downsampler(maxPoints);
    }

    void add(final int intervalSeconds, final long openTimeNs, final long open, final long closeTimeNs, final long close)
    {
        if (bars == 0)
        {
            this.intervalSeconds = intervalSeconds;
            firstOpenTimeNs = openTimeNs;
            firstOpen = open;
        }
        bars++;
        lastCloseTimeNs = closeTimeNs;
        lastClose = close;
        closes.add(closeTimeNs, price(close));
    }

    double price(final long scaled)
    {
        return scaled / (double)ringfire.codecs.Decimals.pow10(symbol.priceScale());
    }
}
