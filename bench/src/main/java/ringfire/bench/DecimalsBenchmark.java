package ringfire.bench;

import org.agrona.concurrent.UnsafeBuffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import ringfire.codecs.Decimals;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Exact parsing of a Bybit price string from the received bytes, against the baseline a naive decoder would
 * use (new String + BigDecimal), measured in the same run.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DecimalsBenchmark
{
    private final byte[] bytes = "16578.50".getBytes(StandardCharsets.US_ASCII);
    private final UnsafeBuffer buffer = new UnsafeBuffer(bytes);

    @Benchmark
    public long scaledFromBytes()
    {
        return Decimals.parse(buffer, 0, bytes.length, 2);
    }

    @Benchmark
    public long baselineStringBigDecimal()
    {
        return new BigDecimal(new String(bytes, StandardCharsets.US_ASCII)).movePointRight(2).longValueExact();
    }
}
