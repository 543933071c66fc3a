package ringfire.codecs.bybit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.async.ByteArrayFeeder;
import com.sun.management.ThreadMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import ringfire.codecs.sbe.BookAction;
import ringfire.codecs.sbe.Side;

/**
 * Bytes allocated per decoded message after warm-up, measured with the thread's allocation counter over 10,000
 * messages. Measured (JDK 25, jackson-core 2.20.1): 0.00-0.02 bytes per message for every kind below, i.e. at
 * most one stray ~200-byte allocation per 10,000 messages, none per message. The bound asserted is generous: it
 * catches a regression such as a parser or a String per message (a parser per message is ~750 bytes).
 */
class BybitAllocationTest
{
    private static final int WARM_UP = 50_000;
    private static final int MEASURED = 10_000;
    private static final double BOUND_BYTES_PER_MESSAGE = 16;
    private static final CountingListener[] LAST_LISTENER = new CountingListener[1];

    @Test
    void shouldNotAllocateWhenDecodingTrades()
    {
        final double perMessage = bytesPerMessage(Samples.bytes("ws-public-trade.json"));
        System.out.printf("trade sample: %.2f bytes/message%n", perMessage);
        assertThat(LAST_LISTENER[0].calls).isEqualTo(WARM_UP + MEASURED);
        assertThat(perMessage).isLessThan(BOUND_BYTES_PER_MESSAGE);
    }

    @Test
    void shouldNotAllocateWhenDecodingBooksTickersKlinesAndReplies()
    {
        final String delta = Samples.text("ws-orderbook-delta.json").replace("177400507", "18521289");
        final byte[][] messages = {
            Samples.bytes("ws-orderbook-snapshot.json"), delta.getBytes(StandardCharsets.UTF_8),
            Samples.bytes("ws-tickers-snapshot-captured.json"), Samples.bytes("ws-tickers-delta-captured.json"),
            Samples.bytes("ws-kline.json"), Samples.bytes("ws-all-liquidation.json"),
            Samples.bytes("ws-subscribe-response-spot.json"), Samples.bytes("ws-pong.json"),
        };
        final double perMessage = bytesPerMessage(messages);
        System.out.printf("book/ticker/kline/liquidation/reply mix: %.2f bytes/message%n", perMessage);
        assertThat(LAST_LISTENER[0].calls).isGreaterThan(WARM_UP + MEASURED);
        assertThat(perMessage).isLessThan(BOUND_BYTES_PER_MESSAGE);
    }

    @Test
    void shouldNotAllocateOnRejectsOnceSamplesAreFull()
    {
        final String trade = Samples.text("ws-public-trade.json");
        final byte[][] messages = {
            trade.replace("BTCUSDT", "DOGEUSDT").getBytes(StandardCharsets.UTF_8),
            trade.replace("16578.50", "16578.505").getBytes(StandardCharsets.UTF_8),
            trade.replace("publicTrade", "publicTrades").getBytes(StandardCharsets.UTF_8),
        };
        final double perMessage = bytesPerMessage(messages);
        System.out.printf("well-formed rejects (unknown symbol, inexact price, unknown topic): %.2f bytes/message%n",
            perMessage);
        assertThat(perMessage).isLessThan(BOUND_BYTES_PER_MESSAGE);

        // broken JSON rebuilds the parser: allocation on the error path, reported, not asserted
        final double broken = bytesPerMessage(trade.substring(0, 100).getBytes(StandardCharsets.UTF_8));
        System.out.printf("truncated JSON (parser rebuilt each time): %.2f bytes/message%n", broken);
    }

    @Test
    void shouldAllocateLessWithOneNonBlockingParserThanWithAParserPerMessage() throws IOException
    {
        final ThreadMXBean threads = (ThreadMXBean)ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isThreadAllocatedMemorySupported(), "thread allocation counter unsupported");
        final byte[] trade = Samples.bytes("ws-public-trade.json");
        final JsonFactory factory = new JsonFactory();
        final JsonParser nonBlocking = factory.createNonBlockingByteArrayParser();
        final ByteArrayFeeder feeder = (ByteArrayFeeder)nonBlocking.getNonBlockingInputFeeder();
        long tokens = 0;
        final long[] allocated = new long[2];
        for (int round = 0; round < 2; round++)
        {
            final int n = round == 0 ? WARM_UP : MEASURED;
            final long thread = Thread.currentThread().threadId();
            final long start = threads.getThreadAllocatedBytes(thread);
            for (int i = 0; i < n; i++)
            {
                try (JsonParser p = factory.createParser(trade, 0, trade.length))
                {
                    while (p.nextToken() != null)
                    {
                        tokens++;
                    }
                }
            }
            final long middle = threads.getThreadAllocatedBytes(thread);
            for (int i = 0; i < n; i++)
            {
                feeder.feedInput(trade, 0, trade.length);
                while (nonBlocking.nextToken() != JsonToken.NOT_AVAILABLE)
                {
                    tokens++;
                }
            }
            allocated[0] = middle - start;
            allocated[1] = threads.getThreadAllocatedBytes(thread) - middle;
        }
        System.out.printf("jackson alone, trade sample: createParser(byte[]) per message %.1f bytes/message, "
            + "one reused non-blocking parser %.2f bytes/message%n",
            (double)allocated[0] / MEASURED, (double)allocated[1] / MEASURED);
        assertThat(tokens).isPositive();
        assertThat(allocated[1]).isLessThan(allocated[0]);
    }

    /** Decodes the messages round-robin; the listener must have been called unless none is decodable. */
    private static double bytesPerMessage(final byte[]... messages)
    {
        final ThreadMXBean threads = (ThreadMXBean)ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isThreadAllocatedMemorySupported(), "thread allocation counter unsupported");
        threads.setThreadAllocatedMemoryEnabled(true);
        final CountingListener listener = LAST_LISTENER[0] = new CountingListener();
        final BybitMarketDataAdapter adapter = new BybitMarketDataAdapter(Samples.symbols(), listener);
        final UnsafeBuffer[] buffers = new UnsafeBuffer[messages.length];
        for (int i = 0; i < messages.length; i++)
        {
            buffers[i] = new UnsafeBuffer(messages[i]);
        }
        for (int n = 0; n < WARM_UP; n++)
        {
            final UnsafeBuffer b = buffers[n % buffers.length];
            adapter.onMessage(b, 0, b.capacity());
        }
        final long thread = Thread.currentThread().threadId();
        final long before = threads.getThreadAllocatedBytes(thread);
        for (int n = 0; n < MEASURED; n++)
        {
            final UnsafeBuffer b = buffers[n % buffers.length];
            adapter.onMessage(b, 0, b.capacity());
        }
        final long allocated = threads.getThreadAllocatedBytes(thread) - before;
        return (double)allocated / MEASURED;
    }

    /** Touches every argument, allocates nothing. */
    static final class CountingListener implements MarketDataListener
    {
        long calls;
        long sum;

        @Override
        public void onTrade(final int symbolId, final Side side, final long price, final long qty,
            final long tradeTimeMs, final long crossSeq, final CharSequence tradeId, final boolean blockTrade)
        {
            calls++;
            sum += price + qty + tradeTimeMs + crossSeq + tradeId.charAt(tradeId.length() - 1) + side.value();
        }

        @Override
        public void onLiquidation(final int symbolId, final Side side, final long price, final long qty,
            final long timeMs)
        {
            calls++;
            sum += price + qty + timeMs;
        }

        @Override
        public void onTicker(final int symbolId, final long bidPrice, final long bidQty, final long askPrice,
            final long askQty, final long lastPrice, final long markPrice, final long indexPrice,
            final long fundingRate, final long nextFundingTimeMs, final long crossSeq, final long timestampMs)
        {
            calls++;
            sum += bidPrice + askPrice + lastPrice + markPrice + fundingRate + crossSeq;
        }

        @Override
        public void onBookLevel(final int symbolId, final BookAction action, final Side side, final long price,
            final long qty, final long updateId, final long timeMs, final boolean last)
        {
            calls++;
            sum += price + qty + updateId;
        }

        @Override
        public void onBookGap(final int symbolId, final long expectedUpdateId, final long receivedUpdateId)
        {
            throw new AssertionError("gap " + expectedUpdateId + " " + receivedUpdateId);
        }

        @Override
        public void onBar(final int symbolId, final int intervalSeconds, final long startMs, final long open,
            final long high, final long low, final long close, final long volume, final long turnover,
            final boolean confirmed)
        {
            calls++;
            sum += open + high + low + close + volume + turnover;
        }

        @Override
        public void onSubscribeResponse(final boolean success, final CharSequence reqId, final CharSequence retMsg)
        {
            calls++;
            sum += reqId.length() + retMsg.length();
        }

        @Override
        public void onUnsubscribeResponse(final boolean success, final CharSequence reqId,
            final CharSequence retMsg)
        {
            calls++;
        }

        @Override
        public void onPong(final CharSequence reqId)
        {
            calls++;
        }

        @Override
        public void onUnknown(final DecodeKind kind, final DirectBuffer message, final int offset, final int length)
        {
            calls++;
        }
    }
}
