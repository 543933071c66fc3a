package ringfire.engine.replay;

/**
 * The first place a replay's decisions differ from the recorded ones: the input sequence number and both
 * decisions rendered (one may be {@code none}).
 */
public record Divergence(long sequence, String expected, String actual)
{
}
