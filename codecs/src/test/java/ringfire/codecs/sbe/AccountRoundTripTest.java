package ringfire.codecs.sbe;

import static org.assertj.core.api.Assertions.assertThat;
import static ringfire.codecs.sbe.Frames.FULL_LENGTH_ID;
import static ringfire.codecs.sbe.Frames.OFFSET;
import static ringfire.codecs.sbe.Frames.assertFrame;
import static ringfire.codecs.sbe.Frames.assertHeader;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

class AccountRoundTripTest
{
    private final UnsafeBuffer buffer = Frames.dirtyBuffer();
    private final MessageHeaderDecoder messageHeader = new MessageHeaderDecoder();

    @Test
    void shouldRoundTripOrderRequest()
    {
        final OrderRequestEncoder encoder = new OrderRequestEncoder()
            .wrapAndApplyHeader(buffer, OFFSET, new MessageHeaderEncoder());
        encoder.header().sequence(2_000_001L).eventTimeNs(1_672_304_600_000_000_001L).source(Source.ENGINE);
        encoder.clientOrderId(Long.MAX_VALUE - 1).symbolId(33_000).side(Side.BUY).orderType(OrderType.LIMIT)
            .timeInForce(TimeInForce.POST_ONLY).price(1_657_700L).qty(2_500L).reduceOnly(BooleanType.TRUE);
        final int frameLength = MessageHeaderEncoder.ENCODED_LENGTH + encoder.encodedLength();

        final OrderRequestDecoder decoder = new OrderRequestDecoder().wrapAndApplyHeader(buffer, OFFSET, messageHeader);
        assertHeader(decoder.header(), 2_000_001L, 1_672_304_600_000_000_001L, Source.ENGINE);
        assertThat(decoder.clientOrderId()).isEqualTo(Long.MAX_VALUE - 1);
        assertThat(decoder.symbolId()).isEqualTo(33_000);
        assertThat(decoder.side()).isEqualTo(Side.BUY);
        assertThat(decoder.orderType()).isEqualTo(OrderType.LIMIT);
        assertThat(decoder.timeInForce()).isEqualTo(TimeInForce.POST_ONLY);
        assertThat(decoder.price()).isEqualTo(1_657_700L);
        assertThat(decoder.qty()).isEqualTo(2_500L);
        assertThat(decoder.reduceOnly()).isEqualTo(BooleanType.TRUE);

        assertFrame(buffer, messageHeader, frameLength, OrderRequestDecoder.TEMPLATE_ID,
            OrderRequestDecoder.BLOCK_LENGTH, 2_000_001L, 1_672_304_600_000_000_001L, Source.ENGINE);
    }

    @Test
    void shouldRoundTripOrderStatus()
    {
        final OrderStatusEncoder encoder = new OrderStatusEncoder()
            .wrapAndApplyHeader(buffer, OFFSET, new MessageHeaderEncoder());
        encoder.header().sequence(2_000_002L).eventTimeNs(1_672_304_600_100_000_002L).source(Source.EXCHANGE);
        encoder.clientOrderId(-77L).symbolId(9).side(Side.SELL).state(OrderState.PARTIALLY_FILLED)
            .filledQty(1_000L).leavesQty(1_500L).avgPrice(1_657_712L).rejectCode(-110_007)
            .exchangeOrderId(FULL_LENGTH_ID);
        final int frameLength = MessageHeaderEncoder.ENCODED_LENGTH + encoder.encodedLength();

        final OrderStatusDecoder decoder = new OrderStatusDecoder().wrapAndApplyHeader(buffer, OFFSET, messageHeader);
        assertHeader(decoder.header(), 2_000_002L, 1_672_304_600_100_000_002L, Source.EXCHANGE);
        assertThat(decoder.clientOrderId()).isEqualTo(-77L);
        assertThat(decoder.symbolId()).isEqualTo(9);
        assertThat(decoder.side()).isEqualTo(Side.SELL);
        assertThat(decoder.state()).isEqualTo(OrderState.PARTIALLY_FILLED);
        assertThat(decoder.filledQty()).isEqualTo(1_000L);
        assertThat(decoder.leavesQty()).isEqualTo(1_500L);
        assertThat(decoder.avgPrice()).isEqualTo(1_657_712L);
        assertThat(decoder.rejectCode()).isEqualTo(-110_007);
        assertThat(decoder.exchangeOrderId()).isEqualTo(FULL_LENGTH_ID).hasSize(OrderStatusDecoder.exchangeOrderIdLength());

        assertFrame(buffer, messageHeader, frameLength, OrderStatusDecoder.TEMPLATE_ID, OrderStatusDecoder.BLOCK_LENGTH,
            2_000_002L, 1_672_304_600_100_000_002L, Source.EXCHANGE);
    }

    @Test
    void shouldRoundTripFill()
    {
        final String execId = "a9c2b4f0-0000-4e1b-8c3d-7f2e9d1c0b5a";
        final FillEncoder encoder = new FillEncoder().wrapAndApplyHeader(buffer, OFFSET, new MessageHeaderEncoder());
        encoder.header().sequence(2_000_003L).eventTimeNs(1_672_304_600_200_000_003L).source(Source.SIM);
        encoder.clientOrderId(123_456_789_012L).symbolId(12).side(Side.SELL).price(1_657_711L).qty(333L)
            .fee(-1_234_567L).liquidity(Liquidity.MAKER).execId(execId);
        final int frameLength = MessageHeaderEncoder.ENCODED_LENGTH + encoder.encodedLength();

        final FillDecoder decoder = new FillDecoder().wrapAndApplyHeader(buffer, OFFSET, messageHeader);
        assertHeader(decoder.header(), 2_000_003L, 1_672_304_600_200_000_003L, Source.SIM);
        assertThat(decoder.clientOrderId()).isEqualTo(123_456_789_012L);
        assertThat(decoder.symbolId()).isEqualTo(12);
        assertThat(decoder.side()).isEqualTo(Side.SELL);
        assertThat(decoder.price()).isEqualTo(1_657_711L);
        assertThat(decoder.qty()).isEqualTo(333L);
        assertThat(decoder.fee()).isEqualTo(-1_234_567L);
        assertThat(decoder.liquidity()).isEqualTo(Liquidity.MAKER);
        assertThat(decoder.execId()).isEqualTo(execId);

        assertFrame(buffer, messageHeader, frameLength, FillDecoder.TEMPLATE_ID, FillDecoder.BLOCK_LENGTH,
            2_000_003L, 1_672_304_600_200_000_003L, Source.SIM);
    }

    @Test
    void shouldRoundTripPositionUpdate()
    {
        final PositionUpdateEncoder encoder = new PositionUpdateEncoder()
            .wrapAndApplyHeader(buffer, OFFSET, new MessageHeaderEncoder());
        encoder.header().sequence(2_000_004L).eventTimeNs(1_672_304_600_300_000_004L).source(Source.EXCHANGE);
        encoder.symbolId(14).side(PositionSide.SHORT).size(4_200L).entryPrice(1_657_000L).markPrice(1_658_100L)
            .leverage(50_000).unrealisedPnl(Long.MIN_VALUE + 1).realisedPnl(Long.MAX_VALUE);
        final int frameLength = MessageHeaderEncoder.ENCODED_LENGTH + encoder.encodedLength();

        final PositionUpdateDecoder decoder = new PositionUpdateDecoder()
            .wrapAndApplyHeader(buffer, OFFSET, messageHeader);
        assertHeader(decoder.header(), 2_000_004L, 1_672_304_600_300_000_004L, Source.EXCHANGE);
        assertThat(decoder.symbolId()).isEqualTo(14);
        assertThat(decoder.side()).isEqualTo(PositionSide.SHORT);
        assertThat(decoder.size()).isEqualTo(4_200L);
        assertThat(decoder.entryPrice()).isEqualTo(1_657_000L);
        assertThat(decoder.markPrice()).isEqualTo(1_658_100L);
        assertThat(decoder.leverage()).isEqualTo(50_000);
        assertThat(decoder.unrealisedPnl()).isEqualTo(Long.MIN_VALUE + 1);
        assertThat(decoder.realisedPnl()).isEqualTo(Long.MAX_VALUE);

        assertFrame(buffer, messageHeader, frameLength, PositionUpdateDecoder.TEMPLATE_ID,
            PositionUpdateDecoder.BLOCK_LENGTH, 2_000_004L, 1_672_304_600_300_000_004L, Source.EXCHANGE);
    }

    @Test
    void shouldRoundTripBalanceUpdate()
    {
        final BalanceUpdateEncoder encoder = new BalanceUpdateEncoder()
            .wrapAndApplyHeader(buffer, OFFSET, new MessageHeaderEncoder());
        encoder.header().sequence(2_000_005L).eventTimeNs(1_672_304_600_400_000_005L).source(Source.EXCHANGE);
        encoder.walletBalance(1_000_012_345_678L).availableBalance(-4_200_000_001L).equity(999_999_999_999L);
        final int frameLength = MessageHeaderEncoder.ENCODED_LENGTH + encoder.encodedLength();

        final BalanceUpdateDecoder decoder = new BalanceUpdateDecoder().wrapAndApplyHeader(buffer, OFFSET, messageHeader);
        assertHeader(decoder.header(), 2_000_005L, 1_672_304_600_400_000_005L, Source.EXCHANGE);
        assertThat(decoder.walletBalance()).isEqualTo(1_000_012_345_678L);
        assertThat(decoder.availableBalance()).isEqualTo(-4_200_000_001L);
        assertThat(decoder.equity()).isEqualTo(999_999_999_999L);

        assertFrame(buffer, messageHeader, frameLength, BalanceUpdateDecoder.TEMPLATE_ID,
            BalanceUpdateDecoder.BLOCK_LENGTH, 2_000_005L, 1_672_304_600_400_000_005L, Source.EXCHANGE);
    }

    @Test
    void shouldRoundTripFunding()
    {
        final FundingEncoder encoder = new FundingEncoder().wrapAndApplyHeader(buffer, OFFSET, new MessageHeaderEncoder());
        encoder.header().sequence(2_000_006L).eventTimeNs(1_672_329_600_000_000_006L).source(Source.SIM);
        encoder.symbolId(21).fundingRate(-2_539L).markPrice(1_658_000L).positionSize(-7_000L).payment(-11_868_230L);
        final int frameLength = MessageHeaderEncoder.ENCODED_LENGTH + encoder.encodedLength();

        final FundingDecoder decoder = new FundingDecoder().wrapAndApplyHeader(buffer, OFFSET, messageHeader);
        assertHeader(decoder.header(), 2_000_006L, 1_672_329_600_000_000_006L, Source.SIM);
        assertThat(decoder.symbolId()).isEqualTo(21);
        assertThat(decoder.fundingRate()).isEqualTo(-2_539L);
        assertThat(decoder.markPrice()).isEqualTo(1_658_000L);
        assertThat(decoder.positionSize()).isEqualTo(-7_000L);
        assertThat(decoder.payment()).isEqualTo(-11_868_230L);

        assertFrame(buffer, messageHeader, frameLength, FundingDecoder.TEMPLATE_ID, FundingDecoder.BLOCK_LENGTH,
            2_000_006L, 1_672_329_600_000_000_006L, Source.SIM);
    }
}
