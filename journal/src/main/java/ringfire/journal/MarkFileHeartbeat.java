package ringfire.journal;

import org.agrona.concurrent.Agent;
import org.agrona.concurrent.AgentRunner;
import org.agrona.concurrent.EpochClock;
import org.agrona.concurrent.SleepingMillisIdleStrategy;

/** Agent that refreshes a mark file's heartbeat once a second, on its own idle thread. */
final class MarkFileHeartbeat implements Agent
{
    static final long INTERVAL_MS = 1_000;

    private final MarkFile markFile;
    private final EpochClock clock;
    private long lastBeatMs;
    private AgentRunner runner;

    MarkFileHeartbeat(final MarkFile markFile, final EpochClock clock)
    {
        this.markFile = markFile;
        this.clock = clock;
    }

    void start()
    {
        runner = new AgentRunner(new SleepingMillisIdleStrategy(100), t -> { }, null, this);
        final Thread thread = new Thread(runner, roleName());
        thread.setDaemon(true);
        thread.start();
    }

    void stop()
    {
        if (runner != null)
        {
            runner.close();
        }
    }

    @Override
    public int doWork()
    {
        final long now = clock.time();
        if (now - lastBeatMs >= INTERVAL_MS)
        {
            markFile.beat(now);
            lastBeatMs = now;
            return 1;
        }
        return 0;
    }

    @Override
    public String roleName()
    {
        return "journal-mark-heartbeat";
    }
}
