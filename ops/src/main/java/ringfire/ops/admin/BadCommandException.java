package ringfire.ops.admin;

/** An admin command that cannot be run: unknown, wrong arguments, bad symbol or value. One line. */
public final class BadCommandException extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    public BadCommandException(final String message)
    {
        super(message, null, false, false);
    }
}
