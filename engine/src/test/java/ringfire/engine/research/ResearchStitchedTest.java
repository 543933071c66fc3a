package ringfire.engine.research;

import org.junit.jupiter.api.Test;
import ringfire.engine.report.Metrics;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ResearchStitchedTest
{
    private static final long USDT = 100_000_000L;
    private static final long MINUTE_NS = 60_000_000_000L;
    private static final long DAY_NS = 86_400_000_000_000L;
    private static final long START = Instant.parse("2025-06-01T00:00:00Z").getEpochSecond() * 1_000_000_000L;

    @Test
    void shouldCompoundWindowReturns()
    {
        assertThat(Stitched.compound(new double[] {0.1, -0.1, 0.2})).isCloseTo(1.1 * 0.9 * 1.2 - 1, within(1e-15));
        assertThat(Stitched.compound(new double[0])).isZero();
    }

    @Test
    void shouldMeasureTheChainedCurveAsOneBacktest()
    {
        // window 1: 1000 -> 1100 -> 1050 (ends at day 1's last bar); window 2 starts at 1050: -> 990 -> 1155
        final EquitySeries w1 = new EquitySeries(new long[] {START + MINUTE_NS, DAY_NS + START},
            new long[] {1100 * USDT, 1050 * USDT});
        final EquitySeries w2 = new EquitySeries(new long[] {DAY_NS + START + MINUTE_NS, 2 * DAY_NS + START},
            new long[] {990 * USDT, 1155 * USDT});
        final double r1 = 1050.0 / 1000 - 1;
        final double r2 = 1155.0 / 1050 - 1;
        final Stitched s = Stitched.of(1000 * USDT, List.of(w1, w2), new double[] {r1, r2}, MINUTE_NS);
        assertThat(s.finalEquity()).isEqualTo(1155 * USDT);
        assertThat(s.totalReturn()).isCloseTo(0.155, within(1e-12));
        assertThat(s.compoundedReturn()).isCloseTo(s.totalReturn(), within(1e-12));
        assertThat(s.maxDrawdown()).as("from 1100 to 990 across the window boundary").isCloseTo(0.1, within(1e-12));
        // rows belong to the day their bar opens (time - 1m): day 1 = {1100, 1050}, day 2 = {990, 1155}
        assertThat(s.days()).isEqualTo(2);
        final double[] daily = Metrics.dailyReturns(1000, new double[] {1050, 1155});
        assertThat(s.sharpe()).isEqualTo(Metrics.sharpe(daily));
        assertThat(s.sortino()).isEqualTo(Metrics.sortino(daily));
    }
}
