package ringfire.bench;

import org.agrona.concurrent.UnsafeBuffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import ringfire.codecs.sbe.BarDecoder;
import ringfire.codecs.sbe.BarEncoder;
import ringfire.codecs.sbe.BooleanType;
import ringfire.codecs.sbe.MessageHeaderDecoder;
import ringfire.codecs.sbe.MessageHeaderEncoder;
import ringfire.codecs.sbe.Side;
import ringfire.codecs.sbe.Source;
import ringfire.codecs.sbe.TradeDecoder;
import ringfire.codecs.sbe.TradeEncoder;

import java.util.concurrent.TimeUnit;

/**
 * SBE encode and decode of the two market-data events the ring carries most: a Trade (with its 40-character trade
 * id) and a Bar, header included, into and out of a heap {@link UnsafeBuffer} like the ring's slots. Decode reads
 * every field (the trade id into a byte array).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SbeCodecBenchmark
{
    private static final String TRADE_ID = "20f43950-d8dd-5b31-9112-a178eb6023af";

    private final UnsafeBuffer tradeBuffer = new UnsafeBuffer(new byte[512]);
    private final UnsafeBuffer barBuffer = new UnsafeBuffer(new byte[512]);
    private final UnsafeBuffer scratch = new UnsafeBuffer(new byte[512]);
    private final MessageHeaderEncoder headerEncoder = new MessageHeaderEncoder();
    private final MessageHeaderDecoder headerDecoder = new MessageHeaderDecoder();
    private final TradeEncoder tradeEncoder = new TradeEncoder();
    private final TradeDecoder tradeDecoder = new TradeDecoder();
    private final BarEncoder barEncoder = new BarEncoder();
    private final BarDecoder barDecoder = new BarDecoder();
    private final byte[] tradeId = new byte[TradeEncoder.tradeIdLength()];
    private long time = 1_672_304_486_865_000_000L;

    @Setup
    public void setUp()
    {
        encodeTrade(tradeBuffer);
        encodeBar(barBuffer);
    }

    @Benchmark
    public int encodeTrade()
    {
        return encodeTrade(scratch);
    }

    @Benchmark
    public long decodeTrade()
    {
        tradeDecoder.wrapAndApplyHeader(tradeBuffer, 0, headerDecoder);
        long sum = tradeDecoder.header().sequence() + tradeDecoder.header().eventTimeNs()
            + tradeDecoder.header().source().value();
        sum += tradeDecoder.symbolId() + tradeDecoder.side().value() + tradeDecoder.price() + tradeDecoder.qty();
        return sum + tradeDecoder.getTradeId(tradeId, 0);
    }

    @Benchmark
    public int encodeBar()
    {
        return encodeBar(scratch);
    }

    @Benchmark
    public long decodeBar()
    {
        barDecoder.wrapAndApplyHeader(barBuffer, 0, headerDecoder);
        return barDecoder.header().sequence() + barDecoder.header().eventTimeNs() + barDecoder.header().source().value()
            + barDecoder.symbolId() + barDecoder.intervalSeconds() + barDecoder.openTimeNs() + barDecoder.open()
            + barDecoder.high() + barDecoder.low() + barDecoder.close() + barDecoder.volume() + barDecoder.turnover()
            + barDecoder.closed().value();
    }

    private int encodeTrade(final UnsafeBuffer buffer)
    {
        tradeEncoder.wrapAndApplyHeader(buffer, 0, headerEncoder).header().sequence(42).eventTimeNs(++time)
            .source(Source.FEED);
        tradeEncoder.symbolId(1).side(Side.BUY).price(1_657_850).qty(1).tradeId(TRADE_ID);
        return MessageHeaderEncoder.ENCODED_LENGTH + tradeEncoder.encodedLength();
    }

    private int encodeBar(final UnsafeBuffer buffer)
    {
        barEncoder.wrapAndApplyHeader(buffer, 0, headerEncoder).header().sequence(43).eventTimeNs(++time)
            .source(Source.IMPORT);
        barEncoder.symbolId(1).intervalSeconds(60).openTimeNs(time - 60_000_000_000L).open(1_664_950).high(1_667_700)
            .low(1_660_800).close(1_667_700).volume(2_081).turnover(3_466_640_050_000L).closed(BooleanType.TRUE);
        return MessageHeaderEncoder.ENCODED_LENGTH + barEncoder.encodedLength();
    }
}
