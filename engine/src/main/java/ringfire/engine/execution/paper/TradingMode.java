package ringfire.engine.execution.paper;

/** Where orders go: the paper broker, Bybit testnet or Bybit live. */
public enum TradingMode
{
    PAPER,
    TESTNET,
    LIVE
}
