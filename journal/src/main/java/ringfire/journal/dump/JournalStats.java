package ringfire.journal.dump;

import org.agrona.DirectBuffer;
import org.agrona.collections.Int2ObjectHashMap;
import ringfire.codecs.EventView;
import ringfire.journal.DecisionHash;
import ringfire.journal.Journal;
import ringfire.journal.JournalException;
import ringfire.journal.JournalReader;
import ringfire.journal.RecordHandler;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Summary of a journal: records per event type and per kind, the sessions started (SessionStart) and those that
 * ended cleanly (SessionEnd, an input: a session without one crashed, was killed or is still running), the event
 * times of the first and last record, and the decision hash: a {@link DecisionHash} fed with the bytes of every decision record in journal order, exactly what
 * the replay tool computes over the decisions it re-produces.
 *
 * @param dir               the journal directory
 * @param records           every record
 * @param inputs            records that are inputs to the engine
 * @param decisions         records that are engine decisions (hashed)
 * @param metadata          session metadata records
 * @param countsByType      records per message name, sorted by name
 * @param firstEventTimeNs  event time of the first record, or {@link #NO_TIME} when there is none
 * @param lastEventTimeNs   event time of the last record, or {@link #NO_TIME} when there is none
 * @param decisionHash      hex SHA-256 over the decision records in order (that of no bytes when there are none)
 */
public record JournalStats(
    Path dir,
    long records,
    long inputs,
    long decisions,
    long metadata,
    SortedMap<String, Long> countsByType,
    long firstEventTimeNs,
    long lastEventTimeNs,
    String decisionHash)
{
    /** First and last event time of a journal without records. */
    public static final long NO_TIME = Long.MIN_VALUE;

    public JournalStats
    {
        countsByType = Collections.unmodifiableSortedMap(new TreeMap<>(countsByType));
    }

    /**
     * Reads the whole journal in {@code dir} read-only.
     *
     * @throws JournalException when the journal cannot be opened or is damaged; the message is one line
     */
    public static JournalStats of(final Path dir)
    {
        final Accumulator accumulator = new Accumulator();
        try (Journal journal = Journal.openForReading(dir); JournalReader reader = journal.reader())
        {
            reader.forEach(accumulator);
        }
        return accumulator.toStats(dir);
    }

    /** Records of one message name; 0 when there are none. */
    public long count(final String type)
    {
        return countsByType.getOrDefault(type, 0L);
    }

    /** Records of one kind. */
    public long count(final EventKind kind)
    {
        return switch (kind)
        {
            case INPUT -> inputs;
            case DECISION -> decisions;
            case METADATA -> metadata;
        };
    }

    public boolean isEmpty()
    {
        return records == 0;
    }

    /** ISO-8601 event time of the first record, or "-" when there is none. */
    public String firstEventTime()
    {
        return firstEventTimeNs == NO_TIME ? "-" : IsoTime.format(firstEventTimeNs);
    }

    /** ISO-8601 event time of the last record, or "-" when there is none. */
    public String lastEventTime()
    {
        return lastEventTimeNs == NO_TIME ? "-" : IsoTime.format(lastEventTimeNs);
    }

    /** A human-readable report, lines ended by '\n'. */
    public String report()
    {
        final StringBuilder sb = new StringBuilder(512);
        line(sb, "journal", dir.toString());
        line(sb, "records", Long.toString(records));
        line(sb, "inputs", Long.toString(inputs));
        line(sb, "decisions", Long.toString(decisions));
        line(sb, "metadata", Long.toString(metadata));
        line(sb, "sessions", count("SessionStart") + " started, " + count("SessionEnd") + " ended with a SessionEnd");
        line(sb, "first event", firstEventTimeNs == NO_TIME ? "-" : firstEventTime() + " (" + firstEventTimeNs + ")");
        line(sb, "last event", lastEventTimeNs == NO_TIME ? "-" : lastEventTime() + " (" + lastEventTimeNs + ")");
        line(sb, "decision hash", decisionHash);
        sb.append("events by type:\n");
        int width = 0;
        for (final String type : countsByType.keySet())
        {
            width = Math.max(width, type.length());
        }
        for (final Map.Entry<String, Long> e : countsByType.entrySet())
        {
            sb.append("  ").append(e.getKey());
            pad(sb, width - e.getKey().length() + 2);
            sb.append(e.getValue()).append('\n');
        }
        return sb.toString();
    }

    public void printTo(final PrintStream out)
    {
        out.print(report());
        out.flush();
    }

    @Override
    public String toString()
    {
        return "JournalStats[" + dir + ", records=" + records + ", decisions=" + decisions + ", decisionHash="
            + decisionHash + "]";
    }

    private static void line(final StringBuilder sb, final String label, final String value)
    {
        sb.append(label).append(':');
        pad(sb, 15 - label.length());
        sb.append(value).append('\n');
    }

    private static void pad(final StringBuilder sb, final int n)
    {
        for (int i = 0; i < n; i++)
        {
            sb.append(' ');
        }
    }

    /** Collects statistics record by record, in journal order; feed it from a {@link JournalReader}. */
    public static final class Accumulator implements RecordHandler
    {
        private final EventSchema schema = EventSchema.instance();
        private final DecisionHash hash = new DecisionHash();
        private final Int2ObjectHashMap<long[]> countsByTemplate = new Int2ObjectHashMap<>();
        private long records;
        private long inputs;
        private long metadata;
        private long firstEventTimeNs = NO_TIME;
        private long lastEventTimeNs = NO_TIME;
        private String decisionHash;

        @Override
        public void onRecord(final DirectBuffer buffer, final int offset, final int length, final long index)
        {
            if (decisionHash != null)
            {
                throw new IllegalStateException("statistics already taken");
            }
            final int templateId = EventView.templateId(buffer, offset);
            long[] count = countsByTemplate.get(templateId);
            if (count == null)
            {
                count = new long[1];
                countsByTemplate.put(templateId, count);
            }
            count[0]++;
            switch (EventKind.of(buffer, offset))
            {
                case DECISION -> hash.update(buffer, offset, length);
                case METADATA -> metadata++;
                case INPUT -> inputs++;
            }
            final long timeNs = EventView.eventTimeNs(buffer, offset);
            if (records == 0)
            {
                firstEventTimeNs = timeNs;
            }
            lastEventTimeNs = timeNs;
            records++;
        }

        /** The statistics so far; the accumulator takes no further records afterwards. */
        public JournalStats toStats(final Path dir)
        {
            if (decisionHash == null)
            {
                decisionHash = hash.hex();
            }
            final TreeMap<String, Long> counts = new TreeMap<>();
            countsByTemplate.forEach((templateId, count) -> counts.merge(schema.messageName(templateId), count[0], Long::sum));
            return new JournalStats(dir, records, inputs, hash.count(), metadata, counts, firstEventTimeNs,
                lastEventTimeNs, decisionHash);
        }
    }
}
