package ringfire.engine.exit;

/**
 * A strategy's condition that its trade idea no longer holds, checked by {@link ExitPlan#onBar} on each closed bar
 * after the price levels. Prices are at the instrument's price scale, {@code timeNs} is the bar's event time (epoch
 * nanoseconds). Must be deterministic and allocation-free; true exits the position at the bar's close.
 */
@FunctionalInterface
public interface InvalidationRule
{
    boolean isInvalid(long open, long high, long low, long close, long timeNs);
}
