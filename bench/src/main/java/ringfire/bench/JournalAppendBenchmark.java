package ringfire.bench;

import net.openhft.chronicle.bytes.BytesStore;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.queue.RollCycles;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueueBuilder;
import net.openhft.chronicle.wire.DocumentContext;
import org.agrona.concurrent.UnsafeBuffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import ringfire.codecs.sbe.MessageHeaderEncoder;
import ringfire.codecs.sbe.Side;
import ringfire.codecs.sbe.Source;
import ringfire.codecs.sbe.TradeEncoder;
import ringfire.journal.Journal;
import ringfire.journal.JournalOptions;
import ringfire.journal.JournalWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One journal append of an encoded Trade frame ({@link JournalWriter#append}, what the pipeline's journal stage
 * calls per input) against raw Chronicle Queue appenders writing the same bytes to a queue built the same way
 * (binary, FAST_DAILY): {@code rawWritingDocument} is the document-context path JournalWriter wraps,
 * {@code rawWriteBytes} is Chronicle's {@code writeBytes(BytesStore)} shortcut. Each iteration writes to a fresh
 * queue in {@code java.io.tmpdir} (set {@code -Djava.io.tmpdir} to choose the disk; {@code /dev/shm} takes the disk
 * out), deleted after the iteration. The queue files are memory-mapped: the number is the cost of getting the bytes
 * into the page cache, not of an fsync.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class JournalAppendBenchmark
{
    /** The bytes every variant appends: a Trade frame as the ring carries it. */
    static byte[] frame()
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[256]);
        final TradeEncoder trade = new TradeEncoder();
        trade.wrapAndApplyHeader(buffer, 0, new MessageHeaderEncoder()).header().sequence(42)
            .eventTimeNs(1_672_304_486_865_000_000L).source(Source.FEED);
        trade.symbolId(1).side(Side.BUY).price(1_657_850).qty(1).tradeId("20f43950-d8dd-5b31-9112-a178eb6023af");
        final byte[] bytes = new byte[MessageHeaderEncoder.ENCODED_LENGTH + trade.encodedLength()];
        buffer.getBytes(0, bytes);
        return bytes;
    }

    static Path newDir(final String name)
    {
        try
        {
            return Files.createTempDirectory("ringfire-bench-" + name + "-");
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(final Path dir)
    {
        if (dir == null || !Files.exists(dir))
        {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir))
        {
            for (final Path p : walk.sorted(Comparator.reverseOrder()).toList())
            {
                Files.delete(p);
            }
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException(e);
        }
    }

    @State(Scope.Thread)
    public static class RingfireJournal
    {
        final byte[] bytes = frame();
        final UnsafeBuffer buffer = new UnsafeBuffer(bytes);
        Path dir;
        Journal journal;
        JournalWriter writer;

        @Setup(Level.Iteration)
        public void open()
        {
            dir = newDir("journal");
            journal = Journal.openForWriting(dir, JournalOptions.defaults());
            writer = journal.writer();
            writer.append(buffer, 0, bytes.length); // creates the cycle file outside the measurement
        }

        @TearDown(Level.Iteration)
        public void close()
        {
            writer.close();
            journal.close();
            delete(dir);
        }
    }

    @State(Scope.Thread)
    public static class RawQueue
    {
        final byte[] bytes = frame();
        final BytesStore<?, byte[]> store = BytesStore.wrap(bytes);
        Path dir;
        SingleChronicleQueue queue;
        ExcerptAppender appender;

        @Setup(Level.Iteration)
        public void open()
        {
            dir = newDir("raw");
            queue = SingleChronicleQueueBuilder.binary(dir).rollCycle(RollCycles.FAST_DAILY).build();
            appender = queue.createAppender();
            appender.writeBytes(store);
        }

        @TearDown(Level.Iteration)
        public void close()
        {
            appender.close();
            queue.close();
            delete(dir);
        }
    }

    @Benchmark
    public long journalWriter(final RingfireJournal j)
    {
        j.writer.append(j.buffer, 0, j.bytes.length);
        return j.writer.lastIndexAppended();
    }

    @Benchmark
    public long rawWritingDocument(final RawQueue q)
    {
        try (DocumentContext dc = q.appender.writingDocument())
        {
            dc.wire().bytes().write(q.bytes, 0, q.bytes.length);
        }
        return q.appender.lastIndexAppended();
    }

    @Benchmark
    public long rawWriteBytes(final RawQueue q)
    {
        q.appender.writeBytes(q.store);
        return q.appender.lastIndexAppended();
    }
}
