package ringfire.codecs.bybit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.async.ByteArrayFeeder;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import ringfire.codecs.Decimals;
import ringfire.codecs.sbe.Side;

import java.io.IOException;

/**
 * Typed reads over one long-lived non-blocking jackson parser, fed one whole WebSocket frame at a time.
 *
 * <p>The non-blocking parser accepts a stream of root values, so one instance decodes every message: after a
 * message's root object closes, it reports {@link JsonToken#NOT_AVAILABLE} until the next frame is fed. That
 * reuse is what makes decoding allocation-free (a parser per message, {@code createParser(byte[], off, len)},
 * allocates about 750 bytes per message: parser, IO context, symbol-table child). Field names come back as
 * canonical Strings from the parser's symbol table, so after the first message of each shape they cost nothing.
 *
 * <p>Every read throws the cursor's preallocated {@link DecodeFailure} on input of the wrong shape.
 * {@link #recover()} then skips to the end of the message, or rebuilds the parser when the JSON itself is broken.
 */
final class JsonCursor
{
    private final JsonFactory factory;
    private final DecodeFailure failure = new DecodeFailure();
    private final TextSlice view = new TextSlice();
    private JsonParser parser;
    private ByteArrayFeeder feeder;

    JsonCursor(final JsonFactory factory)
    {
        this.factory = factory;
        newParser();
    }

    DecodeFailure fail(final DecodeKind kind)
    {
        return failure.kind(kind);
    }

    /** Hands the parser one whole message; the previous one must have been read to its end (or recovered). */
    void feed(final byte[] bytes, final int offset, final int length) throws IOException
    {
        feeder.feedInput(bytes, offset, offset + length);
    }

    /** The next token; the message ending early is malformed JSON. */
    JsonToken next() throws IOException
    {
        final JsonToken t = parser.nextToken();
        if (t == JsonToken.NOT_AVAILABLE || t == null)
        {
            throw fail(DecodeKind.MALFORMED_JSON);
        }
        return t;
    }

    /** Advances to the next field of the current object and its value: the name, or null at the object's end. */
    String nextField() throws IOException
    {
        final JsonToken t = next();
        if (t == JsonToken.END_OBJECT)
        {
            return null;
        }
        final String name = parser.currentName();
        next();
        return name;
    }

    JsonToken token()
    {
        return parser.currentToken();
    }

    void expect(final JsonToken expected)
    {
        if (parser.currentToken() != expected)
        {
            throw fail(DecodeKind.WRONG_TYPE);
        }
    }

    /** Skips the current value, with its children when it is an object or array. */
    void skipValue() throws IOException
    {
        parser.skipChildren();
    }

    long longValue() throws IOException
    {
        expect(JsonToken.VALUE_NUMBER_INT);
        try
        {
            return parser.getLongValue();
        }
        catch (final InputCoercionException e)
        {
            throw fail(DecodeKind.BAD_NUMBER);
        }
    }

    boolean booleanValue()
    {
        final JsonToken t = parser.currentToken();
        if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE)
        {
            throw fail(DecodeKind.WRONG_TYPE);
        }
        return t == JsonToken.VALUE_TRUE;
    }

    /** The current string value as a view into the parser's buffer: valid until the next read. */
    TextSlice string() throws IOException
    {
        expect(JsonToken.VALUE_STRING);
        return view.wrap(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
    }

    /** The current string value, a decimal, exactly at {@code scale}. */
    long decimal(final int scale) throws IOException
    {
        final TextSlice text = string();
        final long value = Decimals.parse(text, 0, text.length(), scale);
        if (value == Decimals.INVALID)
        {
            throw fail(DecodeKind.BAD_NUMBER);
        }
        return value;
    }

    /** As {@link #decimal} but the empty string, Bybit's "not set", reads as 0. */
    long decimalOrZero(final int scale) throws IOException
    {
        return string().length() == 0 ? 0 : decimal(scale);
    }

    /** The current string value copied into {@code into}; too long for it is {@link DecodeKind#TOO_LARGE}. */
    void copyString(final TextSlice into) throws IOException
    {
        final TextSlice text = string();
        if (!into.copy(parser.getTextCharacters(), parser.getTextOffset(), text.length()))
        {
            throw fail(DecodeKind.TOO_LARGE);
        }
    }

    /** The current string value copied into {@code into}, cut to its capacity. */
    void copyStringTruncated(final TextSlice into) throws IOException
    {
        final TextSlice text = string();
        into.copyTruncated(parser.getTextCharacters(), parser.getTextOffset(), text.length());
    }

    /** "Buy" or "Sell". */
    Side side() throws IOException
    {
        final TextSlice text = string();
        if (text.contentEquals("Buy"))
        {
            return Side.BUY;
        }
        if (text.contentEquals("Sell"))
        {
            return Side.SELL;
        }
        throw fail(DecodeKind.BAD_VALUE);
    }

    /** After the root object closed: the frame must hold nothing more than whitespace. */
    void endMessage() throws IOException
    {
        if (parser.nextToken() != JsonToken.NOT_AVAILABLE)
        {
            throw fail(DecodeKind.MALFORMED_JSON);
        }
    }

    /**
     * Gets the parser ready for the next message after a failure: reads to the end of this message when its JSON
     * is sound, else rebuilds the parser (allocates; error path only). Returns true when it rebuilt.
     */
    boolean recover()
    {
        try
        {
            if (!parser.getParsingContext().inRoot())
            {
                JsonToken t;
                do
                {
                    t = parser.nextToken();
                }
                while (t != JsonToken.NOT_AVAILABLE && t != null && !parser.getParsingContext().inRoot());

                if (t != JsonToken.NOT_AVAILABLE && t != null && parser.nextToken() == JsonToken.NOT_AVAILABLE)
                {
                    return false;
                }
            }
        }
        catch (final IOException | RuntimeException ignore)
        {
            // the JSON itself is broken: fall through and start afresh
        }
        reset();
        return true;
    }

    /** Throws the parser away and starts a fresh one (allocates; error path only). */
    void reset()
    {
        try
        {
            parser.close();
        }
        catch (final IOException ignore)
        {
            // a byte-array parser holds no resource worth reporting
        }
        newParser();
    }

    private void newParser()
    {
        try
        {
            parser = factory.createNonBlockingByteArrayParser();
        }
        catch (final IOException e)
        {
            throw new IllegalStateException("cannot create a non-blocking JSON parser", e);
        }
        feeder = (ByteArrayFeeder)parser.getNonBlockingInputFeeder();
    }
}
