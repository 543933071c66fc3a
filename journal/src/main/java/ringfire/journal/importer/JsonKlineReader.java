package ringfire.journal.importer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a Bybit {@code /v5/market/kline} response with the streaming parser: {@code result.list} holds arrays of seven
 * strings [startTime, open, high, low, close, volume, turnover], newest first. An error response (retCode not 0), a
 * response for another symbol, and a missing or empty list are refused.
 */
final class JsonKlineReader
{
    static final String ELEMENT = "[startTime, open, high, low, close, volume, turnover]";
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final int VALUES = 7;

    private final CharSlice[] values = new CharSlice[VALUES];
    private long index = -1;

    JsonKlineReader()
    {
        for (int i = 0; i < VALUES; i++)
        {
            values[i] = new CharSlice();
        }
    }

    void read(final String file, final InputStream in, final KlineReadSession session)
    {
        index = -1;
        try (JsonParser parser = FACTORY.createParser(in))
        {
            if (parser.nextToken() != JsonToken.START_OBJECT)
            {
                throw new ImportException(file + ": not a Bybit kline response: expected a JSON object");
            }
            long retCode = 0;
            String retMsg = "";
            boolean listSeen = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME)
            {
                final String name = parser.currentName();
                final JsonToken value = parser.nextToken();
                if ("retCode".equals(name) && value == JsonToken.VALUE_NUMBER_INT)
                {
                    retCode = parser.getLongValue();
                }
                else if ("retMsg".equals(name) && value == JsonToken.VALUE_STRING)
                {
                    retMsg = parser.getText();
                }
                else if ("result".equals(name) && value == JsonToken.START_OBJECT)
                {
                    listSeen |= readResult(file, parser, session);
                }
                else
                {
                    parser.skipChildren();
                }
            }
            if (retCode != 0)
            {
                throw new ImportException(file + ": Bybit error response: retCode " + retCode + " "
                    + FieldProblems.quote(retMsg));
            }
            if (!listSeen)
            {
                throw new ImportException(file + ": not a Bybit kline response: no result.list");
            }
        }
        catch (final JsonProcessingException e)
        {
            final JsonLocation at = e.getLocation();
            throw new ImportException(where(file) + ": invalid JSON: " + firstLine(e.getOriginalMessage())
                + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"), e);
        }
        catch (final IOException e)
        {
            throw KlineInput.unreadable(where(file), e);
        }
    }

    private String where(final String file)
    {
        return index < 0 ? file : KlineReadSession.where(file, true, index);
    }

    /** Reads the result object; returns true when it held a list. */
    private boolean readResult(final String file, final JsonParser parser, final KlineReadSession session)
        throws IOException
    {
        boolean listSeen = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME)
        {
            final String name = parser.currentName();
            final JsonToken value = parser.nextToken();
            if ("symbol".equals(name) && value == JsonToken.VALUE_STRING)
            {
                final String symbol = parser.getText();
                if (!symbol.equals(session.target.symbolName()))
                {
                    throw new ImportException(file + ": holds " + FieldProblems.quote(symbol)
                        + " klines (result.symbol), not " + session.target.symbolName());
                }
            }
            else if ("list".equals(name))
            {
                if (value != JsonToken.START_ARRAY)
                {
                    throw new ImportException(file + ": result.list is not an array");
                }
                readList(file, parser, session);
                index = -1;
                listSeen = true;
            }
            else
            {
                parser.skipChildren();
            }
        }
        return listSeen;
    }

    private void readList(final String file, final JsonParser parser, final KlineReadSession session)
        throws IOException
    {
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY)
        {
            index++;
            if (token != JsonToken.START_ARRAY)
            {
                parser.skipChildren();
                session.badRow(file, true, index, "expected an array " + ELEMENT + ", found " + describe(token));
                continue;
            }
            int count = 0;
            String problem = null;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY)
            {
                if (token == JsonToken.VALUE_STRING || token.isNumeric())
                {
                    if (count < VALUES)
                    {
                        values[count].copy(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
                    }
                }
                else if (problem == null)
                {
                    problem = "value " + count + " is " + describe(token) + ", not a string";
                    parser.skipChildren();
                }
                else
                {
                    parser.skipChildren();
                }
                count++;
            }
            if (count != VALUES)
            {
                session.badRow(file, true, index, "expected " + VALUES + " values " + ELEMENT + ", found " + count);
            }
            else if (problem != null)
            {
                session.badRow(file, true, index, problem);
            }
            else
            {
                session.jsonRow(file, index, values[0], values[1], values[2], values[3], values[4], values[5],
                    values[6]);
            }
        }
        if (index < 0)
        {
            throw new ImportException(file + ": result.list is empty");
        }
    }

    private static String describe(final JsonToken token)
    {
        return switch (token)
        {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_NULL -> "null";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_STRING -> "a string";
            default -> token.isNumeric() ? "a number" : String.valueOf(token);
        };
    }

    /** Jackson's message without its second line and without the source description it adds to marker positions. */
    private static String firstLine(final String message)
    {
        if (message == null)
        {
            return "malformed";
        }
        int end = message.indexOf('\n');
        end = end < 0 ? message.length() : end;
        final int marker = message.indexOf(" (start marker at");
        return message.substring(0, marker < 0 ? end : Math.min(marker, end));
    }
}
