package ringfire.codecs.bybit;

/**
 * A public topic name split into its kind, its parameter (kline interval, book depth) and its symbol:
 * {@code publicTrade.S}, {@code tickers.S}, {@code orderbook.DEPTH.S}, {@code kline.INTERVAL.S},
 * {@code allLiquidation.S}. Anything else is {@link #UNKNOWN}, including the deprecated {@code liquidation.S}.
 */
final class Topic
{
    static final int NONE = 0;
    static final int UNKNOWN = 1;
    static final int TRADE = 2;
    static final int TICKER = 3;
    static final int BOOK = 4;
    static final int KLINE = 5;
    static final int LIQUIDATION = 6;

    /** Longest topic kept; longer ones are {@link DecodeKind#TOO_LARGE}. */
    static final int MAX_LENGTH = 96;

    final TextSlice name = new TextSlice(MAX_LENGTH);
    int kind;
    int symbolStart;
    int symbolLength;
    /** Kline interval in seconds, or book depth. */
    int parameter;

    void clear()
    {
        name.clear();
        kind = NONE;
        symbolStart = 0;
        symbolLength = 0;
        parameter = 0;
    }

    /** Classifies {@link #name}. */
    void parse()
    {
        kind = UNKNOWN;
        final int firstDot = indexOf('.', 0);
        if (firstDot <= 0)
        {
            return;
        }
        if (prefixIs("publicTrade", firstDot))
        {
            symbolAfter(firstDot, TRADE);
        }
        else if (prefixIs("tickers", firstDot))
        {
            symbolAfter(firstDot, TICKER);
        }
        else if (prefixIs("allLiquidation", firstDot))
        {
            symbolAfter(firstDot, LIQUIDATION);
        }
        else if (prefixIs("kline", firstDot) || prefixIs("orderbook", firstDot))
        {
            final boolean kline = prefixIs("kline", firstDot);
            final int secondDot = indexOf('.', firstDot + 1);
            if (secondDot < 0)
            {
                return;
            }
            final int start = firstDot + 1;
            final int length = secondDot - start;
            parameter = kline ? BybitInterval.seconds(name, start, length) : depth(start, length);
            if (parameter > 0)
            {
                symbolAfter(secondDot, kline ? KLINE : BOOK);
            }
        }
    }

    boolean symbolEquals(final TextSlice text)
    {
        return text.contentEquals(name, symbolStart, symbolLength);
    }

    private void symbolAfter(final int dot, final int topicKind)
    {
        final int start = dot + 1;
        final int length = name.length() - start;
        if (length > 0 && indexOf('.', start) < 0)
        {
            symbolStart = start;
            symbolLength = length;
            kind = topicKind;
        }
    }

    private int depth(final int start, final int length)
    {
        if (length < 1 || length > 4 || name.charAt(start) == '0')
        {
            return -1;
        }
        int value = 0;
        for (int i = start; i < start + length; i++)
        {
            final int d = name.charAt(i) - '0';
            if (d < 0 || d > 9)
            {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }

    private boolean prefixIs(final String prefix, final int dot)
    {
        return dot == prefix.length() && startsWith(prefix);
    }

    private boolean startsWith(final String prefix)
    {
        for (int i = 0; i < prefix.length(); i++)
        {
            if (name.charAt(i) != prefix.charAt(i))
            {
                return false;
            }
        }
        return true;
    }

    private int indexOf(final char c, final int from)
    {
        for (int i = from; i < name.length(); i++)
        {
            if (name.charAt(i) == c)
            {
                return i;
            }
        }
        return -1;
    }
}
