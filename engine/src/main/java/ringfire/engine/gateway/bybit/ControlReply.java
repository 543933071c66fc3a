package ringfire.engine.gateway.bybit;

import org.agrona.DirectBuffer;

/**
 * Recognises Bybit's control replies (subscribe/unsubscribe acks, pongs) among received frames by scanning only the
 * top-level keys of the JSON object: {@code op}, {@code success}, {@code req_id}, {@code ret_msg}. A data message is
 * recognised by its top-level {@code topic} key, where the scan stops (Bybit sends it first, so data frames cost a
 * few bytes). Values of other keys are skipped without being decoded; only a control reply allocates (its strings).
 * Not a validator: a malformed frame is simply "not a control reply". One instance per event loop.
 */
final class ControlReply
{
    static final int ABSENT = -1;

    private static final byte[] TOPIC = {'t', 'o', 'p', 'i', 'c'};
    private static final byte[] OP = {'o', 'p'};
    private static final byte[] SUCCESS = {'s', 'u', 'c', 'c', 'e', 's', 's'};
    private static final byte[] REQ_ID = {'r', 'e', 'q', '_', 'i', 'd'};
    private static final byte[] RET_MSG = {'r', 'e', 't', '_', 'm', 's', 'g'};

    private DirectBuffer buffer;
    private int end;
    private int pos;

    String op;
    /** 1 true, 0 false, {@link #ABSENT}. */
    int success;
    String reqId;
    String retMsg;

    /** Scans a frame; true when it is a control reply (a top-level {@code op} and no {@code topic}). */
    boolean parse(final DirectBuffer frame, final int offset, final int length)
    {
        buffer = frame;
        pos = offset;
        end = offset + length;
        op = null;
        success = ABSENT;
        reqId = null;
        retMsg = null;
        try
        {
            return scanObject() && op != null;
        }
        catch (final IndexOutOfBoundsException | NumberFormatException malformed)
        {
            return false;
        }
    }

    /** A pong: {@code op:"pong"} (private/option streams) or {@code op:"ping"} with {@code ret_msg:"pong"}. */
    boolean isPong()
    {
        return "pong".equals(op) || ("ping".equals(op) && "pong".equals(retMsg));
    }

    private boolean scanObject()
    {
        skipWhitespace();
        if (next() != '{')
        {
            return false;
        }
        skipWhitespace();
        if (peek() == '}')
        {
            return false;
        }
        while (true)
        {
            skipWhitespace();
            if (next() != '"')
            {
                return false;
            }
            final int keyStart = pos;
            skipStringBody();
            final int keyEnd = pos - 1;
            skipWhitespace();
            if (next() != ':')
            {
                return false;
            }
            skipWhitespace();
            if (is(keyStart, keyEnd, TOPIC))
            {
                return false;
            }
            if (!value(keyStart, keyEnd))
            {
                return false;
            }
            skipWhitespace();
            final byte c = next();
            if (c == '}')
            {
                return true;
            }
            if (c != ',')
            {
                return false;
            }
        }
    }

    private boolean value(final int keyStart, final int keyEnd)
    {
        final byte c = peek();
        if (c == '"' && (is(keyStart, keyEnd, OP) || is(keyStart, keyEnd, REQ_ID) || is(keyStart, keyEnd, RET_MSG)))
        {
            pos++;
            final String s = readStringBody();
            if (is(keyStart, keyEnd, OP))
            {
                op = s;
            }
            else if (is(keyStart, keyEnd, REQ_ID))
            {
                reqId = s;
            }
            else
            {
                retMsg = s;
            }
            return true;
        }
        if (is(keyStart, keyEnd, SUCCESS) && (c == 't' || c == 'f'))
        {
            success = c == 't' ? 1 : 0;
        }
        return skipValue();
    }

    private boolean skipValue()
    {
        int depth = 0;
        do
        {
            final byte c = next();
            if (c == '"')
            {
                skipStringBody();
            }
            else if (c == '{' || c == '[')
            {
                depth++;
            }
            else if (c == '}' || c == ']')
            {
                if (--depth < 0)
                {
                    return false;
                }
            }
            else if (depth == 0)
            {
                while (pos < end && !isDelimiter(peek()))
                {
                    pos++;
                }
            }
        }
        while (depth > 0);
        return true;
    }

    private void skipStringBody()
    {
        while (true)
        {
            final byte c = next();
            if (c == '\\')
            {
                pos++;
            }
            else if (c == '"')
            {
                return;
            }
        }
    }

    private String readStringBody()
    {
        final int start = pos;
        while (true)
        {
            final byte c = peek();
            if (c == '"')
            {
                pos++;
                return buffer.getStringWithoutLengthUtf8(start, pos - 1 - start);
            }
            if (c == '\\')
            {
                return readEscapedStringBody(start);
            }
            pos++;
        }
    }

    /** The rare string with escapes; other bytes are taken as Latin-1 (Bybit's control strings are ASCII). */
    private String readEscapedStringBody(final int start)
    {
        pos = start;
        final StringBuilder sb = new StringBuilder();
        while (true)
        {
            final byte c = next();
            if (c == '"')
            {
                return sb.toString();
            }
            if (c != '\\')
            {
                sb.append((char)(c & 0xFF));
                continue;
            }
            final byte e = next();
            switch (e)
            {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'u' ->
                {
                    sb.append((char)Integer.parseInt(ascii(pos, 4), 16));
                    pos += 4;
                }
                default -> sb.append((char)e);
            }
        }
    }

    private String ascii(final int at, final int length)
    {
        if (at + length > end)
        {
            throw new IndexOutOfBoundsException(at + length);
        }
        return buffer.getStringWithoutLengthAscii(at, length);
    }

    private boolean is(final int start, final int stop, final byte[] key)
    {
        if (stop - start != key.length)
        {
            return false;
        }
        for (int i = 0; i < key.length; i++)
        {
            if (buffer.getByte(start + i) != key[i])
            {
                return false;
            }
        }
        return true;
    }

    private static boolean isDelimiter(final byte c)
    {
        return c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }

    private void skipWhitespace()
    {
        while (pos < end)
        {
            final byte c = buffer.getByte(pos);
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
            {
                return;
            }
            pos++;
        }
    }

    private byte peek()
    {
        if (pos >= end)
        {
            throw new IndexOutOfBoundsException(pos);
        }
        return buffer.getByte(pos);
    }

    private byte next()
    {
        final byte b = peek();
        pos++;
        return b;
    }
}
