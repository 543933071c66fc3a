package ringfire.ops.cli;

/** Input the user can fix (a path, an option value); reported as one line with exit code 2. */
final class BadInputException extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    BadInputException(final String message)
    {
        super(message);
    }
}
