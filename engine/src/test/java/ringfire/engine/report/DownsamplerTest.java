package ringfire.engine.report;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DownsamplerTest
{
    @Test
    void shouldKeepASeriesThatFitsWhole()
    {
        final Downsampler d = new Downsampler(2000);
        for (int i = 0; i < 2000; i++)
        {
            d.add(i, i % 7);
        }
        final List<Downsampler.Point> points = d.points();
        assertThat(points).hasSize(2000);
        assertThat(points.get(1234)).isEqualTo(new Downsampler.Point(1234, 1234 % 7));
    }

    @Test
    void shouldKeepAtMostMaxPointsWithTheFirstLastLowestAndHighestInTimeOrder()
    {
        final Downsampler d = new Downsampler(2000);
        final int n = 44_640;   // a month of 1m bars
        for (int i = 0; i < n; i++)
        {
            final double v = i == 31_337 ? -500 : i == 7_001 ? 900 : Math.sin(i / 100.0) * 100;
            d.add(1_000L * i, v);
        }
        final List<Downsampler.Point> points = d.points();

        // 44640 points in buckets of 128: 349 buckets of up to 4 points each
        assertThat(points.size()).isLessThanOrEqualTo(2000).isGreaterThanOrEqualTo(349);
        assertThat(points.get(0)).isEqualTo(new Downsampler.Point(0, 0));
        assertThat(points.get(points.size() - 1).timeNs()).isEqualTo(1_000L * (n - 1));
        assertThat(points).contains(new Downsampler.Point(31_337_000L, -500), new Downsampler.Point(7_001_000L, 900));
        for (int i = 1; i < points.size(); i++)
        {
            assertThat(points.get(i).timeNs()).isGreaterThan(points.get(i - 1).timeNs());
        }
    }

    @Test
    void shouldGiveTheSamePointsForTheSameSeries()
    {
        final Downsampler a = new Downsampler(100);
        final Downsampler b = new Downsampler(100);
        for (int i = 0; i < 12_345; i++)
        {
            a.add(i, (i * 7919L) % 1000);
            b.add(i, (i * 7919L) % 1000);
        }
        assertThat(a.points()).isEqualTo(b.points()).hasSizeLessThanOrEqualTo(100);
    }
}
