package ringfire.journal.testing;

import net.openhft.chronicle.core.time.SetTimeProvider;
import org.agrona.concurrent.UnsafeBuffer;
import ringfire.codecs.sbe.Side;
import ringfire.journal.Journal;
import ringfire.journal.JournalOptions;
import ringfire.journal.JournalReader;
import ringfire.journal.JournalWriter;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Writes and reads whole journals for tests. */
public final class JournalFixtures
{
    /** Trade id of the trade in {@link #sampleEvents()}; find it in a queue file to damage that record. */
    public static final String SAMPLE_TRADE_ID = "T-1657850";

    private JournalFixtures()
    {
    }

    /** Options whose roll-cycle clock is fixed at {@link EventFixtures#T0}, so file names do not depend on the host. */
    public static JournalOptions fixedClockOptions()
    {
        return JournalOptions.defaults().withTimeProvider(new SetTimeProvider(Instant.ofEpochSecond(0, EventFixtures.T0)));
    }

    /** Writes {@code events} to a new journal in {@code dir}, one record each, and closes it. */
    public static void write(final Path dir, final List<byte[]> events)
    {
        try (Journal journal = Journal.openForWriting(dir, fixedClockOptions()); JournalWriter writer = journal.writer())
        {
            for (final byte[] event : events)
            {
                writer.append(new UnsafeBuffer(event), 0, event.length);
            }
        }
    }

    /** Every record of the journal in {@code dir}, copied, in order. */
    public static List<byte[]> readAll(final Path dir)
    {
        final List<byte[]> events = new ArrayList<>();
        try (Journal journal = Journal.openForReading(dir); JournalReader reader = journal.reader())
        {
            reader.forEach((buffer, offset, length, index) ->
            {
                final byte[] copy = new byte[length];
                buffer.getBytes(offset, copy);
                events.add(copy);
            });
        }
        return events;
    }

    /**
     * A small session: SessionStart, SymbolDefinition of BTCUSDT (id 1, price scale 2, qty scale 3), a Trade at
     * 16578.50 for 0.001, a closed one-minute Bar, and the Signal (a decision) the bar caused.
     */
    public static List<byte[]> sampleEvents()
    {
        final EventFixtures events = new EventFixtures();
        final long t0 = EventFixtures.T0;
        final List<byte[]> list = new ArrayList<>();
        list.add(events.bytes(events.sessionStart(0, t0, "0.1.0", "cafe01", "{\"risk\":\"low\"}")));
        list.add(events.bytes(events.symbolDefinition(1, t0 + 1_000, 1, 2, 3, "BTCUSDT")));
        list.add(events.bytes(events.trade(2, t0 + 123_456_789, 1, Side.BUY, 1_657_850, 1, SAMPLE_TRADE_ID)));
        list.add(events.bytes(events.bar(3, t0 + EventFixtures.MINUTE_NS, 1, 60, t0, 1_657_850, 1_660_000, 1_650_000,
            1_658_000, 12_345, 2_046_500_000_000L, true)));
        list.add(events.bytes(events.signal(3, t0 + EventFixtures.MINUTE_NS + 5_000, 7, 1, Side.BUY, 75_000_000,
            1_658_000, 1_650_000, 1_670_000)));
        return list;
    }
}
