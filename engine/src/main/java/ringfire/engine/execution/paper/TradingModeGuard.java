package ringfire.engine.execution.paper;

/**
 * Start-up check of the trading mode. {@link TradingMode#PAPER} always starts (the live flags are harmless with
 * it). Any other mode needs both command-line flags {@code --live-trading} and {@code --i-understand-the-risks};
 * and, until the exchange order path exists, testnet and live are refused even with both flags, so nothing can
 * trade for real by accident.
 */
public final class TradingModeGuard
{
    public static final String LIVE_TRADING_FLAG = "--live-trading";
    public static final String UNDERSTAND_RISKS_FLAG = "--i-understand-the-risks";

    private TradingModeGuard()
    {
    }

    /** Returns {@code configured} when it may start; otherwise throws with a one-line reason. */
    public static TradingMode check(final TradingMode configured, final boolean liveTradingFlag,
        final boolean understandRisksFlag)
    {
        if (configured == null)
        {
            throw new IllegalArgumentException("trading mode: expected paper, testnet or live, was none");
        }
        if (configured == TradingMode.PAPER)
        {
            return configured;
        }
        final String mode = configured.name().toLowerCase(java.util.Locale.ROOT);
        if (!liveTradingFlag || !understandRisksFlag)
        {
            throw new IllegalArgumentException("trading mode " + mode + " sends real orders: start with both "
                + LIVE_TRADING_FLAG + " and " + UNDERSTAND_RISKS_FLAG + ", or use mode paper");
        }
        throw new IllegalArgumentException("trading mode " + mode
            + ": the exchange order path is not available yet; use mode paper");
    }
}
