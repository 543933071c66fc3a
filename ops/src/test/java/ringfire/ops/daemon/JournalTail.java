package ringfire.ops.daemon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ringfire.codecs.EventView;
import ringfire.codecs.sbe.AdminCommandDecoder;
import ringfire.codecs.sbe.ExitTriggeredDecoder;
import ringfire.codecs.sbe.OrderIntentDecoder;
import ringfire.codecs.sbe.OrderStatusDecoder;
import ringfire.codecs.sbe.PositionUpdateDecoder;
import ringfire.codecs.sbe.RiskRejectDecoder;
import ringfire.codecs.sbe.SessionStartDecoder;
import ringfire.codecs.sbe.TradingStateChangeDecoder;
import ringfire.journal.Journal;
import ringfire.journal.JournalReader;
import ringfire.journal.dump.EventJsonFormatter;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Follows a journal that another process is writing (read-only, as {@code journal dump} does) and keeps the records
 * an admin test reasons about, as the dump's JSON objects, in journal order. One thread only.
 */
final class JournalTail implements AutoCloseable
{
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<Integer> KEPT = Set.of(SessionStartDecoder.TEMPLATE_ID, AdminCommandDecoder.TEMPLATE_ID,
        TradingStateChangeDecoder.TEMPLATE_ID, OrderIntentDecoder.TEMPLATE_ID, RiskRejectDecoder.TEMPLATE_ID,
        ExitTriggeredDecoder.TEMPLATE_ID, PositionUpdateDecoder.TEMPLATE_ID, OrderStatusDecoder.TEMPLATE_ID);

    private final Journal journal;
    private final JournalReader reader;
    private final EventJsonFormatter formatter = new EventJsonFormatter();
    private final List<JsonNode> records = new ArrayList<>();
    private long seen;

    JournalTail(final Path dir)
    {
        journal = Journal.openForReading(dir);
        reader = journal.reader();
    }

    /** Reads what was written since the last call; returns every record kept so far. */
    List<JsonNode> poll()
    {
        reader.forEach((buffer, offset, length, index) ->
        {
            seen++;
            if (!KEPT.contains(EventView.templateId(buffer, offset)))
            {
                formatter.observe(buffer, offset, length);
                return;
            }
            try
            {
                records.add(JSON.readTree(formatter.format(buffer, offset, length, index)));
            }
            catch (final com.fasterxml.jackson.core.JsonProcessingException e)
            {
                throw new UncheckedIOException(e);
            }
        });
        return records;
    }

    /** The records kept so far, without reading on. */
    List<JsonNode> records()
    {
        return records;
    }

    /** Records read so far, of every type. */
    long seen()
    {
        return seen;
    }

    /** Position in {@link #poll()}'s list of the first kept record at or after {@code from} that matches, or -1. */
    int find(final int from, final Predicate<JsonNode> match)
    {
        for (int i = Math.max(0, from); i < records.size(); i++)
        {
            if (match.test(records.get(i)))
            {
                return i;
            }
        }
        return -1;
    }

    /** Whether a kept record matching {@code then} follows the first one matching {@code first}. */
    boolean after(final Predicate<JsonNode> first, final Predicate<JsonNode> then)
    {
        final int at = find(0, first);
        return at >= 0 && find(at + 1, then) >= 0;
    }

    /** The kept records from {@code from} (inclusive) to {@code to} (exclusive; -1: the end) that match. */
    List<JsonNode> between(final int from, final int to, final Predicate<JsonNode> match)
    {
        final List<JsonNode> out = new ArrayList<>();
        for (int i = Math.max(0, from); i < (to < 0 ? records.size() : to); i++)
        {
            if (match.test(records.get(i)))
            {
                out.add(records.get(i));
            }
        }
        return out;
    }

    static Predicate<JsonNode> type(final String type)
    {
        return r -> type.equals(r.path("type").asText());
    }

    static Predicate<JsonNode> admin(final String action)
    {
        return r -> "AdminCommand".equals(r.path("type").asText()) && action.equals(r.path("action").asText());
    }

    static Predicate<JsonNode> entry()
    {
        return r -> "OrderIntent".equals(r.path("type").asText()) && "ENTRY".equals(r.path("purpose").asText());
    }

    static Predicate<JsonNode> reject(final String reason)
    {
        return r -> "RiskReject".equals(r.path("type").asText()) && reason.equals(r.path("reason").asText());
    }

    @Override
    public void close()
    {
        reader.close();
        journal.close();
    }
}
