package ringfire.ops.admin;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Renders replies as JSON (HTTP) and as text (telnet) from one JSON tree, so both always carry the same facts.
 * Text: an object becomes aligned {@code key  value} lines, a list of objects a table, an empty list "no ...".
 */
final class AdminRendering
{
    static final ObjectMapper JSON = new ObjectMapper()
        .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .registerModule(new SimpleModule("ringfire-admin").addSerializer(Instant.class, new InstantText()));

    private AdminRendering()
    {
    }

    /** A query's answer: a record, a list (wrapped as {@code {name: [...]}}) or a map. */
    static AdminReply query(final String name, final Object data)
    {
        final JsonNode tree = JSON.valueToTree(data);
        final ObjectNode body;
        if (tree.isArray())
        {
            body = JSON.createObjectNode();
            body.set(name, tree);
        }
        else if (tree.isObject())
        {
            body = (ObjectNode) tree;
        }
        else
        {
            body = JSON.createObjectNode();
            body.set(name, tree);
        }
        return new AdminReply(AdminReply.Outcome.OK, text(name, body), json(body));
    }

    static AdminReply ok(final ObjectNode body, final String text)
    {
        return new AdminReply(AdminReply.Outcome.OK, text, json(body));
    }

    static AdminReply error(final AdminReply.Outcome outcome, final String message)
    {
        final ObjectNode body = JSON.createObjectNode();
        body.put("error", message);
        return new AdminReply(outcome, "error: " + message, json(body));
    }

    static String json(final JsonNode node)
    {
        try
        {
            return JSON.writeValueAsString(node);
        }
        catch (final JsonProcessingException e)
        {
            throw new IllegalStateException("cannot render JSON", e);
        }
    }

    /** A JSON value for setting text: numbers and booleans typed, the rest text. */
    static JsonNode settingValue(final String text)
    {
        if ("true".equals(text) || "false".equals(text))
        {
            return JSON.getNodeFactory().booleanNode(Boolean.parseBoolean(text));
        }
        if (text.matches("-?\\d+(\\.\\d+)?"))
        {
            return JSON.getNodeFactory().numberNode(new BigDecimal(text).stripTrailingZeros()); // 0.15000000 -> 0.15
        }
        return JSON.getNodeFactory().textNode(text);
    }

    static String text(final String name, final ObjectNode body)
    {
        if (body.size() == 1 && body.elements().next().isArray())
        {
            final Map.Entry<String, JsonNode> only = body.properties().iterator().next();
            return table(only.getKey(), (ArrayNode) only.getValue(), "");
        }
        if (body.isEmpty())
        {
            return "no " + name;
        }
        final StringBuilder out = new StringBuilder();
        keyValues(out, body, "");
        return out.toString().stripTrailing();
    }

    private static void keyValues(final StringBuilder out, final ObjectNode node, final String indent)
    {
        int width = 0;
        for (final Iterator<String> names = node.fieldNames(); names.hasNext(); )
        {
            width = Math.max(width, names.next().length());
        }
        for (final Map.Entry<String, JsonNode> e : node.properties())
        {
            final JsonNode v = e.getValue();
            if (v.isObject() && !v.isEmpty())
            {
                out.append(indent).append(e.getKey()).append(":\n");
                keyValues(out, (ObjectNode) v, indent + "  ");
            }
            else if (v.isArray() && !v.isEmpty() && v.get(0).isObject())
            {
                out.append(indent).append(e.getKey()).append(":\n");
                out.append(table(e.getKey(), (ArrayNode) v, indent + "  ")).append('\n');
            }
            else
            {
                out.append(indent).append(pad(e.getKey(), width)).append("  ").append(cell(v)).append('\n');
            }
        }
    }

    private static String table(final String name, final ArrayNode rows, final String indent)
    {
        if (rows.isEmpty())
        {
            return indent + "no " + name;
        }
        final List<String> columns = new ArrayList<>();
        for (final JsonNode row : rows)
        {
            if (!row.isObject())
            {
                final List<String> items = new ArrayList<>();
                rows.forEach(r -> items.add(cell(r)));
                return indent + String.join(", ", items);
            }
            row.fieldNames().forEachRemaining(c -> 
            {
                if (!columns.contains(c))
                {
                    columns.add(c);
                }
            });
        }
        final List<List<String>> cells = new ArrayList<>();
        cells.add(columns);
        for (final JsonNode row : rows)
        {
            final List<String> line = new ArrayList<>();
            for (final String c : columns)
            {
                line.add(cell(row.get(c)));
            }
            cells.add(line);
        }
        final int[] widths = new int[columns.size()];
        for (final List<String> line : cells)
        {
            for (int i = 0; i < line.size(); i++)
            {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        final StringBuilder out = new StringBuilder();
        for (final List<String> line : cells)
        {
            final StringBuilder l = new StringBuilder(indent);
            for (int i = 0; i < line.size(); i++)
            {
                l.append(i == line.size() - 1 ? line.get(i) : pad(line.get(i), widths[i]) + "  ");
            }
            out.append(l.toString().stripTrailing()).append('\n');
        }
        return out.toString().stripTrailing();
    }

    private static String cell(final JsonNode v)
    {
        if (v == null || v.isNull() || v.isMissingNode())
        {
            return "-";
        }
        if (v.isObject())
        {
            final List<String> parts = new ArrayList<>();
            v.properties().forEach(e -> parts.add(e.getKey() + "=" + cell(e.getValue())));
            return parts.isEmpty() ? "-" : String.join(",", parts);
        }
        if (v.isArray())
        {
            final List<String> parts = new ArrayList<>();
            v.forEach(x -> parts.add(cell(x)));
            return parts.isEmpty() ? "-" : String.join(",", parts);
        }
        if (v.isBigDecimal())
        {
            return v.decimalValue().toPlainString();
        }
        return v.asText();
    }

    private static String pad(final String s, final int width)
    {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    private static final class InstantText extends StdSerializer<Instant>
    {
        private static final long serialVersionUID = 1L;

        InstantText()
        {
            super(Instant.class);
        }

        @Override
        public void serialize(final Instant value, final JsonGenerator gen, final SerializerProvider provider)
            throws IOException
        {
            gen.writeString(value.toString());
        }
    }
}
