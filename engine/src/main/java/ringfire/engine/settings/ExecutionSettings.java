package ringfire.engine.settings;

/** Execution parameters that affect decisions. {@code orderNotional} is Money (10^-8 USDT). */
public record ExecutionSettings(long orderNotional)
{
    public ExecutionSettings
    {
        if (orderNotional <= 0)
        {
            throw new IllegalArgumentException("execution.orderNotional: expected a positive USDT amount");
        }
    }
}
