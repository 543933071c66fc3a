package ringfire.engine.exit;

import org.junit.jupiter.api.Test;
import ringfire.codecs.sbe.PositionSide;

import static org.assertj.core.api.Assertions.assertThat;
import static ringfire.engine.exit.Plans.NONE;
import static ringfire.engine.exit.Plans.QTY;
import static ringfire.engine.exit.Plans.QTY_STEP;
import static ringfire.engine.exit.Plans.T0;
import static ringfire.engine.exit.Plans.TICK;
import static ringfire.engine.exit.Plans.TTL_NS;
import static ringfire.engine.exit.Plans.assertExit;
import static ringfire.engine.exit.Plans.longPlan;
import static ringfire.engine.exit.Plans.opened;
import static ringfire.engine.exit.Plans.shortPlan;

class ExitPlanBarTest
{
    private final ExitDecision out = new ExitDecision();

    @Test
    void shouldFillAtStopWhenLowReachesItAndNotJustAbove()
    {
        final ExitPlan plan = longPlan(ExitSettings.defaults(), 9_900, NONE);
        assertThat(plan.onBar(10_000, 10_010, 9_901, 9_950, T0 + 1, out)).isFalse();
        assertThat(plan.onBar(9_950, 9_990, 9_900, 9_950, T0 + 2, out)).isTrue();
        assertExit(out, ExitCause.STOP_LOSS, 9_900, QTY);
    }

    @Test
    void shouldFillAtOpenWhenBarGapsBeyondStop()
    {
        final ExitPlan atOpen = longPlan(ExitSettings.defaults(), 9_900, NONE);
        atOpen.onBar(9_900, 9_950, 9_880, 9_940, T0 + 1, out);
        assertExit(out, ExitCause.STOP_LOSS, 9_900, QTY);
        final ExitPlan gap = longPlan(ExitSettings.defaults(), 9_900, NONE);
        gap.onBar(9_850, 9_870, 9_800, 9_860, T0 + 1, out);
        assertExit(out, ExitCause.STOP_LOSS, 9_850, QTY);
        final ExitPlan shortGap = shortPlan(ExitSettings.defaults(), 10_100, NONE);
        shortGap.onBar(10_150, 10_200, 10_120, 10_130, T0 + 1, out);
        assertExit(out, ExitCause.STOP_LOSS, 10_150, QTY);
    }

    @Test
    void shouldLetTheLevelNearestTheOpenWinWhenTwoAreCrossed()
    {
        // after a bar to +16 %: stop 9900, trailing 10080, pullback 10112
        final ExitPlan crossed = peakedLong();
        crossed.onBar(10_130, 10_135, 10_050, 10_060, T0 + 2, out);
        assertExit(out, ExitCause.PULLBACK, 10_112, QTY);
        final ExitPlan gapBetween = peakedLong();
        gapBetween.onBar(10_100, 10_105, 10_050, 10_060, T0 + 2, out);
        assertExit(out, ExitCause.PULLBACK, 10_100, QTY);
        final ExitPlan gapBelowAll = peakedLong();
        gapBelowAll.onBar(9_850, 9_860, 9_800, 9_820, T0 + 2, out);
        assertExit(out, ExitCause.PULLBACK, 9_850, QTY);
        final ExitPlan noPullback = peakedLong(Plans.settings("exits.pullback.enabled", "false"));
        noPullback.onBar(10_130, 10_135, 9_800, 9_850, T0 + 2, out);
        assertExit(out, ExitCause.TRAILING_STOP, 10_080, QTY);
    }

    @Test
    void shouldTestAdverseExtremeBeforeTakeProfit()
    {
        final ExitPlan plan = longPlan(ExitSettings.defaults(), 9_900, 10_200);
        plan.onBar(10_000, 10_250, 9_900, 10_100, T0 + 1, out);
        assertExit(out, ExitCause.STOP_LOSS, 9_900, QTY);
    }

    @Test
    void shouldTakeProfitWhenHighReachesItAtTheLevelEvenOnAGap()
    {
        final ExitPlan below = longPlan(ExitSettings.defaults(), 9_900, 10_050);
        assertThat(below.onBar(10_000, 10_049, 9_950, 10_040, T0 + 1, out)).isFalse();
        final ExitPlan at = longPlan(ExitSettings.defaults(), 9_900, 10_050);
        at.onBar(10_000, 10_050, 9_950, 10_040, T0 + 1, out);
        assertExit(out, ExitCause.TAKE_PROFIT, 10_050, QTY);
        final ExitPlan gap = longPlan(ExitSettings.defaults(), 9_900, 10_050);
        gap.onBar(10_300, 10_400, 10_250, 10_350, T0 + 1, out);
        assertExit(out, ExitCause.TAKE_PROFIT, 10_050, QTY);
        final ExitPlan shortTp = shortPlan(ExitSettings.defaults(), 10_100, 9_950);
        assertThat(shortTp.onBar(10_000, 10_050, 9_951, 9_990, T0 + 1, out)).isFalse();
        shortTp.onBar(10_000, 10_050, 9_950, 9_990, T0 + 2, out);
        assertExit(out, ExitCause.TAKE_PROFIT, 9_950, QTY);
    }

    @Test
    void shouldRaiseLevelsFromTheHighOnlyAfterTestingTheLow()
    {
        // low 10090 precedes the high 10160: it is tested against the old levels only (stop 9900)
        final ExitPlan above = longPlan(ExitSettings.defaults(), 9_900, NONE);
        assertThat(above.onBar(10_100, 10_160, 10_090, 10_113, T0 + 1, out)).isFalse();
        assertThat(above.pullbackLevel()).isEqualTo(10_112);
        // the close comes after the high: reaching the new pullback level exits there
        final ExitPlan at = longPlan(ExitSettings.defaults(), 9_900, NONE);
        at.onBar(10_100, 10_160, 10_090, 10_112, T0 + 1, out);
        assertExit(out, ExitCause.PULLBACK, 10_112, QTY);
        final ExitPlan below = longPlan(ExitSettings.defaults(), 9_900, NONE);
        below.onBar(10_100, 10_160, 10_000, 10_020, T0 + 1, out);
        assertExit(out, ExitCause.PULLBACK, 10_112, QTY);
    }

    @Test
    void shouldExitOnTtlAtCloseExactlyAtDeadline()
    {
        final ExitPlan before = longPlan(ExitSettings.defaults(), 9_900, NONE);
        assertThat(before.onBar(10_000, 10_010, 9_990, 10_005, T0 + TTL_NS - 1, out)).isFalse();
        assertThat(before.onBar(10_000, 10_010, 9_990, 10_007, T0 + TTL_NS, out)).isTrue();
        assertExit(out, ExitCause.TTL, 10_007, QTY);
        final ExitPlan stopWins = longPlan(ExitSettings.defaults(), 9_900, NONE);
        stopWins.onBar(10_000, 10_010, 9_890, 10_005, T0 + TTL_NS + 1, out);
        assertExit(out, ExitCause.STOP_LOSS, 9_900, QTY);
    }

    @Test
    void shouldExitAtCloseWhenInvalidatedOnBarButNotOnPrice()
    {
        final InvalidationRule closeBelow = (o, h, l, c, t) -> c < 9_980;
        final ExitPlan plan = opened(ExitSettings.defaults(), PositionSide.LONG, 9_900, NONE, TICK, QTY_STEP, QTY,
            closeBelow);
        assertThat(plan.onPrice(9_950, T0 + 1, out)).isFalse();
        assertThat(plan.onBar(10_000, 10_010, 9_950, 9_980, T0 + 2, out)).isFalse();
        assertThat(plan.onBar(10_000, 10_010, 9_950, 9_979, T0 + 3, out)).isTrue();
        assertExit(out, ExitCause.INVALIDATED, 9_979, QTY);
    }

    @Test
    void shouldPreferLevelsOverInvalidation()
    {
        final InvalidationRule always = (o, h, l, c, t) -> true;
        final ExitPlan plan = opened(ExitSettings.defaults(), PositionSide.LONG, 9_900, NONE, TICK, QTY_STEP, QTY,
            always);
        plan.onBar(10_000, 10_010, 9_850, 9_870, T0 + 1, out);
        assertExit(out, ExitCause.STOP_LOSS, 9_900, QTY);
    }

    private static ExitPlan peakedLong()
    {
        return peakedLong(ExitSettings.defaults());
    }

    private static ExitPlan peakedLong(final ExitSettings settings)
    {
        final ExitPlan plan = longPlan(settings, 9_900, NONE);
        final ExitDecision d = new ExitDecision();
        assertThat(plan.onBar(10_000, 10_160, 10_000, 10_150, T0 + 1, d)).isFalse();
        assertThat(plan.tier()).isEqualTo(2);
        return plan;
    }
}
