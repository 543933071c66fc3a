package ringfire.codecs.bybit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;

import java.io.IOException;

/**
 * Reads one whole message into the envelope and the scratch of its topic, checking it as it goes; the adapter
 * emits events only from a message this accepted. Key order is free: when {@code data} comes before
 * {@code topic} (the scales are unknown until the symbol is), a second pass over the same bytes reads the data.
 */
final class MessageReader
{
    /**
     * Shared and thread-safe. The parser lives as long as the connection, so the per-document limits that count
     * across its life (length, tokens) are unlimited here whatever the process-wide defaults; nesting is capped
     * far above Bybit's four levels.
     */
    private static final JsonFactory FACTORY = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(-1)
            .maxTokenCount(-1)
            .maxNestingDepth(64)
            .build())
        .build();

    final Envelope envelope = new Envelope();
    final TradeBatch trades = new TradeBatch();
    final TickerUpdate ticker = new TickerUpdate();
    final BookUpdate book = new BookUpdate();
    final KlineBatch bars = new KlineBatch();

    private final JsonCursor cursor = new JsonCursor(FACTORY);
    private final SymbolResolver symbols;
    private final DecodeCounters counters;

    MessageReader(final SymbolResolver symbols, final DecodeCounters counters)
    {
        this.symbols = symbols;
        this.counters = counters;
    }

    /** Null when the message was read whole and is fit to emit, else why not. Never throws. */
    DecodeKind read(final byte[] bytes, final int offset, final int length)
    {
        try
        {
            envelope.clear();
            cursor.feed(bytes, offset, length);
            readMessage(false);
            if (envelope.dataDeferred && decodable())
            {
                cursor.feed(bytes, offset, length);
                readMessage(true);
            }
            return check();
        }
        catch (final DecodeFailure failure)
        {
            if (cursor.recover())
            {
                counters.onParserReset();
            }
            return failure.kind();
        }
        catch (final IOException e)
        {
            resetParser();
            return DecodeKind.MALFORMED_JSON;
        }
        catch (final RuntimeException e)
        {
            resetParser();
            return DecodeKind.DECODER_FAULT;
        }
    }

    private void readMessage(final boolean dataOnly) throws IOException
    {
        if (cursor.next() != JsonToken.START_OBJECT)
        {
            throw cursor.fail(DecodeKind.WRONG_TYPE);
        }
        for (String field = cursor.nextField(); field != null; field = cursor.nextField())
        {
            if (dataOnly)
            {
                if ("data".equals(field))
                {
                    readData();
                }
                else
                {
                    cursor.skipValue();
                }
                continue;
            }
            final Envelope e = envelope;
            switch (field)
            {
                case "topic" -> readTopic();
                case "type" -> e.type = Envelope.type(cursor.string());
                case "ts" -> e.ts = cursor.longValue();
                case "cts" -> e.cts = cursor.longValue();
                case "cs" -> e.cs = cursor.longValue();
                case "op" -> e.op = Envelope.op(cursor.string());
                case "success" -> { e.success = cursor.booleanValue(); e.hasSuccess = true; }
                case "ret_msg" -> cursor.copyStringTruncated(e.retMsg);
                case "req_id" -> cursor.copyStringTruncated(e.reqId);
                case "data" -> readDataOnce();
                default -> cursor.skipValue();
            }
        }
        cursor.endMessage();
    }

    private void readTopic() throws IOException
    {
        final Topic topic = envelope.topic;
        if (topic.kind != Topic.NONE)
        {
            throw cursor.fail(DecodeKind.BAD_VALUE);
        }
        cursor.copyString(topic.name);
        topic.parse();
        if (topic.kind != Topic.UNKNOWN)
        {
            envelope.slot = symbols.slotOf(topic.name, topic.symbolStart, topic.symbolLength);
        }
    }

    private void readDataOnce() throws IOException
    {
        if (envelope.hasData)
        {
            throw cursor.fail(DecodeKind.BAD_VALUE);
        }
        envelope.hasData = true;
        if (envelope.topic.kind == Topic.NONE)
        {
            envelope.dataDeferred = true;
            cursor.skipValue();
        }
        else if (decodable())
        {
            readData();
        }
        else
        {
            cursor.skipValue();
        }
    }

    private boolean decodable()
    {
        return envelope.topic.kind > Topic.UNKNOWN && envelope.slot != SymbolResolver.NOT_FOUND;
    }

    private void readData() throws IOException
    {
        final Topic topic = envelope.topic;
        final int priceScale = symbols.priceScale(envelope.slot);
        final int qtyScale = symbols.qtyScale(envelope.slot);
        switch (topic.kind)
        {
            case Topic.TRADE -> trades.decode(cursor, topic, priceScale, qtyScale, true);
            case Topic.LIQUIDATION -> trades.decode(cursor, topic, priceScale, qtyScale, false);
            case Topic.TICKER -> ticker.decode(cursor, topic, priceScale, qtyScale);
            case Topic.BOOK -> book.decode(cursor, topic, priceScale, qtyScale);
            case Topic.KLINE -> bars.decode(cursor, topic, priceScale, qtyScale);
            default -> throw cursor.fail(DecodeKind.DECODER_FAULT);
        }
    }

    /** Checks what needs the whole message: required envelope fields, known topic, symbol and op. */
    private DecodeKind check()
    {
        final Envelope e = envelope;
        final int kind = e.topic.kind;
        if (kind == Topic.NONE)
        {
            if (e.op == Envelope.OP_NONE || e.op == Envelope.OP_OTHER)
            {
                return DecodeKind.UNKNOWN_OP;
            }
            final boolean reply = e.op == Envelope.OP_SUBSCRIBE || e.op == Envelope.OP_UNSUBSCRIBE;
            return reply && !e.hasSuccess ? DecodeKind.MISSING_FIELD : null;
        }
        if (kind == Topic.UNKNOWN)
        {
            return DecodeKind.UNKNOWN_TOPIC;
        }
        if (e.slot == SymbolResolver.NOT_FOUND)
        {
            return DecodeKind.UNKNOWN_SYMBOL;
        }
        if (!e.hasData)
        {
            return DecodeKind.MISSING_FIELD;
        }
        if (kind == Topic.TICKER || kind == Topic.BOOK)
        {
            if (e.type == Envelope.TYPE_NONE)
            {
                return DecodeKind.MISSING_FIELD;
            }
            if (e.type == Envelope.TYPE_OTHER)
            {
                return DecodeKind.BAD_VALUE;
            }
            if (kind == Topic.TICKER && e.type == Envelope.SNAPSHOT && !ticker.has(TickerState.LAST_PRICE))
            {
                return DecodeKind.MISSING_FIELD;
            }
        }
        return null;
    }

    private void resetParser()
    {
        cursor.reset();
        counters.onParserReset();
    }
}
