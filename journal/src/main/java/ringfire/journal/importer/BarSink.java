package ringfire.journal.importer;

/** Receives validated bars in time order. */
@FunctionalInterface
public interface BarSink
{
    /**
     * One bar. Prices are at the target's price scale, volume at its qty scale and turnover at
     * {@link ringfire.codecs.Scales#MONEY} (0 when the file has no turnover column).
     */
    void onBar(long openTimeMs, long open, long high, long low, long close, long volume, long turnover);
}
