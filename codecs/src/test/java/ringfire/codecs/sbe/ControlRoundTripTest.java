package ringfire.codecs.sbe;

import static org.assertj.core.api.Assertions.assertThat;
import static ringfire.codecs.sbe.Frames.OFFSET;
import static ringfire.codecs.sbe.Frames.assertFrame;
import static ringfire.codecs.sbe.Frames.assertHeader;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

class ControlRoundTripTest
{
    private final UnsafeBuffer buffer = Frames.dirtyBuffer();
    private final MessageHeaderDecoder messageHeader = new MessageHeaderDecoder();

    @Test
    void shouldRoundTripTimerTick()
    {
        final TimerTickEncoder encoder = new TimerTickEncoder()
            .wrapAndApplyHeader(buffer, OFFSET, new MessageHeaderEncoder());
        encoder.header().sequence(3_000_001L).eventTimeNs(1_672_358_400_000_000_000L).source(Source.TIMER);
        encoder.timerId(Integer.MAX_VALUE).kind(TimerKind.DAY_ROLL);
        final int frameLength = MessageHeaderEncoder.ENCODED_LENGTH + encoder.encodedLength();

        final TimerTickDecoder decoder = new TimerTickDecoder().wrapAndApplyHeader(buffer, OFFSET, messageHeader);
        assertHeader(decoder.header(), 3_000_001L, 1_672_358_400_000_000_000L, Source.TIMER);
        assertThat(decoder.timerId()).isEqualTo(Integer.MAX_VALUE);
        assertThat(decoder.kind()).isEqualTo(TimerKind.DAY_ROLL);

        assertFrame(buffer, messageHeader, frameLength, TimerTickDecoder.TEMPLATE_ID, TimerTickDecoder.BLOCK_LENGTH,
            3_000_001L, 1_672_358_400_000_000_000L, Source.TIMER);
    }

    @Test
    void shouldRoundTripAdminCommand()
    {
        final AdminCommandEncoder encoder = new AdminCommandEncoder()
            .wrapAndApplyHeader(buffer, OFFSET, new MessageHeaderEncoder());
        encoder.header().sequence(3_000_002L).eventTimeNs(1_672_358_401_000_000_007L).source(Source.ADMIN);
        encoder.commandId(987_654_321L).action(AdminAction.CANCEL_ALL).symbolId(65_000).argument(Long.MIN_VALUE + 1);
        final int frameLength = MessageHeaderEncoder.ENCODED_LENGTH + encoder.encodedLength();

        final AdminCommandDecoder decoder = new AdminCommandDecoder().wrapAndApplyHeader(buffer, OFFSET, messageHeader);
        assertHeader(decoder.header(), 3_000_002L, 1_672_358_401_000_000_007L, Source.ADMIN);
        assertThat(decoder.commandId()).isEqualTo(987_654_321L);
        assertThat(decoder.action()).isEqualTo(AdminAction.CANCEL_ALL);
        assertThat(decoder.symbolId()).isEqualTo(65_000);
        assertThat(decoder.argument()).isEqualTo(Long.MIN_VALUE + 1);

        assertFrame(buffer, messageHeader, frameLength, AdminCommandDecoder.TEMPLATE_ID,
            AdminCommandDecoder.BLOCK_LENGTH, 3_000_002L, 1_672_358_401_000_000_007L, Source.ADMIN);
    }

    @Test
    void shouldRoundTripGatewayStatus()
    {
        final GatewayStatusEncoder encoder = new GatewayStatusEncoder()
            .wrapAndApplyHeader(buffer, OFFSET, new MessageHeaderEncoder());
        encoder.header().sequence(3_000_003L).eventTimeNs(1_672_358_402_000_000_008L).source(Source.FEED);
        encoder.state(GatewayState.BOOK_GAP).symbolId(17).detail(-42_424_242L);
        final int frameLength = MessageHeaderEncoder.ENCODED_LENGTH + encoder.encodedLength();

        final GatewayStatusDecoder decoder = new GatewayStatusDecoder().wrapAndApplyHeader(buffer, OFFSET, messageHeader);
        assertHeader(decoder.header(), 3_000_003L, 1_672_358_402_000_000_008L, Source.FEED);
        assertThat(decoder.state()).isEqualTo(GatewayState.BOOK_GAP);
        assertThat(decoder.symbolId()).isEqualTo(17);
        assertThat(decoder.detail()).isEqualTo(-42_424_242L);

        assertFrame(buffer, messageHeader, frameLength, GatewayStatusDecoder.TEMPLATE_ID,
            GatewayStatusDecoder.BLOCK_LENGTH, 3_000_003L, 1_672_358_402_000_000_008L, Source.FEED);
    }

    @Test
    void shouldRoundTripSettingChange()
    {
        final SettingChangeEncoder encoder = new SettingChangeEncoder()
            .wrapAndApplyHeader(buffer, OFFSET, new MessageHeaderEncoder());
        encoder.header().sequence(3_000_004L).eventTimeNs(1_672_358_403_000_000_009L).source(Source.ADMIN);
        encoder.commandId(3_000_004L).key("risk.sizing.riskAtHighBalance").value("1000000000.00000000");
        final int frameLength = MessageHeaderEncoder.ENCODED_LENGTH + encoder.encodedLength();

        final SettingChangeDecoder decoder = new SettingChangeDecoder().wrapAndApplyHeader(buffer, OFFSET, messageHeader);
        assertHeader(decoder.header(), 3_000_004L, 1_672_358_403_000_000_009L, Source.ADMIN);
        assertThat(decoder.commandId()).isEqualTo(3_000_004L);
        assertThat(decoder.key()).isEqualTo("risk.sizing.riskAtHighBalance");
        assertThat(decoder.value()).isEqualTo("1000000000.00000000");

        // A shorter value overwrites a longer one completely: the rest is NUL padding, not the old characters.
        encoder.value("true");
        assertThat(decoder.value()).isEqualTo("true");
        assertThat(SettingChangeEncoder.keyLength()).isEqualTo(48);
        assertThat(SettingChangeEncoder.valueLength()).isEqualTo(24);

        assertFrame(buffer, messageHeader, frameLength, SettingChangeDecoder.TEMPLATE_ID,
            SettingChangeDecoder.BLOCK_LENGTH, 3_000_004L, 1_672_358_403_000_000_009L, Source.ADMIN);
    }
}
