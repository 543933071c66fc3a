package ringfire.ops.secrets;

/**
 * A secret that cannot be used: a file with loose permissions, a missing file or variable, a malformed line. The
 * message is one line naming the file or variable and never contains a secret value. Bad input: exit code 2.
 */
public final class SecretsException extends IllegalArgumentException
{
    private static final long serialVersionUID = 1L;

    public SecretsException(final String message)
    {
        super(message);
    }
}
