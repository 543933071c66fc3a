package ringfire.engine.sim;

/**
 * How fast the simulator plays market time: {@code 60x} plays a 1-minute bar in one second (market time / 60
 * between messages), {@code 1x} in real time, {@code max} as fast as the connection takes it.
 *
 * @param factor market milliseconds per real millisecond; {@link Double#POSITIVE_INFINITY} for max
 */
public record Speed(double factor)
{
    public static final Speed MAX = new Speed(Double.POSITIVE_INFINITY);

    public Speed
    {
        if (!(factor > 0))
        {
            throw new IllegalArgumentException("speed must be positive: " + factor);
        }
    }

    /** Parses {@code 60x}, {@code 60}, {@code 0.5x} or {@code max}. */
    public static Speed parse(final String text)
    {
        final String t = text == null ? "" : text.strip();
        if (t.equalsIgnoreCase("max"))
        {
            return MAX;
        }
        try
        {
            final double f = Double.parseDouble(t.endsWith("x") || t.endsWith("X") ? t.substring(0, t.length() - 1) : t);
            if (f > 0 && !Double.isInfinite(f))
            {
                return new Speed(f);
            }
        }
        catch (final NumberFormatException e)
        {
            // reported below
        }
        throw new IllegalArgumentException("speed '" + text + "': expected e.g. 60x, 1x, 0.5x or max");
    }

    public boolean isMax()
    {
        return Double.isInfinite(factor);
    }

    /** Real nanoseconds for a span of market milliseconds. */
    public long realNanos(final long marketMs)
    {
        return isMax() ? 0 : (long)(marketMs * 1_000_000.0 / factor);
    }

    @Override
    public String toString()
    {
        return isMax() ? "max" : factor + "x";
    }
}
