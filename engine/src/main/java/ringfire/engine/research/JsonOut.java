package ringfire.engine.research;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import ringfire.codecs.Decimals;
import ringfire.codecs.Scales;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * The research files' JSON, written as summary.json is: keys in a fixed order, two-space indent, "\n" line ends;
 * fractions and ratios as numbers HALF_EVEN to 6 decimals ({@link Formats#fraction}); money as numbers with exactly
 * 8 decimals; an undefined value as null. So the same inputs always give the same bytes.
 */
final class JsonOut
{
    private final StringWriter text = new StringWriter(4096);
    private final JsonGenerator json;

    JsonOut()
    {
        final JsonFactory factory = new JsonFactoryBuilder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
        final DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        try
        {
            json = factory.createGenerator(text);
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException(e);
        }
        json.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
    }

    interface Body
    {
        void write(JsonGenerator json) throws IOException;
    }

    JsonOut object(final String key, final Body body)
    {
        return io(j ->
        {
            if (key == null)
            {
                j.writeStartObject();
            }
            else
            {
                j.writeObjectFieldStart(key);
            }
            body.write(j);
            j.writeEndObject();
        });
    }

    JsonOut io(final Body body)
    {
        try
        {
            body.write(json);
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    static void fraction(final JsonGenerator json, final String key, final Double value) throws IOException
    {
        json.writeFieldName(key);
        if (value == null || !Double.isFinite(value))
        {
            json.writeNull();
        }
        else
        {
            json.writeNumber(Formats.fraction(value));
        }
    }

    static void money(final JsonGenerator json, final String key, final Long value) throws IOException
    {
        json.writeFieldName(key);
        if (value == null)
        {
            json.writeNull();
        }
        else
        {
            json.writeNumber(Decimals.format(value, Scales.MONEY));
        }
    }

    /** The document, with a final line end. */
    String text()
    {
        try
        {
            json.close();
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException(e);
        }
        return text.append('\n').toString();
    }
}
