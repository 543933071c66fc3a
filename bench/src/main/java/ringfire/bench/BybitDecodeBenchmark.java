package ringfire.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.async.ByteArrayFeeder;
import org.agrona.DirectBuffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import ringfire.codecs.bybit.BybitMarketDataAdapter;
import ringfire.codecs.bybit.DecodeKind;
import ringfire.codecs.bybit.MarketDataListener;
import ringfire.codecs.sbe.BookAction;
import ringfire.codecs.sbe.Side;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * One Bybit public-stream message decoded to its events ({@link BybitMarketDataAdapter#onMessage}: JSON, exact
 * decimals, validation, merged ticker / local book), per message kind ({@code parser=adapter}), against the floor
 * ({@code parser=tokenWalk}): a bare jackson-core token walk of the same bytes with the same kind of parser (one
 * long-lived non-blocking byte-array parser, fed a frame at a time, every token visited, no value read). The ratio
 * adapter / tokenWalk is the decoder's overhead over tokenizing.
 *
 * <p>The two are one parameter rather than two methods so that JMH runs each kind's pair back to back (the last
 * parameter key varies fastest): on a shared machine, a ratio of neighbours is less exposed to load that comes and
 * goes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class BybitDecodeBenchmark
{
    @Param({"TRADE", "TICKER", "BOOK_DELTA", "KLINE"})
    public String kind;

    @Param({"adapter", "tokenWalk"})
    public String parser;

    private boolean adapterParser;
    private byte[][] frames;
    private int nextDecode;
    private int nextWalk;
    private final Sink sink = new Sink();
    private BybitMarketDataAdapter adapter;
    private JsonParser json;
    private ByteArrayFeeder feeder;

    @Setup(Level.Trial)
    public void setUp() throws IOException
    {
        adapterParser = switch (parser)
        {
            case "adapter" -> true;
            case "tokenWalk" -> false;
            default -> throw new IllegalArgumentException("parser: adapter or tokenWalk, was " + parser);
        };
        final BybitMessages.Kind k = BybitMessages.Kind.valueOf(kind);
        frames = k.cycle();
        adapter = new BybitMarketDataAdapter(BybitMessages.symbols(), sink);
        for (final byte[] frame : k.setup())
        {
            adapter.onMessage(frame, 0, frame.length);
        }
        // Same limits as the decoder's factory (MessageReader): the parser lives for the whole stream.
        final JsonFactory factory = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                .maxDocumentLength(-1).maxTokenCount(-1).maxNestingDepth(64).build())
            .build();
        json = factory.createNonBlockingByteArrayParser();
        feeder = (ByteArrayFeeder)json.getNonBlockingInputFeeder();
        // Two full cycles: any frame the decoder refuses fails the trial instead of measuring a reject path.
        for (int i = 0; i < 2 * frames.length; i++)
        {
            adapter();
            tokenWalk();
        }
        check();
    }

    @TearDown(Level.Trial)
    public void check()
    {
        if (adapter.counters().total() != 0 || sink.events == 0)
        {
            throw new IllegalStateException(kind + ": the decoder refused frames or emitted nothing: "
                + adapter.counters());
        }
    }

    @Benchmark
    public long decode() throws IOException
    {
        return adapterParser ? adapter() : tokenWalk();
    }

    long adapter()
    {
        final byte[] frame = frames[nextDecode];
        nextDecode = nextDecode + 1 == frames.length ? 0 : nextDecode + 1;
        adapter.onMessage(frame, 0, frame.length);
        return sink.sum;
    }

    long tokenWalk() throws IOException
    {
        final byte[] frame = frames[nextWalk];
        nextWalk = nextWalk + 1 == frames.length ? 0 : nextWalk + 1;
        feeder.feedInput(frame, 0, frame.length);
        long tokens = 0;
        JsonToken t;
        while ((t = json.nextToken()) != JsonToken.NOT_AVAILABLE)
        {
            tokens += t.ordinal();
        }
        return tokens;
    }

    /** Folds every event into a sum so that nothing the decoder produces is dead code. */
    static final class Sink implements MarketDataListener
    {
        long sum;
        long events;

        @Override
        public void onTrade(final int symbolId, final Side side, final long price, final long qty,
            final long tradeTimeMs, final long crossSeq, final CharSequence tradeId, final boolean blockTrade)
        {
            sum += price + qty + tradeTimeMs + crossSeq + tradeId.length();
            events++;
        }

        @Override
        public void onLiquidation(final int symbolId, final Side side, final long price, final long qty,
            final long timeMs)
        {
            sum += price + qty;
            events++;
        }

        @Override
        public void onTicker(final int symbolId, final long bidPrice, final long bidQty, final long askPrice,
            final long askQty, final long lastPrice, final long markPrice, final long indexPrice,
            final long fundingRate, final long nextFundingTimeMs, final long crossSeq, final long timestampMs)
        {
            sum += bidPrice + bidQty + askPrice + askQty + lastPrice + markPrice + indexPrice + fundingRate
                + nextFundingTimeMs + crossSeq + timestampMs;
            events++;
        }

        @Override
        public void onBookLevel(final int symbolId, final BookAction action, final Side side, final long price,
            final long qty, final long updateId, final long timeMs, final boolean last)
        {
            sum += price + qty + updateId;
            events++;
        }

        @Override
        public void onBookGap(final int symbolId, final long expectedUpdateId, final long receivedUpdateId)
        {
            throw new IllegalStateException("book gap: expected " + expectedUpdateId + ", got " + receivedUpdateId);
        }

        @Override
        public void onBar(final int symbolId, final int intervalSeconds, final long startMs, final long open,
            final long high, final long low, final long close, final long volume, final long turnover,
            final boolean confirmed)
        {
            sum += startMs + open + high + low + close + volume + turnover;
            events++;
        }

        @Override
        public void onSubscribeResponse(final boolean success, final CharSequence reqId, final CharSequence retMsg)
        {
        }

        @Override
        public void onUnsubscribeResponse(final boolean success, final CharSequence reqId, final CharSequence retMsg)
        {
        }

        @Override
        public void onPong(final CharSequence reqId)
        {
        }

        @Override
        public void onUnknown(final DecodeKind kind, final DirectBuffer message, final int offset, final int length)
        {
            throw new IllegalStateException("unknown message: " + kind);
        }
    }
}
