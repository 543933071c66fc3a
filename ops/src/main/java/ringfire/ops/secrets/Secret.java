package ringfire.ops.secrets;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A secret value (API key, API secret, admin token). It prints as {@code ****} everywhere ({@link #toString()}),
 * is not serializable, and knows only where it came from ({@link #source()}), which is safe to show. Read the
 * value with {@link #reveal()} only where it is sent or signed; compare with {@link #matches}.
 */
public final class Secret
{
    public static final String MASK = "****";

    private final String value;
    private final String source;

    Secret(final String value, final String source)
    {
        this.value = value;
        this.source = source;
    }

    /** A secret for tests and for callers that got the value elsewhere; {@code source} is shown, never the value. */
    public static Secret of(final String value, final String source)
    {
        if (value == null || value.isEmpty())
        {
            throw new IllegalArgumentException(source + ": empty secret");
        }
        return new Secret(value, source);
    }

    /** The value. Never log, journal or print it. */
    public String reveal()
    {
        return value;
    }

    /** Where it came from, e.g. {@code environment variable RINGFIRE_ADMIN_TOKEN}: safe to print. */
    public String source()
    {
        return source;
    }

    /** Whether {@code candidate} equals the secret, in time independent of where they differ (and of length). */
    public boolean matches(final CharSequence candidate)
    {
        if (candidate == null)
        {
            return false;
        }
        return MessageDigest.isEqual(sha256(value), sha256(candidate.toString()));
    }

    private static byte[] sha256(final String s)
    {
        try
        {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        }
        catch (final NoSuchAlgorithmException e)
        {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    @Override
    public String toString()
    {
        return MASK;
    }
}
