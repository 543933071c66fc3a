package ringfire.engine.research;

import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResearchPercentilesTest
{
    @Test
    void shouldTakeTheValueAtRankCeilingOfPTimesN()
    {
        final double[] hundred = IntStream.rangeClosed(1, 100).asDoubleStream().toArray();
        assertThat(Percentiles.nearestRank(hundred, 5)).isEqualTo(5);
        assertThat(Percentiles.nearestRank(hundred, 50)).isEqualTo(50);
        assertThat(Percentiles.nearestRank(hundred, 95)).isEqualTo(95);
        assertThat(Percentiles.nearestRank(hundred, 100)).isEqualTo(100);
        final double[] ten = IntStream.rangeClosed(1, 10).asDoubleStream().toArray();
        assertThat(Percentiles.nearestRank(ten, 5)).as("rank ceil(0.5) = 1").isEqualTo(1);
        assertThat(Percentiles.nearestRank(ten, 50)).isEqualTo(5);
        assertThat(Percentiles.nearestRank(ten, 95)).as("rank ceil(9.5) = 10").isEqualTo(10);
        final double[] thousand = IntStream.rangeClosed(1, 1000).asDoubleStream().toArray();
        assertThat(Percentiles.nearestRank(thousand, 5)).as("exact in integers: no 50.000000001").isEqualTo(50);
        assertThat(Percentiles.nearestRank(new double[] {-0.25}, 5)).isEqualTo(-0.25);
        assertThat(Percentiles.nearestRank(new double[] {-0.25}, 95)).isEqualTo(-0.25);
    }

    @Test
    void shouldRefuseNoValuesOrAPercentOutsideOneToHundred()
    {
        assertThatThrownBy(() -> Percentiles.nearestRank(new double[0], 50)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Percentiles.nearestRank(new double[] {1}, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Percentiles.nearestRank(new double[] {1}, 101)).isInstanceOf(IllegalArgumentException.class);
    }
}
