package ringfire.engine.sim;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A connection's feed replayed from a {@link ReplayTape}: the recorded frames of the subscribed topics, in file order,
 * from the first line for every connection. Topics the recording does not hold are refused.
 */
final class ReplayFeed implements MarketFeed
{
    private final ReplayTape tape;
    private final List<OutFrame> frames;
    private final Set<String> subscribed = new HashSet<>();
    private int cursor;

    ReplayFeed(final ReplayTape tape)
    {
        this.tape = tape;
        this.frames = tape.frames();
    }

    @Override
    public String subscribe(final String topic)
    {
        if (!tape.topics().contains(topic))
        {
            return "Invalid symbol :[" + topic + "]";
        }
        return subscribed.add(topic) ? null : "error:already subscribed,topic:" + topic;
    }

    @Override
    public boolean unsubscribe(final String topic)
    {
        return subscribed.remove(topic);
    }

    @Override
    public OutFrame next()
    {
        while (cursor < frames.size())
        {
            final OutFrame frame = frames.get(cursor++);
            if (subscribed.contains(frame.topic()))
            {
                return frame;
            }
        }
        return null;
    }
}
