package ringfire.journal.importer;

import ringfire.codecs.Decimals;

/**
 * What kline files are imported as: the symbol's name and id (as its SymbolDefinition carries them), the decimals of
 * its prices and quantities, and the bar interval in seconds.
 */
public record ImportTarget(String symbolName, int symbolId, int priceScale, int qtyScale, int intervalSeconds)
{
    /** Symbol ids are uint16 in the schema, and 0 means "all / none". */
    public static final int MAX_SYMBOL_ID = 65_535;

    public ImportTarget
    {
        if (symbolName == null || symbolName.isBlank() || !symbolName.equals(symbolName.strip()))
        {
            throw new IllegalArgumentException("symbol name must be non-blank, without surrounding spaces: '"
                + symbolName + "'");
        }
        if (symbolId < 1 || symbolId > MAX_SYMBOL_ID)
        {
            throw new IllegalArgumentException("symbol id of " + symbolName + " must be 1.." + MAX_SYMBOL_ID + ": "
                + symbolId);
        }
        if (priceScale < 0 || priceScale > Decimals.MAX_SCALE || qtyScale < 0 || qtyScale > Decimals.MAX_SCALE)
        {
            throw new IllegalArgumentException("price and qty scales of " + symbolName + " must be 0.."
                + Decimals.MAX_SCALE + ": priceScale " + priceScale + ", qtyScale " + qtyScale);
        }
        if (intervalSeconds <= 0)
        {
            throw new IllegalArgumentException("bar interval of " + symbolName + " must be positive: " + intervalSeconds
                + " s");
        }
    }

    public long intervalMs()
    {
        return intervalSeconds * 1_000L;
    }

    /** "BTCUSDT 1m", for messages. */
    public String label()
    {
        return symbolName + " " + KlineInterval.label(intervalSeconds);
    }
}
