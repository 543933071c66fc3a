package ringfire.journal;

/** A journal that cannot be opened, read or written; the message is one line naming the path and the cause. */
public final class JournalException extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    public JournalException(final String message)
    {
        super(message);
    }

    public JournalException(final String message, final Throwable cause)
    {
        super(message, cause);
    }

    /** First line of a throwable's message, for one-line reports of library exceptions. */
    static String firstLine(final Throwable t)
    {
        final String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        final int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
