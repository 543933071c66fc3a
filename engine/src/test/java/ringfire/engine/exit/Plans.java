package ringfire.engine.exit;

import ringfire.codecs.sbe.PositionSide;
import ringfire.engine.settings.SettingsReader;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Test fixture: price scale 2 with a 0.01 tick (1), entry 100.00 (10000), leverage 10, so a leverage-adjusted PnL x
 * sits at price 10000 + 1000 x for a long (10000 - 1000 x for a short) and price p has PnL (p - 10000) / 1000.
 */
final class Plans
{
    static final long TICK = 1;
    static final long QTY_STEP = 1;
    static final long ENTRY = 10_000;
    static final long QTY = 1_000;
    static final int LEVERAGE = 10;
    static final long T0 = 1_700_000_000_000_000_000L;
    static final long HOUR_NS = 3_600_000_000_000L;
    static final long TTL_NS = 36 * HOUR_NS;
    static final long NONE = ExitPlan.NONE;

    private Plans()
    {
    }

    static ExitSettings settings(final String... keyValues)
    {
        final Map<String, String> map = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2)
        {
            map.put(keyValues[i], keyValues[i + 1]);
        }
        return ExitSettings.read(new SettingsReader(map));
    }

    static ExitPlan longPlan(final ExitSettings settings, final long stop, final long takeProfit)
    {
        return opened(settings, PositionSide.LONG, stop, takeProfit, TICK, QTY_STEP, QTY, null);
    }

    static ExitPlan shortPlan(final ExitSettings settings, final long stop, final long takeProfit)
    {
        return opened(settings, PositionSide.SHORT, stop, takeProfit, TICK, QTY_STEP, QTY, null);
    }

    static ExitPlan opened(final ExitSettings settings, final PositionSide side, final long stop,
        final long takeProfit, final long tick, final long qtyStep, final long qty, final InvalidationRule rule)
    {
        final ExitPlan plan = new ExitPlan(settings, tick, qtyStep);
        assertThat(plan.open(side, ENTRY, qty, LEVERAGE, T0, stop, takeProfit, NONE, rule))
            .isEqualTo(OpenResult.OPENED);
        return plan;
    }

    static void assertExit(final ExitDecision d, final ExitCause cause, final long price, final long qty)
    {
        assertThat(d.isExit()).as("exit expected: " + d).isTrue();
        assertThat(d.cause()).isEqualTo(cause);
        assertThat(d.price()).as("fill price").isEqualTo(price);
        assertThat(d.qty()).as("qty").isEqualTo(qty);
    }
}
