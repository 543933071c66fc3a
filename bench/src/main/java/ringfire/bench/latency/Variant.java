package ringfire.bench.latency;

import ringfire.engine.pipeline.PipelineConfig;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One threading of the path from the gateway to the decision, by name:
 *
 * <ul>
 *   <li>{@code ring-single-W}, {@code ring-parallel-W}: the engine's {@link ringfire.engine.pipeline.Pipeline}
 *   in mode SINGLE or JOURNAL_PARALLEL with wait strategy W (blocking, sleeping, yielding, busy-spin);</li>
 *   <li>{@code ring-per-stage-W}: harness-only, the same stage objects each on its own Disruptor handler thread
 *   (journal, risk, exit-plan, strategy, execution: five threads) on one ring;</li>
 *   <li>{@code abq-single}, {@code abq-per-stage}: the same two threadings with ArrayBlockingQueue hand-offs
 *   instead of the ring (baseline a);</li>
 *   <li>{@code bare-W}: a bare Disruptor hop with an empty handler on one thread with wait strategy W, fed the
 *   same loopback frames, nothing decoded (baseline b, the floor).</li>
 * </ul>
 */
public record Variant(String name, Kind kind, PipelineConfig.Mode mode, PipelineConfig.Wait waitStrategy)
{
    public enum Kind
    {
        RING, RING_PER_STAGE, ABQ_SINGLE, ABQ_PER_STAGE, BARE
    }

    /** Threads on the engine side of the hand-off (the gateway's event loop not counted). */
    public int threads()
    {
        return switch (kind)
        {
            case RING -> mode.threads();
            case RING_PER_STAGE, ABQ_PER_STAGE -> 5;
            case ABQ_SINGLE, BARE -> 1;
        };
    }

    public String describe()
    {
        return switch (kind)
        {
            case RING -> "engine Pipeline, mode " + mode + ", " + waitStrategy + " waits, " + threads() + " thread(s)"
                + (mode == PipelineConfig.Mode.JOURNAL_PARALLEL
                    ? " (measured before the stage thread waits for the input's journal append)" : "");
            case RING_PER_STAGE -> "one ring, one thread per stage (journal, risk, exit-plan, strategy, execution), "
                + waitStrategy + " waits (a timing experiment: the stages share state and are not built for it)";
            case ABQ_SINGLE -> "ArrayBlockingQueue hand-off to one thread running the pipeline's stage handler";
            case ABQ_PER_STAGE -> "ArrayBlockingQueue hand-offs between five stage threads (the same caveat)";
            case BARE -> "bare Disruptor hop, empty handler, " + waitStrategy + " waits, 1 thread, frames not decoded";
        };
    }

    public static Variant parse(final String name)
    {
        final String n = name.strip().toLowerCase(Locale.ROOT);
        if (n.equals("abq-single"))
        {
            return new Variant(n, Kind.ABQ_SINGLE, PipelineConfig.Mode.SINGLE, PipelineConfig.Wait.BLOCKING);
        }
        if (n.equals("abq-per-stage"))
        {
            return new Variant(n, Kind.ABQ_PER_STAGE, PipelineConfig.Mode.SINGLE, PipelineConfig.Wait.BLOCKING);
        }
        final String[][] prefixes = {{"ring-single-", "RING"}, {"ring-parallel-", "RING"},
            {"ring-per-stage-", "RING_PER_STAGE"}, {"bare-", "BARE"}};
        for (final String[] p : prefixes)
        {
            if (n.startsWith(p[0]))
            {
                final PipelineConfig.Wait wait = wait(n.substring(p[0].length()), name);
                final PipelineConfig.Mode mode = p[0].equals("ring-parallel-") ? PipelineConfig.Mode.JOURNAL_PARALLEL
                    : PipelineConfig.Mode.SINGLE;
                final Kind kind = Kind.valueOf(p[1]);
                if (kind == Kind.RING_PER_STAGE && wait.spins())
                {
                    throw new IllegalArgumentException("--variants: '" + name + "' would spin five threads; use "
                        + "ring-per-stage-blocking or ring-per-stage-sleeping");
                }
                return new Variant(n, kind, mode, wait);
            }
        }
        throw new IllegalArgumentException("--variants: unknown variant '" + name + "' (expected ring-single-W, "
            + "ring-parallel-W, ring-per-stage-W, bare-W with W = blocking|sleeping|yielding|busy-spin, abq-single, "
            + "abq-per-stage)");
    }

    /** blocking, sleeping, yielding, busy-spin. */
    static String waitName(final PipelineConfig.Wait wait)
    {
        return wait.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static PipelineConfig.Wait wait(final String text, final String name)
    {
        for (final PipelineConfig.Wait w : PipelineConfig.Wait.values())
        {
            if (waitName(w).equals(text))
            {
                return w;
            }
        }
        throw new IllegalArgumentException("--variants: unknown wait strategy in '" + name
            + "' (blocking, sleeping, yielding or busy-spin)");
    }

    /** Every variant: each wait strategy next to its floor, then the other threadings and the baselines. */
    public static List<Variant> all()
    {
        final List<Variant> list = new ArrayList<>();
        for (final String w : new String[] {"blocking", "sleeping", "yielding", "busy-spin"})
        {
            list.add(parse("bare-" + w));
            list.add(parse("ring-single-" + w));
        }
        list.add(parse("ring-parallel-blocking"));
        list.add(parse("ring-parallel-sleeping"));
        list.add(parse("ring-per-stage-blocking"));
        list.add(parse("abq-single"));
        list.add(parse("abq-per-stage"));
        return list;
    }
}
