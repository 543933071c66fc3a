package ringfire.journal.dump;

import org.agrona.DirectBuffer;
import org.agrona.collections.Int2ObjectHashMap;
import ringfire.codecs.sbe.MessageHeaderDecoder;
import uk.co.real_logic.sbe.ir.Ir;
import uk.co.real_logic.sbe.ir.Signal;
import uk.co.real_logic.sbe.ir.Token;
import uk.co.real_logic.sbe.otf.OtfHeaderDecoder;
import uk.co.real_logic.sbe.xml.CompositeType;
import uk.co.real_logic.sbe.xml.IrGenerator;
import uk.co.real_logic.sbe.xml.MessageSchema;
import uk.co.real_logic.sbe.xml.ParserOptions;
import uk.co.real_logic.sbe.xml.Type;
import uk.co.real_logic.sbe.xml.XmlSchemaParser;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Ringfire event schema as SBE intermediate representation, parsed once from the classpath resource
 * {@value #RESOURCE} that the codecs module ships. Immutable and shared.
 */
public final class EventSchema
{
    public static final String RESOURCE = "/sbe/ringfire-schema.xml";

    /** Semantic types of the schema (the {@code semanticType} attribute). */
    public static final String PRICE = "Price";
    public static final String QTY = "Qty";
    public static final String MONEY = "Money";
    public static final String RATIO = "Ratio";
    public static final String TIME_NS = "TimeNs";

    /** The composite every message starts with, and the root field naming the symbol an event is about. */
    static final String EVENT_HEADER = "EventHeader";
    static final String SYMBOL_ID_FIELD = "symbolId";

    private final Ir ir;
    private final OtfHeaderDecoder headerDecoder;
    private final Int2ObjectHashMap<Message> messagesById = new Int2ObjectHashMap<>();
    private final Map<String, Message> messagesByName = new HashMap<>();
    private final List<String> messageNames;
    private final Map<String, String> memberSemanticTypes;

    private EventSchema(final MessageSchema schema, final Ir ir)
    {
        this.ir = ir;
        this.headerDecoder = new OtfHeaderDecoder(ir.headerStructure());
        this.memberSemanticTypes = memberSemanticTypes(schema);
        final List<String> names = new ArrayList<>();
        for (final List<Token> tokens : ir.messages())
        {
            final Message message = new Message(tokens);
            messagesById.put(message.templateId(), message);
            messagesByName.put(message.name(), message);
            names.add(message.name());
        }
        Collections.sort(names);
        this.messageNames = List.copyOf(names);
    }

    /** The schema, parsed on first use. */
    public static EventSchema instance()
    {
        return Holder.INSTANCE;
    }

    public Ir ir()
    {
        return ir;
    }

    OtfHeaderDecoder headerDecoder()
    {
        return headerDecoder;
    }

    /** The message with this template id, or null when the schema has none. */
    public Message message(final int templateId)
    {
        return messagesById.get(templateId);
    }

    /** The message with this name, or null when the schema has none. */
    public Message message(final String name)
    {
        return messagesByName.get(name);
    }

    /** Name of the message with this template id, or {@code unknown(<id>)}. */
    public String messageName(final int templateId)
    {
        final Message message = messagesById.get(templateId);
        return message == null ? "unknown(" + templateId + ")" : message.name();
    }

    /** Every message name, sorted. */
    public List<String> messageNames()
    {
        return messageNames;
    }

    /**
     * The semantic type of a composite member, which the IR does not carry for members declared inline; null when
     * it has none.
     */
    String memberSemanticType(final String compositeName, final String memberName)
    {
        return memberSemanticTypes.get(compositeName + '.' + memberName);
    }

    private static Map<String, String> memberSemanticTypes(final MessageSchema schema)
    {
        final Map<String, String> types = new HashMap<>();
        for (final Type type : schema.types())
        {
            if (type instanceof CompositeType composite)
            {
                for (final Type member : composite.getTypeList())
                {
                    if (member.semanticType() != null)
                    {
                        types.put(composite.name() + '.' + member.name(), member.semanticType());
                    }
                }
            }
        }
        return Map.copyOf(types);
    }

    private static EventSchema load()
    {
        try (InputStream in = EventSchema.class.getResourceAsStream(RESOURCE))
        {
            if (in == null)
            {
                throw new IllegalStateException("event schema " + RESOURCE + " is not on the classpath");
            }
            final ParserOptions options = ParserOptions.builder()
                .stopOnError(true)
                .suppressOutput(true)
                .errorPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                .build();
            final MessageSchema schema = XmlSchemaParser.parse(in, options);
            return new EventSchema(schema, new IrGenerator().generate(schema));
        }
        catch (final IllegalStateException e)
        {
            throw e;
        }
        catch (final Exception e)
        {
            throw new IllegalStateException("cannot parse event schema " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** One message of the schema: its IR tokens and what the formatter needs to know up front. */
    public static final class Message
    {
        private final String name;
        private final String keyPrefix;
        private final int templateId;
        private final List<Token> tokens;
        private final int blockLength;
        private final Token symbolIdToken;
        private final boolean hasPriceOrQty;

        Message(final List<Token> tokens)
        {
            final Token begin = tokens.get(0);
            this.name = begin.name();
            this.keyPrefix = Character.toLowerCase(name.charAt(0)) + name.substring(1);
            this.templateId = begin.id();
            this.tokens = tokens;
            this.blockLength = begin.encodedLength();
            Token symbolId = null;
            boolean scaled = false;
            boolean rootFields = true;
            for (int i = 1; i < tokens.size(); i++)
            {
                final Token token = tokens.get(i);
                final Signal signal = token.signal();
                if (signal == Signal.BEGIN_GROUP || signal == Signal.BEGIN_VAR_DATA)
                {
                    rootFields = false;
                }
                if (rootFields && signal == Signal.BEGIN_FIELD && SYMBOL_ID_FIELD.equals(token.name())
                    && tokens.get(i + 1).signal() == Signal.ENCODING)
                {
                    symbolId = tokens.get(i + 1);
                }
                if (signal == Signal.ENCODING)
                {
                    final String semanticType = token.encoding().semanticType();
                    scaled |= PRICE.equals(semanticType) || QTY.equals(semanticType);
                }
            }
            this.symbolIdToken = symbolId;
            this.hasPriceOrQty = scaled;
        }

        public String name()
        {
            return name;
        }

        public int templateId()
        {
            return templateId;
        }

        /** The name with a lower-case first letter, to prefix body fields that clash with envelope keys. */
        String keyPrefix()
        {
            return keyPrefix;
        }

        public List<Token> tokens()
        {
            return tokens;
        }

        /** Length of the root block this schema version defines. */
        public int blockLength()
        {
            return blockLength;
        }

        /**
         * The symbol id of an event of this message at {@code offset}, or -1 when the message has none or the event
         * is too short to hold it.
         */
        public int symbolId(final DirectBuffer buffer, final int offset, final int length)
        {
            if (symbolIdToken == null
                || MessageHeaderDecoder.ENCODED_LENGTH + symbolIdToken.offset() + symbolIdToken.encodedLength() > length)
            {
                return -1;
            }
            return (int)EventJsonFormatter.readLong(
                buffer, offset + MessageHeaderDecoder.ENCODED_LENGTH + symbolIdToken.offset(), symbolIdToken.encoding());
        }

        /** The encoding token of the root {@code symbolId} field, or null when the message has none. */
        Token symbolIdToken()
        {
            return symbolIdToken;
        }

        /** True when some field is a Price or Qty, which need the symbol's scales. */
        boolean hasPriceOrQty()
        {
            return hasPriceOrQty;
        }
    }

    private static final class Holder
    {
        static final EventSchema INSTANCE = load();
    }
}
