package ringfire.engine.research;

import ringfire.engine.backtest.Backtest;
import ringfire.engine.backtest.BacktestSpec;
import ringfire.engine.backtest.Progress;
import ringfire.engine.report.BacktestReport;
import ringfire.engine.report.ReportInfo;
import ringfire.engine.report.Summary;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs independent backtests on a fixed thread pool. Each backtest is a whole recorded session of its own (its own
 * journal directory and pipeline), writes its report next to its journal, and shares nothing with the others, so the
 * outcomes do not depend on the number of threads or their timing; they come back in the order of the jobs.
 */
public final class ParallelBacktests
{
    private ParallelBacktests()
    {
    }

    /** One backtest and what its report should say. */
    public record Job(BacktestSpec spec, ReportInfo info)
    {
    }

    /** A finished backtest: its summary (also in summary.json) and the faults counted while it ran. */
    public record Outcome(Job job, Summary summary, long faults)
    {
    }

    /** Hears of each finished backtest, on the thread that ran it (calls are serialized). */
    @FunctionalInterface
    public interface Listener
    {
        Listener NONE = (outcome, done, total) -> { };

        void finished(Outcome outcome, int done, int total);
    }

    /** Runs one backtest and writes its report into its output directory. */
    public static Outcome runOne(final Job job)
    {
        final Backtest.Result result = Backtest.run(job.spec(), Progress.NONE);
        final Summary summary = BacktestReport.write(job.spec().journalDir(), job.spec().outDir(), job.info());
        return new Outcome(job, summary, result.faults());
    }

    /**
     * Runs the jobs on {@code threads} threads (at most one per job) and returns their outcomes in job order. When a
     * job fails, the jobs not yet started are cancelled, the running ones are waited for, and the failure of the
     * first failed job in job order is thrown as it was (a RuntimeException or Error).
     */
    public static List<Outcome> run(final List<Job> jobs, final int threads, final Listener listener)
    {
        if (threads < 1)
        {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        if (jobs.isEmpty())
        {
            return List.of();
        }
        final ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, jobs.size()), threadFactory());
        final AtomicInteger done = new AtomicInteger();
        final Object lock = new Object();
        try
        {
            final List<Future<Outcome>> futures = new ArrayList<>(jobs.size());
            for (final Job job : jobs)
            {
                futures.add(pool.submit(() ->
                {
                    final Outcome outcome = runOne(job);
                    synchronized (lock)
                    {
                        listener.finished(outcome, done.incrementAndGet(), jobs.size());
                    }
                    return outcome;
                }));
            }
            final List<Outcome> outcomes = new ArrayList<>(jobs.size());
            for (final Future<Outcome> f : futures)
            {
                try
                {
                    outcomes.add(f.get());
                }
                catch (final ExecutionException e)
                {
                    futures.forEach(other -> other.cancel(false));
                    throw rethrow(e.getCause());
                }
                catch (final InterruptedException e)
                {
                    futures.forEach(other -> other.cancel(false));
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for the backtests", e);
                }
            }
            return outcomes;
        }
        finally
        {
            pool.shutdown();
            awaitQuietly(pool);
        }
    }

    private static RuntimeException rethrow(final Throwable cause)
    {
        if (cause instanceof RuntimeException r)
        {
            return r;
        }
        if (cause instanceof Error e)
        {
            throw e;
        }
        return new IllegalStateException(cause);
    }

    private static void awaitQuietly(final ExecutorService pool)
    {
        try
        {
            while (!pool.awaitTermination(1, TimeUnit.MINUTES))
            {
                // a backtest is still finishing; nothing may write after we return
            }
        }
        catch (final InterruptedException e)
        {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory threadFactory()
    {
        final AtomicInteger n = new AtomicInteger();
        return r ->
        {
            final Thread t = new Thread(r, "research-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
