package ringfire.codecs.bybit;

/**
 * Unwinds a decode that met bad input. One preallocated instance per cursor, without a stack trace, so rejecting
 * a message allocates nothing; the kind is set just before each throw.
 */
final class DecodeFailure extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    private DecodeKind kind = DecodeKind.DECODER_FAULT;

    DecodeFailure()
    {
        super(null, null, false, false);
    }

    DecodeFailure kind(final DecodeKind kind)
    {
        this.kind = kind;
        return this;
    }

    DecodeKind kind()
    {
        return kind;
    }
}
