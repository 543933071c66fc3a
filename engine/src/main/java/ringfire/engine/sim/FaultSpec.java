package ringfire.engine.sim;

import java.util.Set;
import java.util.TreeSet;

/**
 * Faults injected into one connection. Syntax: comma-separated items, e.g. {@code drop-after:50,dup-every:7}:
 * <pre>
 *   drop-after:N       close the connection (no close frame) right after the N-th data message
 *   stall-after:N      after the N-th data message send nothing more and answer nothing (pings included)
 *   malformed-every:N  after every N-th data message send a malformed copy of it (its first half)
 *   gap-every:N        leave out every N-th orderbook delta (its update id is missing)
 *   dup-every:N        send every N-th data message twice
 *   reject:SYMBOL      refuse subscriptions to SYMBOL's topics (success:false, "Invalid symbol :[topic,..]");
 *                      repeat the item for several symbols
 * </pre>
 * Data messages are counted per connection, from 1; malformed copies, duplicates and left-out deltas do not count.
 * A connection gets the faults of its URL's {@code fault} query parameters (e.g.
 * {@code ws://127.0.0.1:PORT/v5/public/linear?fault=drop-after:50}) plus those of the server's options.
 */
public record FaultSpec(long dropAfter, long stallAfter, long malformedEvery, long gapEvery, long dupEvery,
    Set<String> rejected)
{
    public static final FaultSpec NONE = new FaultSpec(0, 0, 0, 0, 0, Set.of());

    public FaultSpec
    {
        rejected = Set.copyOf(rejected);
        if (dropAfter < 0 || stallAfter < 0 || malformedEvery < 0 || gapEvery < 0 || dupEvery < 0)
        {
            throw new IllegalArgumentException("fault counts must not be negative");
        }
    }

    /** Parses the syntax above; an empty or blank text is {@link #NONE}. */
    public static FaultSpec parse(final String text)
    {
        FaultSpec spec = NONE;
        if (text == null || text.isBlank())
        {
            return spec;
        }
        for (final String raw : text.split(","))
        {
            final String item = raw.strip();
            final int colon = item.indexOf(':');
            final String name = colon < 0 ? item : item.substring(0, colon);
            final String value = colon < 0 ? "" : item.substring(colon + 1);
            spec = spec.plus(switch (name)
            {
                case "drop-after" -> new FaultSpec(count(item, value), 0, 0, 0, 0, Set.of());
                case "stall-after" -> new FaultSpec(0, count(item, value), 0, 0, 0, Set.of());
                case "malformed-every" -> new FaultSpec(0, 0, count(item, value), 0, 0, Set.of());
                case "gap-every" -> new FaultSpec(0, 0, 0, count(item, value), 0, Set.of());
                case "dup-every" -> new FaultSpec(0, 0, 0, 0, count(item, value), Set.of());
                case "reject" ->
                {
                    if (!value.matches("[A-Z0-9]{2,30}"))
                    {
                        throw new IllegalArgumentException("fault '" + item + "': reject needs a symbol, e.g. reject:ETHUSDT");
                    }
                    yield new FaultSpec(0, 0, 0, 0, 0, Set.of(value));
                }
                default -> throw new IllegalArgumentException("unknown fault '" + item + "': expected drop-after:N, "
                    + "stall-after:N, malformed-every:N, gap-every:N, dup-every:N or reject:SYMBOL");
            });
        }
        return spec;
    }

    /** Both sets of faults; where both set a count, the other's wins. */
    public FaultSpec plus(final FaultSpec other)
    {
        final Set<String> symbols = new TreeSet<>(rejected);
        symbols.addAll(other.rejected);
        return new FaultSpec(pick(dropAfter, other.dropAfter), pick(stallAfter, other.stallAfter),
            pick(malformedEvery, other.malformedEvery), pick(gapEvery, other.gapEvery), pick(dupEvery, other.dupEvery),
            symbols);
    }

    public boolean rejects(final String topic)
    {
        final int dot = topic.lastIndexOf('.');
        return !rejected.isEmpty() && rejected.contains(topic.substring(dot + 1));
    }

    private static long pick(final long mine, final long theirs)
    {
        return theirs != 0 ? theirs : mine;
    }

    private static long count(final String item, final String value)
    {
        try
        {
            final long n = Long.parseLong(value);
            if (n >= 1)
            {
                return n;
            }
        }
        catch (final NumberFormatException e)
        {
            // reported below
        }
        throw new IllegalArgumentException("fault '" + item + "': expected a whole number >= 1 after the colon");
    }
}
