package ringfire.engine.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * A client request as the simulator reads it: {@code {"req_id":"..","op":"..","args":[..]}}. Other keys are
 * ignored; a numeric req_id is kept as its text. {@link #parse} returns null for text that is not such an object.
 */
record SimRequest(String op, String reqId, List<String> args)
{
    static SimRequest parse(final String text)
    {
        try
        {
            return new Parser(text).request();
        }
        catch (final IllegalStateException | IllegalArgumentException | IndexOutOfBoundsException e)
        {
            return null;
        }
    }

    private static final class Parser
    {
        private final String s;
        private int pos;

        Parser(final String s)
        {
            this.s = s;
        }

        SimRequest request()
        {
            String op = null;
            String reqId = "";
            List<String> args = List.of();
            expect('{');
            if (peek() != '}')
            {
                do
                {
                    final String key = string();
                    expect(':');
                    switch (key)
                    {
                        case "op" -> op = string();
                        case "req_id" -> reqId = peek() == '"' ? string() : literal();
                        case "args" -> args = strings();
                        default -> skip();
                    }
                }
                while (consume(','));
            }
            expect('}');
            if (pos != s.strip().length() + leading() || op == null)
            {
                return null;
            }
            return new SimRequest(op, reqId, args);
        }

        private int leading()
        {
            return s.length() - s.stripLeading().length();
        }

        private List<String> strings()
        {
            final List<String> out = new ArrayList<>();
            expect('[');
            if (peek() != ']')
            {
                do
                {
                    if (peek() == '"')
                    {
                        out.add(string());
                    }
                    else
                    {
                        out.add(literal());
                    }
                }
                while (consume(','));
            }
            expect(']');
            return out;
        }

        private void skip()
        {
            final char c = peek();
            if (c == '"')
            {
                string();
            }
            else if (c == '[' || c == '{')
            {
                final char close = c == '[' ? ']' : '}';
                pos++;
                if (peek() != close)
                {
                    do
                    {
                        if (c == '{')
                        {
                            string();
                            expect(':');
                        }
                        skip();
                    }
                    while (consume(','));
                }
                expect(close);
            }
            else
            {
                literal();
            }
        }

        private String literal()
        {
            whitespace();
            final int start = pos;
            while (pos < s.length() && "-+.eE0123456789truefalsn".indexOf(s.charAt(pos)) >= 0)
            {
                pos++;
            }
            if (pos == start)
            {
                throw new IllegalStateException("value expected at " + pos);
            }
            return s.substring(start, pos);
        }

        private String string()
        {
            expect('"');
            final StringBuilder sb = new StringBuilder();
            while (true)
            {
                final char c = s.charAt(pos++);
                if (c == '"')
                {
                    return sb.toString();
                }
                if (c == '\\')
                {
                    final char e = s.charAt(pos++);
                    switch (e)
                    {
                        case 'n' -> sb.append('\n');
                        case 't' -> sb.append('\t');
                        case 'r' -> sb.append('\r');
                        case 'b' -> sb.append('\b');
                        case 'f' -> sb.append('\f');
                        case 'u' ->
                        {
                            sb.append((char)Integer.parseInt(s.substring(pos, pos + 4), 16));
                            pos += 4;
                        }
                        default -> sb.append(e);
                    }
                }
                else
                {
                    sb.append(c);
                }
            }
        }

        private boolean consume(final char c)
        {
            if (peek() == c)
            {
                pos++;
                return true;
            }
            return false;
        }

        private void expect(final char c)
        {
            if (peek() != c)
            {
                throw new IllegalStateException("'" + c + "' expected at " + pos);
            }
            pos++;
        }

        private char peek()
        {
            whitespace();
            return s.charAt(pos);
        }

        private void whitespace()
        {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos)))
            {
                pos++;
            }
        }
    }
}
