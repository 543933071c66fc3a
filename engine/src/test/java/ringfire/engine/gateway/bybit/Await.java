package ringfire.engine.gateway.bybit;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Polls a condition of an asynchronous test until it holds, failing after a generous deadline. */
public final class Await
{
    private static final long DEADLINE_MS = 10_000;

    private Await()
    {
    }

    public static void until(final String what, final BooleanSupplier condition)
    {
        until(what, condition, () -> "");
    }

    public static void until(final String what, final BooleanSupplier condition, final Supplier<String> state)
    {
        final long deadline = System.currentTimeMillis() + DEADLINE_MS;
        while (!condition.getAsBoolean())
        {
            if (System.currentTimeMillis() > deadline)
            {
                throw new AssertionError("timed out waiting for " + what + "; state: " + state.get());
            }
            try
            {
                Thread.sleep(5);
            }
            catch (final InterruptedException e)
            {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
        }
    }
}
