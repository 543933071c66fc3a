package ringfire.engine.exit;

import org.junit.jupiter.api.Test;
import ringfire.codecs.sbe.PositionSide;

import static org.assertj.core.api.Assertions.assertThat;
import static ringfire.engine.exit.Plans.NONE;
import static ringfire.engine.exit.Plans.T0;
import static ringfire.engine.exit.Plans.TICK;
import static ringfire.engine.exit.Plans.assertExit;
import static ringfire.engine.exit.Plans.opened;

/** Partials at +2/+4/+6 % = 10020/10040/10060 (long), qty 2.50 with a 0.10 step (250, step 10). */
class ExitPlanPartialsTest
{
    private static final ExitSettings PARTIALS = Plans.settings("exits.partials.enabled", "true");
    private static final long STEP = 10;
    private final ExitDecision out = new ExitDecision();

    @Test
    void shouldExitThirtyThreeThirtyThreeAndTheRestRoundedToQtyStep()
    {
        // 0.33 x 250 = 82.5 -> 82 -> step 80; 80; the rest 90
        final ExitPlan plan = opened(PARTIALS, PositionSide.LONG, 9_900, NONE, TICK, STEP, 250, null);
        assertThat(plan.partialQty(1)).isEqualTo(80);
        assertThat(plan.partialQty(2)).isEqualTo(80);
        assertThat(plan.partialQty(3)).isEqualTo(90);
        assertThat(plan.onPrice(10_019, T0, out)).isFalse();
        assertThat(plan.onPrice(10_020, T0, out)).isTrue();
        assertExit(out, ExitCause.PARTIAL, 10_020, 80);
        assertThat(out.closesPosition()).isFalse();
        assertThat(plan.remainingQty()).isEqualTo(170);
        assertThat(plan.partialsDone()).isEqualTo(1);
        assertThat(plan.onPrice(10_021, T0, out)).isFalse();
        assertThat(plan.onPrice(10_039, T0, out)).isFalse();
        assertThat(plan.onPrice(10_040, T0, out)).isTrue();
        assertExit(out, ExitCause.PARTIAL, 10_040, 80);
        assertThat(plan.onPrice(10_059, T0, out)).isFalse();
        assertThat(plan.onPrice(10_061, T0, out)).isTrue();
        assertExit(out, ExitCause.PARTIAL, 10_060, 90);
        assertThat(out.closesPosition()).isTrue();
        assertThat(plan.isActive()).isFalse();
        assertThat(plan.remainingQty()).isZero();
    }

    @Test
    void shouldExitOnlyTheRemainingQtyAfterPartials()
    {
        final ExitPlan plan = opened(PARTIALS, PositionSide.LONG, 9_900, NONE, TICK, STEP, 250, null);
        plan.onPrice(10_020, T0, out);
        plan.onPrice(9_900, T0, out);
        assertExit(out, ExitCause.STOP_LOSS, 9_900, 170);
        assertThat(out.closesPosition()).isTrue();
    }

    @Test
    void shouldExitSeveralLevelsReachedAtOnceTogetherAtTheFirst()
    {
        final ExitPlan two = opened(PARTIALS, PositionSide.LONG, 9_900, NONE, TICK, STEP, 250, null);
        two.onPrice(10_045, T0, out);
        assertExit(out, ExitCause.PARTIAL, 10_020, 160);
        assertThat(two.partialsDone()).isEqualTo(2);
        final ExitPlan all = opened(PARTIALS, PositionSide.LONG, 9_900, NONE, TICK, STEP, 250, null);
        all.onBar(10_000, 10_070, 10_000, 10_065, T0, out);
        assertExit(out, ExitCause.PARTIAL, 10_020, 250);
        assertThat(out.closesPosition()).isTrue();
    }

    @Test
    void shouldSkipPartialsThatRoundToZero()
    {
        // 0.33 x 20 = 6.6 -> 6 -> step 0: levels 1 and 2 exit nothing; level 3 exits all 20
        final ExitPlan plan = opened(PARTIALS, PositionSide.LONG, 9_900, NONE, TICK, STEP, 20, null);
        assertThat(plan.onPrice(10_040, T0, out)).isFalse();
        assertThat(plan.partialsDone()).isEqualTo(2);
        assertThat(plan.onPrice(10_060, T0, out)).isTrue();
        assertExit(out, ExitCause.PARTIAL, 10_060, 20);
    }

    @Test
    void shouldMirrorPartialsForShort()
    {
        final ExitPlan plan = opened(PARTIALS, PositionSide.SHORT, 10_100, NONE, TICK, STEP, 250, null);
        assertThat(plan.onPrice(9_981, T0, out)).isFalse();
        assertThat(plan.onPrice(9_980, T0, out)).isTrue();
        assertExit(out, ExitCause.PARTIAL, 9_980, 80);
    }

    @Test
    void shouldPreferFullExitsToPartials()
    {
        final ExitPlan tp = opened(PARTIALS, PositionSide.LONG, 9_900, 10_030, TICK, STEP, 250, null);
        tp.onPrice(10_030, T0, out);
        assertExit(out, ExitCause.TAKE_PROFIT, 10_030, 250);
        final InvalidationRule always = (o, h, l, c, t) -> true;
        final ExitPlan invalid = opened(PARTIALS, PositionSide.LONG, 9_900, NONE, TICK, STEP, 250, always);
        invalid.onBar(10_000, 10_025, 10_000, 10_010, T0, out);
        assertExit(out, ExitCause.INVALIDATED, 10_010, 250);
    }

    @Test
    void shouldTakeNoPartialsWhenDisabled()
    {
        final ExitPlan plan = opened(ExitSettings.defaults(), PositionSide.LONG, 9_900, NONE, TICK, STEP, 250, null);
        assertThat(plan.onPrice(10_070, T0, out)).isFalse();
        assertThat(plan.partialsDone()).isZero();
        assertThat(plan.remainingQty()).isEqualTo(250);
    }
}
