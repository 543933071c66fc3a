package ringfire.engine.sim;

import ringfire.codecs.Decimals;

/** Small helpers writing Bybit-shaped JSON. */
final class SimJson
{
    private SimJson()
    {
    }

    /** A decimal as a JSON string at its scale, e.g. {@code "104566.10"}, as Bybit sends prices and sizes. */
    static StringBuilder decimal(final StringBuilder sb, final long value, final int scale)
    {
        sb.append('"');
        Decimals.appendTo(sb, value, scale);
        return sb.append('"');
    }

    /** {@code ,"name":"value"} with a decimal value. */
    static StringBuilder field(final StringBuilder sb, final String name, final long value, final int scale)
    {
        sb.append(",\"").append(name).append("\":");
        return decimal(sb, value, scale);
    }

    /** {@code ,"name":"text"}; the text must not need escaping. */
    static StringBuilder field(final StringBuilder sb, final String name, final String text)
    {
        return sb.append(",\"").append(name).append("\":\"").append(text).append('"');
    }

    /** A string literal, escaping quotes, backslashes and control characters. */
    static StringBuilder string(final StringBuilder sb, final String text)
    {
        sb.append('"');
        for (int i = 0; i < text.length(); i++)
        {
            final char c = text.charAt(i);
            if (c == '"' || c == '\\')
            {
                sb.append('\\').append(c);
            }
            else if (c < 0x20)
            {
                sb.append(String.format("\\u%04x", (int)c));
            }
            else
            {
                sb.append(c);
            }
        }
        return sb.append('"');
    }

    /** Reply to a subscribe/unsubscribe: {@code {"success":..,"ret_msg":..,"conn_id":..,"req_id":..,"op":..}}. */
    static String ack(final boolean success, final String retMsg, final String connId, final String reqId,
        final String op)
    {
        final StringBuilder sb = new StringBuilder(128).append("{\"success\":").append(success).append(",\"ret_msg\":");
        string(sb, retMsg).append(",\"conn_id\":");
        string(sb, connId).append(",\"req_id\":");
        string(sb, reqId).append(",\"op\":");
        return string(sb, op).append('}').toString();
    }

    /** Reply to a ping on a public linear stream: the op stays "ping", ret_msg is "pong". */
    static String pong(final String connId, final String reqId)
    {
        return ack(true, "pong", connId, reqId, "ping");
    }
}
