package ringfire.ops.cli;

import org.agrona.DirectBuffer;
import ringfire.engine.replay.FrameRenderer;
import ringfire.journal.Journal;
import ringfire.journal.JournalReader;
import ringfire.journal.dump.EventJsonFormatter;

import java.nio.file.Path;

/**
 * Renders divergent decisions as the dump's JSON. The symbol table (for decimal prices) is read from the
 * journal the first time a frame is rendered, which only happens when a replay diverges.
 */
final class JsonRenderer implements FrameRenderer
{
    private final Path dir;
    private EventJsonFormatter formatter;

    JsonRenderer(final Path dir)
    {
        this.dir = dir;
    }

    @Override
    public String render(final DirectBuffer buffer, final int offset, final int length)
    {
        if (formatter == null)
        {
            formatter = new EventJsonFormatter();
            try (Journal journal = Journal.openForReading(dir); JournalReader reader = journal.reader())
            {
                reader.forEach((b, o, l, i) -> formatter.observe(b, o, l));
            }
        }
        return formatter.format(buffer, offset, length, EventJsonFormatter.NO_INDEX);
    }
}
