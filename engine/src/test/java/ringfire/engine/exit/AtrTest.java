package ringfire.engine.exit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AtrTest
{
    /** True ranges of bars 1..14 (closes all 10000): sum 1407, mean 100.5 -> HALF_EVEN 100. */
    private static final long[] FIRST_TRS = {100, 120, 80, 90, 110, 100, 100, 130, 70, 100, 105, 95, 100, 107};

    @Test
    void shouldMatchHandComputedWilderSeries()
    {
        final Atr atr = new Atr();
        for (int i = 0; i < FIRST_TRS.length; i++)
        {
            assertThat(atr.isReady()).isFalse();
            assertThat(atr.value()).isZero();
            final long half = FIRST_TRS[i] / 2;
            atr.onBar(10_000 + half, 10_000 - (FIRST_TRS[i] - half), 10_000);
        }
        assertThat(atr.isReady()).isTrue();
        assertThat(atr.value()).isEqualTo(100);
        // gap up: TR = |high - prev close| = 300; (100 x 13 + 300) / 14 = 114.29 -> 114
        atr.onBar(10_300, 10_200, 10_250);
        assertThat(atr.value()).isEqualTo(114);
        // gap down: TR = |low - prev close| = 150; (114 x 13 + 150) / 14 = 116.57 -> 117
        atr.onBar(10_200, 10_100, 10_150);
        assertThat(atr.value()).isEqualTo(117);
        // TR = high - low = 26; (117 x 13 + 26) / 14 = 110.5 -> HALF_EVEN 110
        atr.onBar(10_170, 10_144, 10_160);
        assertThat(atr.value()).isEqualTo(110);
        // TR = 10 (|low - prev close| = 10): (110 x 13 + 10) / 14 = 102.86 -> 103
        atr.onBar(10_160, 10_150, 10_155);
        assertThat(atr.value()).isEqualTo(103);
    }

    @Test
    void shouldRoundHalfToEvenUpwards()
    {
        // period 2: TRs 3 and 4 -> 3.5 -> 4; then (4 + 3) / 2 = 3.5 -> 4; then (4 + 1) / 2 = 2.5 -> 2
        final Atr atr = new Atr(2);
        atr.onBar(13, 10, 10);
        assertThat(atr.isReady()).isFalse();
        atr.onBar(14, 10, 12);
        assertThat(atr.value()).isEqualTo(4);
        atr.onBar(13, 10, 12);
        assertThat(atr.value()).isEqualTo(4);
        atr.onBar(12, 11, 12);
        assertThat(atr.value()).isEqualTo(2);
    }

    @Test
    void shouldUseHighLowForFirstBarAndStartOverOnReset()
    {
        final Atr atr = new Atr(1);
        atr.onBar(10_500, 10_000, 10_400);
        assertThat(atr.value()).isEqualTo(500);
        atr.reset();
        assertThat(atr.isReady()).isFalse();
        atr.onBar(100, 90, 95);
        assertThat(atr.value()).isEqualTo(10);
    }
}
