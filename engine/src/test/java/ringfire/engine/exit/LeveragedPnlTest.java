package ringfire.engine.exit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LeveragedPnlTest
{
    @Test
    void shouldComputeLeverageAdjustedPnlRoundedFloor()
    {
        assertThat(LeveragedPnl.pnl(true, 10_000, 10, 10_160)).isEqualTo(16_000_000L);
        assertThat(LeveragedPnl.pnl(false, 10_000, 10, 10_160)).isEqualTo(-16_000_000L);
        assertThat(LeveragedPnl.pnl(false, 10_000, 10, 9_840)).isEqualTo(16_000_000L);
        // 1 / 30000 x 7 = 0.000233333.. -> 23333
        assertThat(LeveragedPnl.pnl(true, 30_000, 7, 30_001)).isEqualTo(23_333L);
        assertThat(LeveragedPnl.pnl(true, 30_000, 7, 29_999)).isEqualTo(-23_334L);
    }

    @Test
    void shouldRoundLongLevelsDownAndShortLevelsUp()
    {
        // +3 % at leverage 7: entry x 0.03 / 7 = 42.857
        assertThat(LeveragedPnl.level(true, 10_000, 7, 3_000_000L, 1)).isEqualTo(10_042);
        assertThat(LeveragedPnl.level(false, 10_000, 7, 3_000_000L, 1)).isEqualTo(9_958);
        assertThat(LeveragedPnl.level(true, 10_000, 7, 3_000_000L, 5)).isEqualTo(10_040);
        assertThat(LeveragedPnl.level(false, 10_000, 7, 3_000_000L, 5)).isEqualTo(9_960);
        assertThat(LeveragedPnl.level(true, 10_000, 10, 8_000_000L, 1)).isEqualTo(10_080);
        assertThat(LeveragedPnl.level(false, 10_000, 10, 8_000_000L, 1)).isEqualTo(9_920);
    }

    @Test
    void shouldRoundToTickAtBoundaries()
    {
        assertThat(LeveragedPnl.floorToTick(9_999, 5)).isEqualTo(9_995);
        assertThat(LeveragedPnl.floorToTick(10_000, 5)).isEqualTo(10_000);
        assertThat(LeveragedPnl.floorToTick(10_001, 5)).isEqualTo(10_000);
        assertThat(LeveragedPnl.ceilToTick(9_999, 5)).isEqualTo(10_000);
        assertThat(LeveragedPnl.ceilToTick(10_000, 5)).isEqualTo(10_000);
        assertThat(LeveragedPnl.ceilToTick(10_001, 5)).isEqualTo(10_005);
    }
}
