package ringfire.engine.exit;

import org.junit.jupiter.api.Test;
import ringfire.codecs.sbe.PositionSide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExitPlanReinstateTest
{
    @Test
    void shouldKeepThePlanInForceWhenItsExitWasNotCarriedOut()
    {
        final ExitPlan plan = new ExitPlan(ExitSettings.defaults(), 10, 1);
        assertThat(plan.open(PositionSide.LONG, 1_000_000, 200, 1, 0, 990_000, 0, ExitPlan.NONE, null))
            .isEqualTo(OpenResult.OPENED);
        final ExitDecision decision = new ExitDecision();

        assertThat(plan.onPrice(989_990, 1, decision)).isTrue();
        assertThat(plan.isActive()).isFalse();
        plan.reinstate(decision.qty());

        assertThat(plan.isActive()).isTrue();
        assertThat(plan.remainingQty()).isEqualTo(200);
        assertThat(plan.effectiveStop()).isEqualTo(990_000);
        assertThat(plan.onPrice(989_000, 2, decision)).isTrue();
        assertThat(decision.cause()).isEqualTo(ExitCause.STOP_LOSS);
        assertThatThrownBy(() -> plan.reinstate(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
