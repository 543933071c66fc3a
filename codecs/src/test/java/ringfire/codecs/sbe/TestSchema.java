package ringfire.codecs.sbe;

import java.io.InputStream;
import uk.co.real_logic.sbe.xml.MessageSchema;
import uk.co.real_logic.sbe.xml.ParserOptions;
import uk.co.real_logic.sbe.xml.XmlSchemaParser;

/** The event schema as sbe-tool parses it from the classpath, i.e. the same file the codecs are generated from. */
public final class TestSchema
{
    public static final String RESOURCE = "/sbe/ringfire-schema.xml";

    private static MessageSchema schema;

    private TestSchema()
    {
    }

    public static synchronized MessageSchema get()
    {
        if (schema == null)
        {
            final ParserOptions options = ParserOptions.builder().stopOnError(true).suppressOutput(true).build();
            try (InputStream in = TestSchema.class.getResourceAsStream(RESOURCE))
            {
                if (in == null)
                {
                    throw new IllegalStateException("schema not on the classpath: " + RESOURCE);
                }
                schema = XmlSchemaParser.parse(in, options);
            }
            catch (final RuntimeException ex)
            {
                throw ex;
            }
            catch (final Exception ex)
            {
                throw new IllegalStateException("cannot parse " + RESOURCE, ex);
            }
        }
        return schema;
    }
}
