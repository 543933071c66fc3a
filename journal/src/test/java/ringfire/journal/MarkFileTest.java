package ringfire.journal;

import org.agrona.concurrent.CachedEpochClock;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringfire.journal.testing.JournalFixtures;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class MarkFileTest
{
    private static final long NOW_MS = 1_748_736_000_000L;
    private static final long TIMEOUT_MS = JournalOptions.DEFAULT_MARK_TIMEOUT_MS;

    @TempDir
    Path tmp;

    @Test
    void shouldRefuseASecondWriterWhileTheFirstIsOpen()
    {
        final Path dir = tmp.resolve("journal");
        try (Journal first = Journal.openForWriting(dir, JournalFixtures.fixedClockOptions()))
        {
            final JournalException e = catchThrowableOfType(JournalException.class,
                () -> Journal.openForWriting(dir, JournalFixtures.fixedClockOptions()));

            assertThat(e).isNotNull();
            assertThat(e.getMessage())
                .contains("being written by another engine")
                .contains(dir.toString())
                .contains("pid " + ProcessHandle.current().pid())
                .doesNotContain("\n");
            assertThat(first.dir()).isEqualTo(dir);
        }
    }

    @Test
    void shouldReopenForWritingAfterTheWriterClosed() throws IOException
    {
        final Path dir = tmp.resolve("journal");
        JournalFixtures.write(dir, JournalFixtures.sampleEvents().subList(0, 2));
        assertThat(MarkFile.isClosed(dir)).isTrue();

        try (Journal again = Journal.openForWriting(dir, JournalFixtures.fixedClockOptions()))
        {
            assertThat(MarkFile.isClosed(dir)).isFalse();
            assertThat(again.lastIndex()).isNotEqualTo(-1);
        }
        assertThat(MarkFile.isClosed(dir)).isTrue();
    }

    @Test
    void shouldLetReadersInWhileAWriterIsOpen()
    {
        final Path dir = tmp.resolve("journal");
        JournalFixtures.write(dir, JournalFixtures.sampleEvents());
        try (Journal writer = Journal.openForWriting(dir, JournalFixtures.fixedClockOptions()))
        {
            assertThat(JournalFixtures.readAll(dir)).hasSize(5);
            assertThat(writer.dir()).isEqualTo(dir);
        }
    }

    @Test
    void shouldTakeOverTheMarkOfADeadProcess() throws Exception
    {
        final Path dir = Files.createDirectories(tmp.resolve("journal"));
        final long deadPid = deadPid();
        writeMark(dir, deadPid, NOW_MS, false);
        final CachedEpochClock clock = clockAt(NOW_MS);

        try (Journal journal = Journal.openForWriting(dir, JournalFixtures.fixedClockOptions(), clock))
        {
            assertThat(markPid(dir)).isEqualTo(ProcessHandle.current().pid());
            assertThat(journal.dir()).isEqualTo(dir);
        }
    }

    @Test
    void shouldTakeOverAMarkWhoseHeartbeatIsOlderThanTheTimeout() throws IOException
    {
        final Path dir = Files.createDirectories(tmp.resolve("journal"));
        writeMark(dir, ProcessHandle.current().pid(), NOW_MS - TIMEOUT_MS, false);

        try (Journal journal = Journal.openForWriting(dir, JournalFixtures.fixedClockOptions(), clockAt(NOW_MS)))
        {
            assertThat(MarkFile.isClosed(dir)).isFalse();
            assertThat(journal.dir()).isEqualTo(dir);
        }
    }

    @Test
    void shouldRefuseAMarkOfALiveProcessWithAFreshHeartbeat() throws IOException
    {
        final Path dir = Files.createDirectories(tmp.resolve("journal"));
        writeMark(dir, ProcessHandle.current().pid(), NOW_MS - TIMEOUT_MS + 1, false);

        final JournalException e = catchThrowableOfType(JournalException.class,
            () -> Journal.openForWriting(dir, JournalFixtures.fixedClockOptions(), clockAt(NOW_MS)));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("being written by another engine").contains(dir.toString());
        assertThat(markPid(dir)).isEqualTo(ProcessHandle.current().pid());
    }

    @Test
    void shouldIgnoreAMarkThatWasClosed() throws IOException
    {
        final Path dir = Files.createDirectories(tmp.resolve("journal"));
        writeMark(dir, ProcessHandle.current().pid(), NOW_MS, true);

        try (Journal journal = Journal.openForWriting(dir, JournalFixtures.fixedClockOptions(), clockAt(NOW_MS)))
        {
            assertThat(MarkFile.isClosed(dir)).isFalse();
            assertThat(journal.dir()).isEqualTo(dir);
        }
    }

    private static CachedEpochClock clockAt(final long timeMs)
    {
        final CachedEpochClock clock = new CachedEpochClock();
        clock.update(timeMs);
        return clock;
    }

    private static void writeMark(final Path dir, final long pid, final long heartbeatMs, final boolean closed)
        throws IOException
    {
        final UnsafeBuffer mark = new UnsafeBuffer(new byte[MarkFile.LENGTH]);
        mark.putLong(MarkFile.MAGIC_OFFSET, MarkFile.MAGIC);
        mark.putLong(MarkFile.PID_OFFSET, pid);
        mark.putLong(MarkFile.HEARTBEAT_OFFSET, heartbeatMs);
        mark.putInt(MarkFile.CLOSED_OFFSET, closed ? 1 : 0);
        Files.write(dir.resolve(MarkFile.FILE_NAME), mark.byteArray());
    }

    private static long markPid(final Path dir) throws IOException
    {
        return new UnsafeBuffer(Files.readAllBytes(dir.resolve(MarkFile.FILE_NAME))).getLong(MarkFile.PID_OFFSET);
    }

    private static long deadPid() throws Exception
    {
        final Process process = new ProcessBuilder("sh", "-c", "exit 0").start();
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        final long pid = process.pid();
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        return pid;
    }
}
