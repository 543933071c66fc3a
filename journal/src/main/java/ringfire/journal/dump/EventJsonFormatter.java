package ringfire.journal.dump;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import ringfire.codecs.Decimals;
import ringfire.codecs.EventView;
import ringfire.codecs.Scales;
import ringfire.journal.JournalException;
import uk.co.real_logic.sbe.PrimitiveType;
import uk.co.real_logic.sbe.PrimitiveValue;
import uk.co.real_logic.sbe.ir.Encoding;
import uk.co.real_logic.sbe.ir.Signal;
import uk.co.real_logic.sbe.ir.Token;
import uk.co.real_logic.sbe.otf.OtfHeaderDecoder;
import uk.co.real_logic.sbe.otf.OtfMessageDecoder;
import uk.co.real_logic.sbe.otf.TokenListener;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Turns one encoded event into one line of JSON with every field decoded, driven by the schema's IR (SBE on-the-fly
 * decoding), so new messages and fields need no code here.
 *
 * <p>Keys, in order: {@code index} (Chronicle index, hex), {@code type} (message name), {@code seq},
 * {@code eventTime} (ISO-8601 UTC with nanoseconds), {@code eventTimeNs}, {@code source}, {@code kind} (input,
 * decision or metadata), then the body fields by name. Enums are written as their names, BooleanType as
 * true/false, char arrays as strings without trailing NULs, var data as strings. Fields whose semantic type is TimeNs
 * become an ISO string under the name without its {@code Ns} suffix plus the number under {@code <name>Ns}. Price and
 * Qty fields are decimal strings at the scales of the event's symbol, from SymbolDefinition records seen earlier
 * through this formatter ({@code "symbol"} follows {@code symbolId} when the symbol is known); for an unknown symbol
 * they are the raw integers as strings and the line carries {@code "unscaled": true}. Money and Ratio fields are
 * decimal strings at scale 8. A body field named like one of those keys is prefixed with the message name, so
 * TimerTick's {@code kind} is written as {@code timerTickKind}: no line has a key twice.
 *
 * <p>Output depends only on the bytes and the symbol definitions seen, never on the host. Not thread-safe; reuse one
 * instance per journal, in journal order.
 */
public final class EventJsonFormatter
{
    /** Pass as the index of an event that does not come from a journal: the line then has no {@code index}. */
    public static final long NO_INDEX = -1;

    private static final String BOOLEAN_TYPE = "BooleanType";
    private static final String TRUE = "TRUE";
    private static final String FALSE = "FALSE";
    private static final String TIME_SUFFIX = "Ns";
    private static final int FRAME_HEADER_LENGTH = EventView.EVENT_HEADER_OFFSET;
    /** Keys the formatter writes itself; a body field of the same name is renamed (see {@code key}). */
    private static final Set<String> ENVELOPE_KEYS =
        Set.of("index", "type", "seq", "eventTime", "eventTimeNs", "source", "kind", "symbol", "unscaled");

    private final EventSchema schema;
    private final SymbolTable symbols;
    private final OtfHeaderDecoder headerDecoder;
    private final JsonFactory factory = new JsonFactoryBuilder()
        .rootValueSeparator((String)null)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .build();
    private final StringWriter writer = new StringWriter(512);
    private final UnsafeBuffer view = new UnsafeBuffer(0, 0);
    private final Listener listener = new Listener();
    private JsonGenerator json;

    public EventJsonFormatter()
    {
        this(new SymbolTable());
    }

    /** A formatter that reads scales from, and adds the definitions it formats to, {@code symbols}. */
    public EventJsonFormatter(final SymbolTable symbols)
    {
        this.schema = EventSchema.instance();
        this.symbols = symbols;
        this.headerDecoder = schema.headerDecoder();
        this.json = newGenerator();
    }

    public SymbolTable symbols()
    {
        return symbols;
    }

    /**
     * Takes note of an event without formatting it (one a filter skips), so that symbol definitions still reach the
     * symbol table.
     *
     * @throws IllegalArgumentException when a SymbolDefinition is truncated
     */
    public void observe(final DirectBuffer buffer, final int offset, final int length)
    {
        symbols.onEvent(buffer, offset, length);
    }

    /**
     * Formats one event as a JSON object on one line, without a line break.
     *
     * @param index Chronicle index of the record, or {@link #NO_INDEX}
     * @throws IllegalArgumentException when the bytes are not a whole, well-formed Ringfire event
     */
    public String format(final DirectBuffer buffer, final int offset, final int length, final long index)
    {
        if (!EventView.isWellFormed(buffer, offset, length))
        {
            throw new IllegalArgumentException("not a Ringfire event (" + length + " bytes)");
        }
        symbols.onEvent(buffer, offset, length);
        writer.getBuffer().setLength(0);
        view.wrap(buffer, offset, length);
        final int templateId = headerDecoder.getTemplateId(view, 0);
        final EventSchema.Message message = schema.message(templateId);
        try
        {
            json.writeStartObject();
            if (index != NO_INDEX)
            {
                json.writeStringField("index", Long.toHexString(index));
            }
            if (message == null)
            {
                writeUnknown(templateId, length);
            }
            else
            {
                writeMessage(message);
            }
            json.writeEndObject();
            json.flush();
            return writer.toString();
        }
        catch (final IOException e)
        {
            json = newGenerator();
            throw new UncheckedIOException(e);
        }
        catch (final RuntimeException e)
        {
            json = newGenerator();
            final String type = message == null ? "event" : message.name();
            throw new IllegalArgumentException(
                "malformed " + type + " (" + length + " bytes): " + JournalException.firstLine(e), e);
        }
    }

    private void writeMessage(final EventSchema.Message message) throws IOException
    {
        final int blockLength = headerDecoder.getBlockLength(view, 0);
        final int actingVersion = headerDecoder.getSchemaVersion(view, 0);
        if (actingVersion >= schema.ir().version() && blockLength < message.blockLength())
        {
            throw new IllegalArgumentException("block of " + blockLength + " bytes, the schema's is "
                + message.blockLength());
        }
        json.writeStringField("type", message.name());
        int symbolId = -1;
        final Token symbolIdToken = message.symbolIdToken();
        if (symbolIdToken != null)
        {
            symbolId = (int)readLong(view, FRAME_HEADER_LENGTH + symbolIdToken.offset(), symbolIdToken.encoding());
        }
        listener.reset(message, symbolId, EventKind.of(view, 0));
        OtfMessageDecoder.decode(view, headerDecoder.encodedLength(), actingVersion, blockLength,
            message.tokens(), listener);
    }

    private void writeUnknown(final int templateId, final int length) throws IOException
    {
        json.writeStringField("type", "unknown");
        json.writeNumberField("seq", EventView.sequence(view, 0));
        final long timeNs = EventView.eventTimeNs(view, 0);
        json.writeStringField("eventTime", IsoTime.format(timeNs));
        json.writeNumberField("eventTimeNs", timeNs);
        final List<Token> source = schema.ir().getType("Source");
        final short code = EventView.sourceCode(view, 0);
        final String name = source == null ? null : enumName(source, 0, source.size() - 1, code);
        if (name != null)
        {
            json.writeStringField("source", name);
        }
        else
        {
            json.writeNumberField("source", code);
        }
        json.writeStringField("kind", EventKind.of(view, 0).label());
        json.writeNumberField("templateId", templateId);
        json.writeNumberField("length", length);
    }

    private JsonGenerator newGenerator()
    {
        try
        {
            return factory.createGenerator(writer);
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException(e);
        }
    }

    private static String enumName(final List<Token> tokens, final int fromIndex, final int toIndex, final long value)
    {
        for (int i = fromIndex + 1; i < toIndex; i++)
        {
            final Token token = tokens.get(i);
            if (token.signal() == Signal.VALID_VALUE && token.encoding().constValue().longValue() == value)
            {
                return token.name();
            }
        }
        return null;
    }

    static long readLong(final DirectBuffer buffer, final int index, final Encoding encoding)
    {
        final ByteOrder order = encoding.byteOrder();
        return switch (encoding.primitiveType())
        {
            case CHAR, INT8 -> buffer.getByte(index);
            case UINT8 -> buffer.getByte(index) & 0xFFL;
            case INT16 -> buffer.getShort(index, order);
            case UINT16 -> buffer.getShort(index, order) & 0xFFFFL;
            case INT32 -> buffer.getInt(index, order);
            case UINT32 -> buffer.getInt(index, order) & 0xFFFF_FFFFL;
            case INT64, UINT64 -> buffer.getLong(index, order);
            case FLOAT, DOUBLE -> throw new IllegalStateException("not an integer: " + encoding.primitiveType());
        };
    }

    /** Receives the decoded structure of one message and writes it to {@link #json}. */
    private final class Listener implements TokenListener
    {
        private final ArrayDeque<String> composites = new ArrayDeque<>();
        private EventSchema.Message message;
        private SymbolTable.Symbol symbol;
        private EventKind kind;
        private int depth;
        private int groupDepth;
        private int headerDepth;
        private long headerSequence;
        private long headerTimeNs;
        private String headerSource;
        private long headerSourceCode;

        void reset(final EventSchema.Message message, final int symbolId, final EventKind kind)
        {
            this.message = message;
            this.symbol = symbolId < 0 ? null : symbols.symbol(symbolId);
            this.kind = kind;
            composites.clear();
            depth = 0;
            groupDepth = 0;
            headerDepth = -1;
            headerSequence = 0;
            headerTimeNs = 0;
            headerSource = null;
            headerSourceCode = 0;
        }

        @Override
        public void onBeginMessage(final Token token)
        {
        }

        @Override
        public void onEndMessage(final Token token)
        {
        }

        @Override
        public void onEncoding(
            final Token fieldToken,
            final DirectBuffer buffer,
            final int index,
            final Token typeToken,
            final int actingVersion)
        {
            if (fieldToken.version() > actingVersion)
            {
                return;
            }
            try
            {
                if (headerDepth >= 0)
                {
                    captureHeader(typeToken.name(), buffer, index, typeToken);
                    return;
                }
                writeEncoding(key(fieldToken.name()), buffer, index, typeToken, semanticType(fieldToken, typeToken));
                if (typeToken == message.symbolIdToken())
                {
                    writeSymbol();
                }
            }
            catch (final IOException e)
            {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void onEnum(
            final Token fieldToken,
            final DirectBuffer buffer,
            final int bufferIndex,
            final List<Token> tokens,
            final int fromIndex,
            final int toIndex,
            final int actingVersion)
        {
            if (fieldToken.version() > actingVersion)
            {
                return;
            }
            final Token typeToken = tokens.get(fromIndex);
            final long value = readLong(buffer, bufferIndex, typeToken.encoding());
            final String valueName = enumName(tokens, fromIndex, toIndex, value);
            try
            {
                if (headerDepth >= 0)
                {
                    headerSource = valueName;
                    headerSourceCode = value;
                    return;
                }
                final String name = key(fieldToken.name());
                final boolean isBoolean =
                    BOOLEAN_TYPE.equals(typeToken.name()) || BOOLEAN_TYPE.equals(typeToken.referencedName());
                if (isBoolean && (TRUE.equals(valueName) || FALSE.equals(valueName)))
                {
                    json.writeBooleanField(name, TRUE.equals(valueName));
                }
                else if (valueName != null)
                {
                    json.writeStringField(name, valueName);
                }
                else if (isNull(typeToken.encoding(), value))
                {
                    json.writeNullField(name);
                }
                else
                {
                    json.writeNumberField(name, value);
                }
            }
            catch (final IOException e)
            {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void onBitSet(
            final Token fieldToken,
            final DirectBuffer buffer,
            final int bufferIndex,
            final List<Token> tokens,
            final int fromIndex,
            final int toIndex,
            final int actingVersion)
        {
            if (fieldToken.version() > actingVersion || headerDepth >= 0)
            {
                return;
            }
            final long bits = readLong(buffer, bufferIndex, tokens.get(fromIndex).encoding());
            try
            {
                json.writeArrayFieldStart(key(fieldToken.name()));
                for (int i = fromIndex + 1; i < toIndex; i++)
                {
                    final Token choice = tokens.get(i);
                    if (choice.signal() == Signal.CHOICE && ((bits >>> choice.encoding().constValue().longValue()) & 1) != 0)
                    {
                        json.writeString(choice.name());
                    }
                }
                json.writeEndArray();
            }
            catch (final IOException e)
            {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void onBeginComposite(
            final Token fieldToken, final List<Token> tokens, final int fromIndex, final int toIndex)
        {
            final Token composite = tokens.get(fromIndex);
            composites.push(composite.name());
            if (depth == 0 && EventSchema.EVENT_HEADER.equals(composite.name()))
            {
                headerDepth = depth;
            }
            else if (headerDepth < 0)
            {
                try
                {
                    json.writeObjectFieldStart(key(fieldToken.name()));
                }
                catch (final IOException e)
                {
                    throw new UncheckedIOException(e);
                }
            }
            depth++;
        }

        @Override
        public void onEndComposite(
            final Token fieldToken, final List<Token> tokens, final int fromIndex, final int toIndex)
        {
            depth--;
            composites.pop();
            try
            {
                if (depth == headerDepth)
                {
                    headerDepth = -1;
                    writeHeader();
                }
                else if (headerDepth < 0)
                {
                    json.writeEndObject();
                }
            }
            catch (final IOException e)
            {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void onGroupHeader(final Token token, final int numInGroup)
        {
            try
            {
                json.writeArrayFieldStart(key(token.name()));
                if (numInGroup == 0)
                {
                    json.writeEndArray();
                }
            }
            catch (final IOException e)
            {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void onBeginGroup(final Token token, final int groupIndex, final int numInGroup)
        {
            groupDepth++;
            try
            {
                json.writeStartObject();
            }
            catch (final IOException e)
            {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void onEndGroup(final Token token, final int groupIndex, final int numInGroup)
        {
            groupDepth--;
            try
            {
                json.writeEndObject();
                if (groupIndex == numInGroup - 1)
                {
                    json.writeEndArray();
                }
            }
            catch (final IOException e)
            {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void onVarData(
            final Token fieldToken,
            final DirectBuffer buffer,
            final int bufferIndex,
            final int length,
            final Token typeToken)
        {
            if (length < 0 || bufferIndex < 0 || (long)bufferIndex + length > buffer.capacity())
            {
                throw new IllegalArgumentException("var data '" + fieldToken.name() + "' of "
                    + Integer.toUnsignedString(length) + " bytes overruns the record");
            }
            final byte[] bytes = new byte[length];
            buffer.getBytes(bufferIndex, bytes);
            final String characterEncoding = typeToken.encoding().characterEncoding();
            try
            {
                json.writeStringField(key(fieldToken.name()), characterEncoding == null
                    ? HexFormat.of().formatHex(bytes)
                    : new String(bytes, Charset.forName(characterEncoding)));
            }
            catch (final IOException e)
            {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * The JSON key of a field: its name, except that a top-level field named like one of the envelope keys is
         * prefixed with the message name (TimerTick's {@code kind} becomes {@code timerTickKind}).
         */
        private String key(final String name)
        {
            if (depth == 0 && groupDepth == 0 && ENVELOPE_KEYS.contains(name))
            {
                return message.keyPrefix() + Character.toUpperCase(name.charAt(0)) + name.substring(1);
            }
            return name;
        }

        private void captureHeader(final String member, final DirectBuffer buffer, final int index, final Token token)
        {
            if ("sequence".equals(member))
            {
                headerSequence = readLong(buffer, index, token.encoding());
            }
            else if ("eventTimeNs".equals(member))
            {
                headerTimeNs = readLong(buffer, index, token.encoding());
            }
        }

        private void writeHeader() throws IOException
        {
            json.writeNumberField("seq", headerSequence);
            json.writeStringField("eventTime", IsoTime.format(headerTimeNs));
            json.writeNumberField("eventTimeNs", headerTimeNs);
            if (headerSource != null)
            {
                json.writeStringField("source", headerSource);
            }
            else
            {
                json.writeNumberField("source", headerSourceCode);
            }
            json.writeStringField("kind", kind.label());
            if (message.symbolIdToken() == null && message.hasPriceOrQty())
            {
                json.writeBooleanField("unscaled", true);
            }
        }

        private void writeSymbol() throws IOException
        {
            if (symbol != null)
            {
                json.writeStringField("symbol", symbol.name());
            }
            if (message.hasPriceOrQty()
                && (symbol == null || symbol.priceScale() == SymbolTable.UNKNOWN_SCALE
                || symbol.qtyScale() == SymbolTable.UNKNOWN_SCALE))
            {
                json.writeBooleanField("unscaled", true);
            }
        }

        private String semanticType(final Token fieldToken, final Token typeToken)
        {
            String semanticType = typeToken.encoding().semanticType();
            if (semanticType == null)
            {
                semanticType = fieldToken.encoding().semanticType();
            }
            if (semanticType == null && !composites.isEmpty())
            {
                semanticType = schema.memberSemanticType(composites.peek(), typeToken.name());
            }
            return semanticType;
        }

        private void writeEncoding(
            final String name,
            final DirectBuffer buffer,
            final int index,
            final Token typeToken,
            final String semanticType) throws IOException
        {
            final Encoding encoding = typeToken.encoding();
            final PrimitiveType type = encoding.primitiveType();
            if (typeToken.isConstantEncoding())
            {
                writeConstant(name, encoding);
                return;
            }
            final int arrayLength = typeToken.arrayLength();
            if (type == PrimitiveType.CHAR)
            {
                json.writeStringField(name, chars(buffer, index, arrayLength, encoding));
                return;
            }
            if (arrayLength > 1)
            {
                json.writeArrayFieldStart(name);
                final int size = type.size();
                for (int i = 0; i < arrayLength; i++)
                {
                    writeNumber(buffer, index + i * size, encoding);
                }
                json.writeEndArray();
                return;
            }
            if (type == PrimitiveType.FLOAT || type == PrimitiveType.DOUBLE)
            {
                json.writeFieldName(name);
                writeNumber(buffer, index, encoding);
                return;
            }
            final long value = readLong(buffer, index, encoding);
            if (typeToken.isOptionalEncoding() && isNull(encoding, value))
            {
                json.writeNullField(name);
                return;
            }
            if (semanticType == null)
            {
                json.writeFieldName(name);
                writeNumber(buffer, index, encoding);
                return;
            }
            switch (semanticType)
            {
                case EventSchema.PRICE -> writeScaled(name, value, symbol == null ? -1 : symbol.priceScale());
                case EventSchema.QTY -> writeScaled(name, value, symbol == null ? -1 : symbol.qtyScale());
                case EventSchema.MONEY -> json.writeStringField(name, Decimals.format(value, Scales.MONEY));
                case EventSchema.RATIO -> json.writeStringField(name, Decimals.format(value, Scales.RATIO));
                case EventSchema.TIME_NS ->
                {
                    final String base = name.endsWith(TIME_SUFFIX) && name.length() > TIME_SUFFIX.length()
                        ? name.substring(0, name.length() - TIME_SUFFIX.length())
                        : name;
                    json.writeStringField(base, IsoTime.format(value));
                    json.writeNumberField(base + TIME_SUFFIX, value);
                }
                default ->
                {
                    json.writeFieldName(name);
                    writeNumber(buffer, index, encoding);
                }
            }
        }

        private void writeScaled(final String name, final long value, final int scale) throws IOException
        {
            json.writeStringField(name, scale < 0 ? Long.toString(value) : Decimals.format(value, scale));
        }

        private void writeNumber(final DirectBuffer buffer, final int index, final Encoding encoding)
            throws IOException
        {
            switch (encoding.primitiveType())
            {
                case FLOAT -> json.writeNumber(buffer.getFloat(index, encoding.byteOrder()));
                case DOUBLE -> json.writeNumber(buffer.getDouble(index, encoding.byteOrder()));
                case UINT64 -> json.writeNumber(Long.toUnsignedString(buffer.getLong(index, encoding.byteOrder())));
                default -> json.writeNumber(readLong(buffer, index, encoding));
            }
        }

        private void writeConstant(final String name, final Encoding encoding) throws IOException
        {
            final PrimitiveValue value = encoding.constValue();
            switch (value.representation())
            {
                case LONG ->
                {
                    if (encoding.primitiveType() == PrimitiveType.CHAR)
                    {
                        json.writeStringField(name, String.valueOf((char)value.longValue()));
                    }
                    else
                    {
                        json.writeNumberField(name, value.longValue());
                    }
                }
                case DOUBLE -> json.writeNumberField(name, value.doubleValue());
                default -> json.writeStringField(name, value.toString());
            }
        }
    }

    private static String chars(final DirectBuffer buffer, final int index, final int arrayLength, final Encoding encoding)
    {
        int end = arrayLength;
        while (end > 0 && buffer.getByte(index + end - 1) == 0)
        {
            end--;
        }
        final byte[] bytes = new byte[end];
        buffer.getBytes(index, bytes);
        final String characterEncoding = encoding.characterEncoding();
        return new String(bytes, characterEncoding == null ? StandardCharsets.US_ASCII : Charset.forName(characterEncoding));
    }

    private static boolean isNull(final Encoding encoding, final long value)
    {
        final PrimitiveValue nullValue = encoding.applicableNullValue();
        return nullValue != null && nullValue.representation() == PrimitiveValue.Representation.LONG
            && nullValue.longValue() == value;
    }
}
