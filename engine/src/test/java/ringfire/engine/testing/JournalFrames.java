package ringfire.engine.testing;

import org.agrona.concurrent.UnsafeBuffer;
import ringfire.codecs.EventView;
import ringfire.journal.Journal;
import ringfire.journal.JournalReader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a journal's records into memory for assertions. */
public final class JournalFrames
{
    private JournalFrames()
    {
    }

    public static List<UnsafeBuffer> all(final Path dir)
    {
        final List<UnsafeBuffer> frames = new ArrayList<>();
        try (Journal journal = Journal.openForReading(dir); JournalReader reader = journal.reader())
        {
            reader.forEach((buffer, offset, length, index) ->
            {
                final byte[] bytes = new byte[length];
                buffer.getBytes(offset, bytes);
                frames.add(new UnsafeBuffer(bytes));
            });
        }
        return frames;
    }

    public static List<UnsafeBuffer> decisions(final Path dir)
    {
        return all(dir).stream().filter(f -> EventView.isDecision(f, 0)).toList();
    }

    public static List<UnsafeBuffer> inputs(final Path dir)
    {
        return all(dir).stream().filter(f -> !EventView.isDecision(f, 0) && !EventView.isMetadata(f, 0)).toList();
    }
}
