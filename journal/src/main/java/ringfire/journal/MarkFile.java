package ringfire.journal;

import org.agrona.IoUtil;
import org.agrona.concurrent.EpochClock;
import org.agrona.concurrent.UnsafeBuffer;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The single-writer mark in a journal directory ({@value #FILE_NAME}): the writer's pid and a heartbeat it
 * refreshes every second. A directory whose mark is open, fresh and owned by a live process is refused.
 */
public final class MarkFile implements AutoCloseable
{
    public static final String FILE_NAME = "ringfire.mark";
    static final long MAGIC = 0x5249_4E47_4649_5245L; // "RINGFIRE"
    static final int MAGIC_OFFSET = 0;
    static final int PID_OFFSET = 8;
    static final int HEARTBEAT_OFFSET = 16;
    static final int CLOSED_OFFSET = 24;
    static final int LENGTH = 64;

    private final Path path;
    private final MappedByteBuffer mapped;
    private final UnsafeBuffer buffer;
    private final MarkFileHeartbeat heartbeat;

    private MarkFile(final Path path, final MappedByteBuffer mapped, final EpochClock clock)
    {
        this.path = path;
        this.mapped = mapped;
        this.buffer = new UnsafeBuffer(mapped);
        this.heartbeat = new MarkFileHeartbeat(this, clock);
    }

    static MarkFile acquire(final Path dir, final EpochClock clock, final long timeoutMs)
    {
        final Path path = dir.resolve(FILE_NAME);
        try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "rw"); FileChannel channel = file.getChannel())
        {
            final boolean existed = channel.size() >= LENGTH;
            final MappedByteBuffer mapped = channel.map(FileChannel.MapMode.READ_WRITE, 0, LENGTH);
            final MarkFile mark = new MarkFile(path, mapped, clock);
            if (existed)
            {
                mark.refuseIfLive(dir, clock.time(), timeoutMs);
            }
            mark.claim(clock.time());
            mark.heartbeat.start();
            return mark;
        }
        catch (final IOException e)
        {
            throw new JournalException("cannot create mark file " + path + ": " + JournalException.firstLine(e));
        }
    }

    private void refuseIfLive(final Path dir, final long nowMs, final long timeoutMs)
    {
        if (buffer.getLongVolatile(MAGIC_OFFSET) != MAGIC || buffer.getIntVolatile(CLOSED_OFFSET) != 0)
        {
            return;
        }
        final long pid = buffer.getLongVolatile(PID_OFFSET);
        final long ageMs = nowMs - buffer.getLongVolatile(HEARTBEAT_OFFSET);
        final boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        if (alive && ageMs < timeoutMs)
        {
            IoUtil.unmap(mapped);
            throw new JournalException("journal " + dir + " is being written by another engine (pid " + pid
                + ", heartbeat " + Math.max(0, ageMs) + " ms ago); stop it or choose another journal directory");
        }
    }

    private void claim(final long nowMs)
    {
        buffer.putLongVolatile(PID_OFFSET, ProcessHandle.current().pid());
        buffer.putLongVolatile(HEARTBEAT_OFFSET, nowMs);
        buffer.putIntVolatile(CLOSED_OFFSET, 0);
        buffer.putLongVolatile(MAGIC_OFFSET, MAGIC);
    }

    void beat(final long nowMs)
    {
        buffer.putLongVolatile(HEARTBEAT_OFFSET, nowMs);
    }

    public Path path()
    {
        return path;
    }

    @Override
    public void close()
    {
        heartbeat.stop();
        buffer.putIntVolatile(CLOSED_OFFSET, 1);
        mapped.force();
        IoUtil.unmap(mapped);
    }

    /** True when a mark file exists in {@code dir} and says its writer closed it cleanly. */
    public static boolean isClosed(final Path dir) throws IOException
    {
        final byte[] bytes = Files.readAllBytes(dir.resolve(FILE_NAME));
        return bytes.length >= LENGTH && new UnsafeBuffer(bytes).getInt(CLOSED_OFFSET) != 0;
    }
}
