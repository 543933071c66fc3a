package ringfire.engine.strategy.ta4j;

/** The market regime of one symbol, as {@link RegimeTracker} labels it on each closed bar. */
public enum Regime
{
    /** ADX(14) at or above 25 and volatility not extreme: a directional market. */
    TRENDING,
    /** Neither trending nor volatile; also the label until the indicators are warm. */
    RANGING,
    /** ATR(14)/close at or above the 90th percentile of the previous 100 bars and 1.5 × their median. */
    VOLATILE
}
