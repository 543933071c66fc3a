package ringfire.journal.dump;

import org.agrona.DirectBuffer;
import ringfire.codecs.EventView;

import java.util.Locale;

/** What a journaled event is to the engine: an input it consumed, a decision it made, or session metadata. */
public enum EventKind
{
    INPUT,
    DECISION,
    METADATA;

    private final String label = name().toLowerCase(Locale.ROOT);

    /** The kind of the event at {@code offset}, as {@link EventView} classifies it. */
    public static EventKind of(final DirectBuffer buffer, final int offset)
    {
        if (EventView.isMetadata(buffer, offset))
        {
            return METADATA;
        }
        return EventView.isDecision(buffer, offset) ? DECISION : INPUT;
    }

    /** Lower-case name used in JSON and reports: input, decision, metadata. */
    public String label()
    {
        return label;
    }

    /** Parses a label or name, case-insensitively. */
    public static EventKind parse(final String text)
    {
        final String name = text.trim().toUpperCase(Locale.ROOT);
        for (final EventKind kind : values())
        {
            if (kind.name().equals(name) || (kind.name() + "S").equals(name))
            {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown event kind '" + text + "' (expected input, decision or metadata)");
    }
}
