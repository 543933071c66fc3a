package ringfire.codecs.sbe;

import static org.assertj.core.api.Assertions.assertThat;
import static ringfire.codecs.sbe.Frames.OFFSET;
import static ringfire.codecs.sbe.Frames.UUID_TRADE_ID;
import static ringfire.codecs.sbe.Frames.assertFrame;
import static ringfire.codecs.sbe.Frames.assertHeader;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

class MarketDataRoundTripTest
{
    private final UnsafeBuffer buffer = Frames.dirtyBuffer();
    private final MessageHeaderDecoder messageHeader = new MessageHeaderDecoder();

    @Test
    void shouldRoundTripTrade()
    {
        final TradeEncoder encoder = new TradeEncoder().wrapAndApplyHeader(buffer, OFFSET, new MessageHeaderEncoder());
        encoder.header().sequence(1_000_001L).eventTimeNs(1_672_304_486_868_000_000L).source(Source.FEED);
        encoder.symbolId(40_001).side(Side.SELL).price(1_657_850L).qty(1_234L).tradeId(UUID_TRADE_ID);
        final int frameLength = MessageHeaderEncoder.ENCODED_LENGTH + encoder.encodedLength();

        final TradeDecoder decoder = new TradeDecoder().wrapAndApplyHeader(buffer, OFFSET, messageHeader);
        assertHeader(decoder.header(), 1_000_001L, 1_672_304_486_868_000_000L, Source.FEED);
        assertThat(decoder.symbolId()).isEqualTo(40_001);
        assertThat(decoder.side()).isEqualTo(Side.SELL);
        assertThat(decoder.price()).isEqualTo(1_657_850L);
        assertThat(decoder.qty()).isEqualTo(1_234L);
        assertThat(decoder.tradeId()).isEqualTo(UUID_TRADE_ID);

        assertFrame(buffer, messageHeader, frameLength, TradeDecoder.TEMPLATE_ID, TradeDecoder.BLOCK_LENGTH,
            1_000_001L, 1_672_304_486_868_000_000L, Source.FEED);
    }

    @Test
    void shouldRoundTripTicker()
    {
        final TickerEncoder encoder = new TickerEncoder().wrapAndApplyHeader(buffer, OFFSET, new MessageHeaderEncoder());
        encoder.header().sequence(1_000_002L).eventTimeNs(1_672_304_486_900_000_001L).source(Source.FEED);
        encoder.symbolId(3)
            .bidPrice(1_657_840L).bidQty(12_345L)
            .askPrice(1_657_860L).askQty(67_890L)
            .lastPrice(1_657_855L).markPrice(1_657_851L).indexPrice(1_657_849L)
            .fundingRate(-2_539L).nextFundingTimeNs(1_672_329_600_000_000_000L);
        final int frameLength = MessageHeaderEncoder.ENCODED_LENGTH + encoder.encodedLength();

        final TickerDecoder decoder = new TickerDecoder().wrapAndApplyHeader(buffer, OFFSET, messageHeader);
        assertHeader(decoder.header(), 1_000_002L, 1_672_304_486_900_000_001L, Source.FEED);
        assertThat(decoder.symbolId()).isEqualTo(3);
        assertThat(decoder.bidPrice()).isEqualTo(1_657_840L);
        assertThat(decoder.bidQty()).isEqualTo(12_345L);
        assertThat(decoder.askPrice()).isEqualTo(1_657_860L);
        assertThat(decoder.askQty()).isEqualTo(67_890L);
        assertThat(decoder.lastPrice()).isEqualTo(1_657_855L);
        assertThat(decoder.markPrice()).isEqualTo(1_657_851L);
        assertThat(decoder.indexPrice()).isEqualTo(1_657_849L);
        assertThat(decoder.fundingRate()).isEqualTo(-2_539L);
        assertThat(decoder.nextFundingTimeNs()).isEqualTo(1_672_329_600_000_000_000L);

        assertFrame(buffer, messageHeader, frameLength, TickerDecoder.TEMPLATE_ID, TickerDecoder.BLOCK_LENGTH,
            1_000_002L, 1_672_304_486_900_000_001L, Source.FEED);
    }

    @Test
    void shouldRoundTripBookLevel()
    {
        final BookLevelEncoder encoder = new BookLevelEncoder()
            .wrapAndApplyHeader(buffer, OFFSET, new MessageHeaderEncoder());
        encoder.header().sequence(1_000_003L).eventTimeNs(1_672_304_487_000_000_002L).source(Source.FEED);
        encoder.symbolId(65_534).action(BookAction.DELTA).side(Side.BUY)
            .price(1_657_830L).qty(98_765L).updateId(Long.MAX_VALUE).lastInUpdate(BooleanType.TRUE);
        final int frameLength = MessageHeaderEncoder.ENCODED_LENGTH + encoder.encodedLength();

        final BookLevelDecoder decoder = new BookLevelDecoder().wrapAndApplyHeader(buffer, OFFSET, messageHeader);
        assertHeader(decoder.header(), 1_000_003L, 1_672_304_487_000_000_002L, Source.FEED);
        assertThat(decoder.symbolId()).isEqualTo(65_534);
        assertThat(decoder.action()).isEqualTo(BookAction.DELTA);
        assertThat(decoder.side()).isEqualTo(Side.BUY);
        assertThat(decoder.price()).isEqualTo(1_657_830L);
        assertThat(decoder.qty()).isEqualTo(98_765L);
        assertThat(decoder.updateId()).isEqualTo(Long.MAX_VALUE);
        assertThat(decoder.lastInUpdate()).isEqualTo(BooleanType.TRUE);

        assertFrame(buffer, messageHeader, frameLength, BookLevelDecoder.TEMPLATE_ID, BookLevelDecoder.BLOCK_LENGTH,
            1_000_003L, 1_672_304_487_000_000_002L, Source.FEED);
    }

    @Test
    void shouldRoundTripBar()
    {
        final BarEncoder encoder = new BarEncoder().wrapAndApplyHeader(buffer, OFFSET, new MessageHeaderEncoder());
        encoder.header().sequence(1_000_004L).eventTimeNs(1_672_304_520_000_000_003L).source(Source.IMPORT);
        encoder.symbolId(5).intervalSeconds(86_400).openTimeNs(1_672_272_000_000_000_000L)
            .open(1_650_010L).high(1_671_120L).low(1_640_005L).close(1_657_850L)
            .volume(123_456_789L).turnover(Long.MAX_VALUE - 7).closed(BooleanType.FALSE);
        final int frameLength = MessageHeaderEncoder.ENCODED_LENGTH + encoder.encodedLength();

        final BarDecoder decoder = new BarDecoder().wrapAndApplyHeader(buffer, OFFSET, messageHeader);
        assertHeader(decoder.header(), 1_000_004L, 1_672_304_520_000_000_003L, Source.IMPORT);
        assertThat(decoder.symbolId()).isEqualTo(5);
        assertThat(decoder.intervalSeconds()).isEqualTo(86_400);
        assertThat(decoder.openTimeNs()).isEqualTo(1_672_272_000_000_000_000L);
        assertThat(decoder.open()).isEqualTo(1_650_010L);
        assertThat(decoder.high()).isEqualTo(1_671_120L);
        assertThat(decoder.low()).isEqualTo(1_640_005L);
        assertThat(decoder.close()).isEqualTo(1_657_850L);
        assertThat(decoder.volume()).isEqualTo(123_456_789L);
        assertThat(decoder.turnover()).isEqualTo(Long.MAX_VALUE - 7);
        assertThat(decoder.closed()).isEqualTo(BooleanType.FALSE);

        assertFrame(buffer, messageHeader, frameLength, BarDecoder.TEMPLATE_ID, BarDecoder.BLOCK_LENGTH,
            1_000_004L, 1_672_304_520_000_000_003L, Source.IMPORT);
    }
}
