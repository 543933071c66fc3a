package ringfire.engine.exit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static ringfire.engine.exit.Plans.ENTRY;
import static ringfire.engine.exit.Plans.NONE;
import static ringfire.engine.exit.Plans.QTY;
import static ringfire.engine.exit.Plans.T0;
import static ringfire.engine.exit.Plans.TTL_NS;
import static ringfire.engine.exit.Plans.assertExit;
import static ringfire.engine.exit.Plans.longPlan;
import static ringfire.engine.exit.Plans.settings;
import static ringfire.engine.exit.Plans.shortPlan;

class ExitPlanPriceTest
{
    private final ExitDecision out = new ExitDecision();

    @Test
    void shouldExitAtPullbackWhenLongPeaksAtSixteenPercentAndCollapses()
    {
        // peak 10160 = +16 %: tier 2 (>= 15 %) -> trailing at +8 % = 10080; pullback at 0.7 x 16 % = 11.2 % = 10112.
        final ExitPlan plan = longPlan(ExitSettings.defaults(), 9_900, NONE);
        assertThat(plan.onPrice(10_100, T0 + 1, out)).isFalse();
        assertThat(plan.onPrice(10_160, T0 + 2, out)).isFalse();
        assertThat(plan.peakPnl()).isEqualTo(16_000_000L);
        assertThat(plan.tier()).isEqualTo(2);
        assertThat(plan.trailingStop()).isEqualTo(10_080);
        assertThat(plan.pullbackLevel()).isEqualTo(10_112);
        assertThat(plan.effectiveStop()).isEqualTo(10_080);
        assertThat(plan.onPrice(10_113, T0 + 3, out)).isFalse();
        assertThat(plan.onPrice(10_112, T0 + 4, out)).isTrue();
        assertExit(out, ExitCause.PULLBACK, 10_112, QTY);
        assertThat(out.closesPosition()).isTrue();
        assertThat(plan.isActive()).isFalse();
        assertThat(plan.onPrice(9_000, T0 + 5, out)).isFalse();
    }

    @Test
    void shouldExitAtTierTwoTrailingStopWhenPullbackIsDisabled()
    {
        final ExitPlan plan = longPlan(settings("exits.pullback.enabled", "false"), 9_900, NONE);
        plan.onPrice(10_160, T0 + 1, out);
        assertThat(plan.pullbackLevel()).isEqualTo(NONE);
        assertThat(plan.onPrice(10_081, T0 + 2, out)).isFalse();
        assertThat(plan.onPrice(10_080, T0 + 3, out)).isTrue();
        assertExit(out, ExitCause.TRAILING_STOP, 10_080, QTY);
    }

    @Test
    void shouldEnterEachTierExactlyAtItsPeak()
    {
        final ExitPlan plan = longPlan(settings("exits.pullback.enabled", "false"), 9_900, NONE);
        plan.onPrice(10_079, T0, out);
        assertThat(plan.tier()).isZero();
        assertThat(plan.trailingStop()).isEqualTo(NONE);
        plan.onPrice(10_080, T0, out);
        assertThat(plan.tier()).isEqualTo(1);
        assertThat(plan.trailingStop()).isEqualTo(10_030);
        plan.onPrice(10_149, T0, out);
        assertThat(plan.tier()).isEqualTo(1);
        assertThat(plan.trailingStop()).isEqualTo(10_030);
        plan.onPrice(10_150, T0, out);
        assertThat(plan.tier()).isEqualTo(2);
        assertThat(plan.trailingStop()).isEqualTo(10_080);
        plan.onPrice(10_249, T0, out);
        assertThat(plan.tier()).isEqualTo(2);
        plan.onPrice(10_251, T0, out);
        assertThat(plan.tier()).isEqualTo(3);
        assertThat(plan.trailingStop()).isEqualTo(10_150);
        assertThat(out.isExit()).isFalse();
    }

    @Test
    void shouldNeverLoosenTrailingStopOrPullbackLevel()
    {
        final ExitPlan plan = longPlan(ExitSettings.defaults(), 9_900, NONE);
        plan.onPrice(10_200, T0, out); // +20 %: tier 2, trailing 10080, pullback +14 % = 10140
        assertThat(plan.pullbackLevel()).isEqualTo(10_140);
        plan.onPrice(10_141, T0, out);
        plan.onPrice(10_190, T0, out);
        assertThat(plan.peakPnl()).isEqualTo(20_000_000L);
        assertThat(plan.tier()).isEqualTo(2);
        assertThat(plan.trailingStop()).isEqualTo(10_080);
        assertThat(plan.pullbackLevel()).isEqualTo(10_140);
        plan.onPrice(10_210, T0, out); // new peak +21 %: pullback ratchets up to +14.7 % = 10147
        assertThat(plan.pullbackLevel()).isEqualTo(10_147);
        assertThat(out.isExit()).isFalse();
    }

    @Test
    void shouldLetPullbackBeginOnlyAtTierOne()
    {
        final ExitPlan plan = longPlan(settings("exits.trailing.enabled", "false"), 9_900, NONE);
        plan.onPrice(10_079, T0, out);
        assertThat(plan.pullbackLevel()).isEqualTo(NONE);
        plan.onPrice(10_080, T0, out); // +8 %: pullback at 5.6 % = 10056
        assertThat(plan.trailingStop()).isEqualTo(NONE);
        assertThat(plan.pullbackLevel()).isEqualTo(10_056);
        assertThat(plan.onPrice(10_057, T0, out)).isFalse();
        assertThat(plan.onPrice(10_056, T0, out)).isTrue();
        assertExit(out, ExitCause.PULLBACK, 10_056, QTY);
    }

    @Test
    void shouldMirrorForShort()
    {
        // short: PnL x at 10000 - 1000 x. Peak 9840 = +16 %: trailing +8 % = 9920, pullback +11.2 % = 9888.
        final ExitPlan plan = shortPlan(ExitSettings.defaults(), 10_100, NONE);
        assertThat(plan.onPrice(10_099, T0, out)).isFalse();
        plan.onPrice(9_900, T0, out);
        assertThat(plan.tier()).isEqualTo(1);
        assertThat(plan.trailingStop()).isEqualTo(9_970);
        plan.onPrice(9_840, T0, out);
        assertThat(plan.tier()).isEqualTo(2);
        assertThat(plan.peakPnl()).isEqualTo(16_000_000L);
        assertThat(plan.trailingStop()).isEqualTo(9_920);
        assertThat(plan.pullbackLevel()).isEqualTo(9_888);
        plan.onPrice(9_870, T0, out);
        assertThat(plan.pullbackLevel()).isEqualTo(9_888);
        assertThat(plan.onPrice(9_887, T0, out)).isFalse();
        assertThat(plan.onPrice(9_888, T0, out)).isTrue();
        assertExit(out, ExitCause.PULLBACK, 9_888, QTY);
    }

    @Test
    void shouldStopShortAtInitialStop()
    {
        final ExitPlan plan = shortPlan(ExitSettings.defaults(), 10_100, 9_500);
        assertThat(plan.onPrice(10_099, T0, out)).isFalse();
        assertThat(plan.onPrice(10_150, T0, out)).isTrue();
        assertExit(out, ExitCause.STOP_LOSS, 10_100, QTY);
    }

    @Test
    void shouldTakeProfitAtLevelForLongAndShort()
    {
        final ExitPlan lng = longPlan(ExitSettings.defaults(), 9_900, 10_050);
        assertThat(lng.onPrice(10_049, T0, out)).isFalse();
        assertThat(lng.onPrice(10_050, T0, out)).isTrue();
        assertExit(out, ExitCause.TAKE_PROFIT, 10_050, QTY);
        final ExitPlan shrt = shortPlan(ExitSettings.defaults(), 10_100, 9_950);
        assertThat(shrt.onPrice(9_951, T0, out)).isFalse();
        assertThat(shrt.onPrice(9_940, T0, out)).isTrue();
        assertExit(out, ExitCause.TAKE_PROFIT, 9_950, QTY);
    }

    @Test
    void shouldExitOnTtlExactlyAtDeadlineAtThePrice()
    {
        final ExitPlan plan = longPlan(ExitSettings.defaults(), 9_900, NONE);
        assertThat(plan.deadlineNs()).isEqualTo(T0 + TTL_NS);
        assertThat(plan.onPrice(10_010, T0 + TTL_NS - 1, out)).isFalse();
        assertThat(plan.onPrice(10_020, T0 + TTL_NS, out)).isTrue();
        assertExit(out, ExitCause.TTL, 10_020, QTY);
    }

    @Test
    void shouldCheckStopBeforeTtlAndTtlBeforeTakeProfit()
    {
        final ExitPlan stopFirst = longPlan(ExitSettings.defaults(), 9_900, 10_050);
        stopFirst.onPrice(9_900, T0 + TTL_NS, out);
        assertExit(out, ExitCause.STOP_LOSS, 9_900, QTY);
        final ExitPlan ttlFirst = longPlan(ExitSettings.defaults(), 9_900, 10_050);
        ttlFirst.onPrice(10_060, T0 + TTL_NS, out);
        assertExit(out, ExitCause.TTL, 10_060, QTY);
    }

    @Test
    void shouldPreferTheTightestProtectiveLevelAndOnTieTheTrailingStop()
    {
        // giveBack 0.5 and tier 1 at 8 % -> 4 %: at a peak of exactly 8 % both sit at +4 % = 10040.
        final ExitSettings s = settings("exits.pullback.giveBack", "0.5", "exits.trailing.tier1.stop", "0.04");
        final ExitPlan plan = longPlan(s, 9_900, NONE);
        plan.onPrice(10_080, T0, out);
        assertThat(plan.trailingStop()).isEqualTo(10_040);
        assertThat(plan.pullbackLevel()).isEqualTo(10_040);
        plan.onPrice(10_030, T0, out);
        assertExit(out, ExitCause.TRAILING_STOP, 10_040, QTY);
    }

    @Test
    void shouldUseStopLossWhenPriceFallsPastEveryLevel()
    {
        final ExitPlan plan = longPlan(ExitSettings.defaults(), 9_900, NONE);
        plan.onPrice(10_050, T0, out);
        assertThat(plan.onPrice(9_901, T0, out)).isFalse();
        assertThat(plan.onPrice(9_800, T0, out)).isTrue();
        assertExit(out, ExitCause.STOP_LOSS, 9_900, QTY);
    }
}
