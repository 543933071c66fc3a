package ringfire.engine.gateway.bybit;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackoffTest
{
    private static List<Long> delays(final Backoff backoff, final int n)
    {
        final List<Long> out = new ArrayList<>();
        for (int i = 0; i < n; i++)
        {
            out.add(backoff.nextDelayMs());
        }
        return out;
    }

    @Test
    void shouldGiveTheSameDelaysForTheSameSeed()
    {
        assertThat(delays(new Backoff(100, 30_000, 7), 20)).isEqualTo(delays(new Backoff(100, 30_000, 7), 20));
        assertThat(delays(new Backoff(100, 30_000, 7), 20)).isNotEqualTo(delays(new Backoff(100, 30_000, 8), 20));
    }

    @Test
    void shouldDoubleWithJitterUpToTheCap()
    {
        final List<Long> d = delays(new Backoff(100, 30_000, 1), 40);
        for (int n = 0; n < d.size(); n++)
        {
            final long ceiling = Math.min(30_000, 100L << Math.min(n, 20));
            assertThat(d.get(n)).as("attempt %d", n).isBetween(ceiling / 2, ceiling);
        }
        assertThat(d.subList(9, 40)).allSatisfy(x -> assertThat(x).isBetween(15_000L, 30_000L));
        assertThat(d.stream().distinct().count()).isGreaterThan(30);
    }

    @Test
    void shouldStartOverAfterAReset()
    {
        final Backoff backoff = new Backoff(100, 30_000, 3);
        delays(backoff, 10);
        assertThat(backoff.attempts()).isEqualTo(10);
        backoff.reset();
        assertThat(backoff.nextDelayMs()).isBetween(50L, 100L);
        assertThat(backoff.attempts()).isEqualTo(1);
    }

    @Test
    void shouldNotOverflowAfterManyAttempts()
    {
        final Backoff backoff = new Backoff(1, Long.MAX_VALUE / 4, 9);
        assertThat(delays(backoff, 100)).allSatisfy(x -> assertThat(x).isBetween(0L, Long.MAX_VALUE / 4));
        assertThatThrownBy(() -> new Backoff(0, 10, 1)).hasMessageContaining("1 <= base <= cap");
        assertThatThrownBy(() -> new Backoff(100, 10, 1)).hasMessageContaining("1 <= base <= cap");
    }
}
