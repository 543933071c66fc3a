package ringfire.codecs.sbe;

import static org.assertj.core.api.Assertions.assertThat;
import static ringfire.codecs.sbe.Frames.OFFSET;
import static ringfire.codecs.sbe.Frames.assertFrame;
import static ringfire.codecs.sbe.Frames.assertHeader;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

/** Decisions carry source ENGINE and the sequence of the input that caused them. */
class DecisionRoundTripTest
{
    private final UnsafeBuffer buffer = Frames.dirtyBuffer();
    private final MessageHeaderDecoder messageHeader = new MessageHeaderDecoder();

    @Test
    void shouldRoundTripSignal()
    {
        final SignalEncoder encoder = new SignalEncoder().wrapAndApplyHeader(buffer, OFFSET, new MessageHeaderEncoder());
        encoder.header().sequence(4_000_001L).eventTimeNs(1_672_304_486_868_000_011L).source(Source.ENGINE);
        encoder.strategyId(-3).symbolId(60_000).side(Side.SELL).confidence(87_500_000L)
            .referencePrice(1_657_850L).stopPrice(1_674_400L).takeProfitPrice(1_608_100L);
        final int frameLength = MessageHeaderEncoder.ENCODED_LENGTH + encoder.encodedLength();

        final SignalDecoder decoder = new SignalDecoder().wrapAndApplyHeader(buffer, OFFSET, messageHeader);
        assertHeader(decoder.header(), 4_000_001L, 1_672_304_486_868_000_011L, Source.ENGINE);
        assertThat(decoder.strategyId()).isEqualTo(-3);
        assertThat(decoder.symbolId()).isEqualTo(60_000);
        assertThat(decoder.side()).isEqualTo(Side.SELL);
        assertThat(decoder.confidence()).isEqualTo(87_500_000L);
        assertThat(decoder.referencePrice()).isEqualTo(1_657_850L);
        assertThat(decoder.stopPrice()).isEqualTo(1_674_400L);
        assertThat(decoder.takeProfitPrice()).isEqualTo(1_608_100L);

        assertFrame(buffer, messageHeader, frameLength, SignalDecoder.TEMPLATE_ID, SignalDecoder.BLOCK_LENGTH,
            4_000_001L, 1_672_304_486_868_000_011L, Source.ENGINE);
    }

    @Test
    void shouldRoundTripOrderIntent()
    {
        final OrderIntentEncoder encoder = new OrderIntentEncoder()
            .wrapAndApplyHeader(buffer, OFFSET, new MessageHeaderEncoder());
        encoder.header().sequence(4_000_002L).eventTimeNs(1_672_304_486_868_000_012L).source(Source.ENGINE);
        encoder.clientOrderId(5_000_000_000L).symbolId(2).side(Side.BUY).purpose(OrderPurpose.EXIT)
            .qty(7_000L).limitPrice(1_657_900L);
        final int frameLength = MessageHeaderEncoder.ENCODED_LENGTH + encoder.encodedLength();

        final OrderIntentDecoder decoder = new OrderIntentDecoder().wrapAndApplyHeader(buffer, OFFSET, messageHeader);
        assertHeader(decoder.header(), 4_000_002L, 1_672_304_486_868_000_012L, Source.ENGINE);
        assertThat(decoder.clientOrderId()).isEqualTo(5_000_000_000L);
        assertThat(decoder.symbolId()).isEqualTo(2);
        assertThat(decoder.side()).isEqualTo(Side.BUY);
        assertThat(decoder.purpose()).isEqualTo(OrderPurpose.EXIT);
        assertThat(decoder.qty()).isEqualTo(7_000L);
        assertThat(decoder.limitPrice()).isEqualTo(1_657_900L);

        assertFrame(buffer, messageHeader, frameLength, OrderIntentDecoder.TEMPLATE_ID, OrderIntentDecoder.BLOCK_LENGTH,
            4_000_002L, 1_672_304_486_868_000_012L, Source.ENGINE);
    }

    @Test
    void shouldRoundTripRiskReject()
    {
        final RiskRejectEncoder encoder = new RiskRejectEncoder()
            .wrapAndApplyHeader(buffer, OFFSET, new MessageHeaderEncoder());
        encoder.header().sequence(4_000_003L).eventTimeNs(1_672_304_486_868_000_013L).source(Source.ENGINE);
        encoder.symbolId(44).side(Side.SELL).reason(RiskReason.NO_PRICE).qty(15_000L).detail(-987_654_321_000L);
        final int frameLength = MessageHeaderEncoder.ENCODED_LENGTH + encoder.encodedLength();

        final RiskRejectDecoder decoder = new RiskRejectDecoder().wrapAndApplyHeader(buffer, OFFSET, messageHeader);
        assertHeader(decoder.header(), 4_000_003L, 1_672_304_486_868_000_013L, Source.ENGINE);
        assertThat(decoder.symbolId()).isEqualTo(44);
        assertThat(decoder.side()).isEqualTo(Side.SELL);
        assertThat(decoder.reason()).isEqualTo(RiskReason.NO_PRICE);
        assertThat(decoder.qty()).isEqualTo(15_000L);
        assertThat(decoder.detail()).isEqualTo(-987_654_321_000L);

        assertFrame(buffer, messageHeader, frameLength, RiskRejectDecoder.TEMPLATE_ID, RiskRejectDecoder.BLOCK_LENGTH,
            4_000_003L, 1_672_304_486_868_000_013L, Source.ENGINE);
    }

    @Test
    void shouldRoundTripExitTriggered()
    {
        final ExitTriggeredEncoder encoder = new ExitTriggeredEncoder()
            .wrapAndApplyHeader(buffer, OFFSET, new MessageHeaderEncoder());
        encoder.header().sequence(4_000_004L).eventTimeNs(1_672_304_486_868_000_014L).source(Source.ENGINE);
        encoder.symbolId(45).reason(ExitReason.END_OF_DATA).triggerPrice(1_699_990L).positionSize(-3_141L);
        final int frameLength = MessageHeaderEncoder.ENCODED_LENGTH + encoder.encodedLength();

        final ExitTriggeredDecoder decoder = new ExitTriggeredDecoder().wrapAndApplyHeader(buffer, OFFSET, messageHeader);
        assertHeader(decoder.header(), 4_000_004L, 1_672_304_486_868_000_014L, Source.ENGINE);
        assertThat(decoder.symbolId()).isEqualTo(45);
        assertThat(decoder.reason()).isEqualTo(ExitReason.END_OF_DATA);
        assertThat(decoder.triggerPrice()).isEqualTo(1_699_990L);
        assertThat(decoder.positionSize()).isEqualTo(-3_141L);

        assertFrame(buffer, messageHeader, frameLength, ExitTriggeredDecoder.TEMPLATE_ID,
            ExitTriggeredDecoder.BLOCK_LENGTH, 4_000_004L, 1_672_304_486_868_000_014L, Source.ENGINE);
    }

    @Test
    void shouldRoundTripTradingStateChange()
    {
        final TradingStateChangeEncoder encoder = new TradingStateChangeEncoder()
            .wrapAndApplyHeader(buffer, OFFSET, new MessageHeaderEncoder());
        encoder.header().sequence(4_000_005L).eventTimeNs(1_672_304_486_868_000_015L).source(Source.ENGINE);
        encoder.fromState(TradingState.PAUSED).toState(TradingState.HALTED).reason(StateReason.DRAWDOWN_HARD);
        final int frameLength = MessageHeaderEncoder.ENCODED_LENGTH + encoder.encodedLength();

        final TradingStateChangeDecoder decoder = new TradingStateChangeDecoder()
            .wrapAndApplyHeader(buffer, OFFSET, messageHeader);
        assertHeader(decoder.header(), 4_000_005L, 1_672_304_486_868_000_015L, Source.ENGINE);
        assertThat(decoder.fromState()).isEqualTo(TradingState.PAUSED);
        assertThat(decoder.toState()).isEqualTo(TradingState.HALTED);
        assertThat(decoder.reason()).isEqualTo(StateReason.DRAWDOWN_HARD);

        assertFrame(buffer, messageHeader, frameLength, TradingStateChangeDecoder.TEMPLATE_ID,
            TradingStateChangeDecoder.BLOCK_LENGTH, 4_000_005L, 1_672_304_486_868_000_015L, Source.ENGINE);
    }

    @Test
    void shouldRoundTripExitPlanState()
    {
        final ExitPlanStateEncoder encoder = new ExitPlanStateEncoder()
            .wrapAndApplyHeader(buffer, OFFSET, new MessageHeaderEncoder());
        encoder.header().sequence(4_000_006L).eventTimeNs(1_672_304_486_868_000_016L).source(Source.ENGINE);
        encoder.symbolId(1_023).side(PositionSide.SHORT).entryPrice(1_657_850L).remainingQty(7_001L)
            .stopPrice(1_690_000L).takeProfitPrice(1_500_000L).trailingStopPrice(1_640_010L)
            .pullbackPrice(1_645_020L).peakPnl(16_250_000L).tier((short)2).partialsDone((short)254)
            .ttlDeadlineNs(1_672_434_086_868_000_000L);
        final int frameLength = MessageHeaderEncoder.ENCODED_LENGTH + encoder.encodedLength();

        final ExitPlanStateDecoder decoder = new ExitPlanStateDecoder().wrapAndApplyHeader(buffer, OFFSET, messageHeader);
        assertHeader(decoder.header(), 4_000_006L, 1_672_304_486_868_000_016L, Source.ENGINE);
        assertThat(decoder.symbolId()).isEqualTo(1_023);
        assertThat(decoder.side()).isEqualTo(PositionSide.SHORT);
        assertThat(decoder.entryPrice()).isEqualTo(1_657_850L);
        assertThat(decoder.remainingQty()).isEqualTo(7_001L);
        assertThat(decoder.stopPrice()).isEqualTo(1_690_000L);
        assertThat(decoder.takeProfitPrice()).isEqualTo(1_500_000L);
        assertThat(decoder.trailingStopPrice()).isEqualTo(1_640_010L);
        assertThat(decoder.pullbackPrice()).isEqualTo(1_645_020L);
        assertThat(decoder.peakPnl()).isEqualTo(16_250_000L);
        assertThat(decoder.tier()).isEqualTo((short)2);
        assertThat(decoder.partialsDone()).isEqualTo((short)254);
        assertThat(decoder.ttlDeadlineNs()).isEqualTo(1_672_434_086_868_000_000L);

        assertFrame(buffer, messageHeader, frameLength, ExitPlanStateDecoder.TEMPLATE_ID,
            ExitPlanStateDecoder.BLOCK_LENGTH, 4_000_006L, 1_672_304_486_868_000_016L, Source.ENGINE);
    }

    @Test
    void shouldRoundTripSettingApplied()
    {
        final SettingAppliedEncoder encoder = new SettingAppliedEncoder()
            .wrapAndApplyHeader(buffer, OFFSET, new MessageHeaderEncoder());
        encoder.header().sequence(4_000_007L).eventTimeNs(1_672_304_486_868_000_017L).source(Source.ENGINE);
        encoder.commandId(4_000_007L).key("risk.drawdownPause").value("0.10000000").result(SettingResult.APPLIED)
            .previousValue("0.15000000");
        final int frameLength = MessageHeaderEncoder.ENCODED_LENGTH + encoder.encodedLength();

        final SettingAppliedDecoder decoder = new SettingAppliedDecoder()
            .wrapAndApplyHeader(buffer, OFFSET, messageHeader);
        assertHeader(decoder.header(), 4_000_007L, 1_672_304_486_868_000_017L, Source.ENGINE);
        assertThat(decoder.commandId()).isEqualTo(4_000_007L);
        assertThat(decoder.key()).isEqualTo("risk.drawdownPause");
        assertThat(decoder.value()).isEqualTo("0.10000000");
        assertThat(decoder.result()).isEqualTo(SettingResult.APPLIED);
        assertThat(decoder.previousValue()).isEqualTo("0.15000000");

        encoder.result(SettingResult.UNKNOWN_KEY).previousValue("");
        assertThat(decoder.result()).isEqualTo(SettingResult.UNKNOWN_KEY);
        assertThat(decoder.previousValue()).isEmpty();

        assertFrame(buffer, messageHeader, frameLength, SettingAppliedDecoder.TEMPLATE_ID,
            SettingAppliedDecoder.BLOCK_LENGTH, 4_000_007L, 1_672_304_486_868_000_017L, Source.ENGINE);
    }
}
