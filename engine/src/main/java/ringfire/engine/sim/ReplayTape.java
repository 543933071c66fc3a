package ringfire.engine.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Recorded raw frames, one per line (blank lines ignored), replayed as they are. A line's {@code "topic"} decides
 * who receives it and its {@code "ts"} (ms) paces it; lines without a topic (control replies) are skipped. Lines are
 * not validated: a recorded malformed frame is replayed as recorded.
 */
public final class ReplayTape
{
    private final List<OutFrame> frames;
    private final Set<String> topics;

    private ReplayTape(final List<OutFrame> frames)
    {
        this.frames = List.copyOf(frames);
        final Set<String> t = new LinkedHashSet<>();
        frames.forEach(f -> t.add(f.topic()));
        this.topics = Set.copyOf(t);
    }

    public static ReplayTape load(final Path file)
    {
        try
        {
            return of(Files.readAllLines(file, StandardCharsets.UTF_8));
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException("cannot read recorded frames " + file, e);
        }
    }

    public static ReplayTape of(final List<String> lines)
    {
        final List<OutFrame> frames = new ArrayList<>(lines.size());
        long lastTs = 0;
        for (final String line : lines)
        {
            final String text = line.strip();
            final String topic = stringValue(text, "\"topic\"");
            if (text.isEmpty() || topic == null)
            {
                continue;
            }
            final long ts = longValue(text, "\"ts\"");
            lastTs = ts < 0 ? lastTs : ts;
            final boolean delta = topic.startsWith("orderbook.") && "delta".equals(stringValue(text, "\"type\""));
            frames.add(new OutFrame(topic, lastTs, text, delta));
        }
        return new ReplayTape(frames);
    }

    public List<OutFrame> frames()
    {
        return frames;
    }

    public Set<String> topics()
    {
        return topics;
    }

    private static String stringValue(final String text, final String key)
    {
        final int at = valueStart(text, key);
        if (at < 0 || at >= text.length() || text.charAt(at) != '"')
        {
            return null;
        }
        final int end = text.indexOf('"', at + 1);
        return end < 0 ? null : text.substring(at + 1, end);
    }

    private static long longValue(final String text, final String key)
    {
        int at = valueStart(text, key);
        if (at < 0)
        {
            return -1;
        }
        long v = 0;
        int digits = 0;
        while (at < text.length() && Character.isDigit(text.charAt(at)) && digits < 18)
        {
            v = v * 10 + (text.charAt(at++) - '0');
            digits++;
        }
        return digits == 0 ? -1 : v;
    }

    private static int valueStart(final String text, final String key)
    {
        final int k = text.indexOf(key);
        if (k < 0)
        {
            return -1;
        }
        int at = k + key.length();
        while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == ':'))
        {
            at++;
        }
        return at;
    }
}
