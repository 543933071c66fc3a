package ringfire.journal.importer;

/** A kline file that cannot be imported; the message is one line naming the file (and line or list element). */
public final class ImportException extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    public ImportException(final String message)
    {
        super(message);
    }

    public ImportException(final String message, final Throwable cause)
    {
        super(message, cause);
    }
}
