package ringfire.engine.replay;

/** Outcome of a replay: counts, the SHA-256 of the re-made decisions and the first divergence, if any. */
public record ReplayResult(long sessions, long inputs, long decisions, String hash, long faults, Divergence divergence)
{
    public boolean ok()
    {
        return divergence == null;
    }
}
