package ringfire.journal;

/** A journal that cannot be opened, read or written; the message is one line naming the path and the cause. */
public final class JournalException extends RuntimeException
{
    private static final long serialVersionUID = 1L;
    private static final int MAX_CAUSE_LENGTH = 200;

    public JournalException(final String message)
    {
        super(message);
    }

    public JournalException(final String message, final Throwable cause)
    {
        super(message, cause);
    }

    /**
     * First line of a throwable's message, for one-line reports of library exceptions: cut at the first line break,
     * control characters replaced by '?', at most {@value #MAX_CAUSE_LENGTH} characters.
     */
    public static String firstLine(final Throwable t)
    {
        final String m = t.getMessage() == null || t.getMessage().isBlank() ? t.getClass().getSimpleName() : t.getMessage();
        final StringBuilder sb = new StringBuilder(Math.min(m.length(), MAX_CAUSE_LENGTH + 3));
        for (int i = 0, n = m.length(); i < n; i++)
        {
            final char c = m.charAt(i);
            if (c == '\n' || c == '\r')
            {
                break;
            }
            if (sb.length() == MAX_CAUSE_LENGTH)
            {
                sb.append("...");
                break;
            }
            sb.append(Character.isISOControl(c) ? '?' : c);
        }
        return sb.toString().trim();
    }
}
