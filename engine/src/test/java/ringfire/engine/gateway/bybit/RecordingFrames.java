package ringfire.engine.gateway.bybit;

import org.agrona.DirectBuffer;
import ringfire.engine.gateway.FrameHandler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A test {@link FrameHandler}: counts frames per topic, keeps the first frames as text, and notices what a decoder
 * would: malformed frames (not a complete object), immediate duplicates, orderbook update-id gaps and snapshots.
 */
public final class RecordingFrames implements FrameHandler
{
    private static final Pattern TOPIC = Pattern.compile("\"topic\":\"([^\"]+)\"");
    private static final Pattern U = Pattern.compile("\"u\":(\\d+)");

    private final int keep;
    private final List<String> kept = new ArrayList<>();
    private final Map<String, Integer> perTopic = new LinkedHashMap<>();
    private final Map<String, Long> lastU = new HashMap<>();
    private final Map<String, Integer> snapshots = new HashMap<>();
    private long frames;
    private long dataFrames;
    private long malformed;
    private long duplicates;
    private long gaps;
    private String previous = "";
    private boolean throwOnMalformed;

    public RecordingFrames(final int keep)
    {
        this.keep = keep;
    }

    /** Behave like a naive decoder: throw on a malformed frame. */
    public synchronized RecordingFrames throwOnMalformed()
    {
        throwOnMalformed = true;
        return this;
    }

    @Override
    public synchronized void onFrame(final DirectBuffer buffer, final int offset, final int length, final long receivedNanos)
    {
        final String text = buffer.getStringWithoutLengthUtf8(offset, length);
        frames++;
        if (kept.size() < keep)
        {
            kept.add(text);
        }
        if (text.equals(previous))
        {
            duplicates++;
        }
        previous = text;
        if (!wellFormed(text))
        {
            malformed++;
            if (throwOnMalformed)
            {
                throw new IllegalArgumentException("malformed frame");
            }
            return;
        }
        final Matcher topic = TOPIC.matcher(text);
        if (!topic.find())
        {
            return;
        }
        dataFrames++;
        final String t = topic.group(1);
        perTopic.merge(t, 1, Integer::sum);
        if (t.startsWith("orderbook."))
        {
            final Matcher u = U.matcher(text);
            u.find();
            final long id = Long.parseLong(u.group(1));
            if (text.contains("\"type\":\"snapshot\""))
            {
                snapshots.merge(t, 1, Integer::sum);
            }
            else if (lastU.containsKey(t) && id != lastU.get(t) + 1 && id != lastU.get(t))
            {
                gaps++;
            }
            lastU.put(t, id);
        }
    }

    /** Good enough for Bybit frames: a complete object with balanced brackets (no brackets inside strings). */
    private static boolean wellFormed(final String text)
    {
        int braces = 0;
        int brackets = 0;
        for (int i = 0; i < text.length(); i++)
        {
            switch (text.charAt(i))
            {
                case '{' -> braces++;
                case '}' -> braces--;
                case '[' -> brackets++;
                case ']' -> brackets--;
                default -> { }
            }
        }
        return text.startsWith("{") && text.endsWith("}") && braces == 0 && brackets == 0;
    }

    public synchronized long frames()
    {
        return frames;
    }

    public synchronized long dataFrames()
    {
        return dataFrames;
    }

    public synchronized Map<String, Integer> perTopic()
    {
        return Map.copyOf(perTopic);
    }

    public synchronized int count(final String topic)
    {
        return perTopic.getOrDefault(topic, 0);
    }

    public synchronized int snapshots(final String topic)
    {
        return snapshots.getOrDefault(topic, 0);
    }

    public synchronized List<String> kept()
    {
        return List.copyOf(kept);
    }

    public synchronized long malformed()
    {
        return malformed;
    }

    public synchronized long duplicates()
    {
        return duplicates;
    }

    public synchronized long gaps()
    {
        return gaps;
    }

    @Override
    public synchronized String toString()
    {
        return frames + " frames, per topic " + perTopic + ", malformed " + malformed + ", duplicates " + duplicates
            + ", gaps " + gaps;
    }
}
