package ringfire.codecs.sbe;

import static org.assertj.core.api.Assertions.assertThat;
import static ringfire.codecs.sbe.Frames.OFFSET;
import static ringfire.codecs.sbe.Frames.assertFrame;
import static ringfire.codecs.sbe.Frames.assertHeader;

import java.nio.charset.StandardCharsets;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

class MetadataRoundTripTest
{
    private final UnsafeBuffer buffer = Frames.dirtyBuffer();
    private final MessageHeaderDecoder messageHeader = new MessageHeaderDecoder();

    @Test
    void shouldRoundTripSessionStart()
    {
        final String engineVersion = "ringfire 0.1.0-SNAPSHOT (g1a2b3c) ✓";
        final String configHash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
        final String config = "risk.maxDrawdown=0.15\nsymbols=BTCUSDT,ETHUSDT\nnote=Zürich € 日本 🚀";

        final SessionStartEncoder encoder = new SessionStartEncoder()
            .wrapAndApplyHeader(buffer, OFFSET, new MessageHeaderEncoder());
        encoder.header().sequence(Long.MAX_VALUE).eventTimeNs(1_700_000_000_123_456_789L).source(Source.ENGINE);
        encoder.schemaVersion(65_534);
        encoder.engineVersion(engineVersion).configHash(configHash).config(config);
        final int frameLength = MessageHeaderEncoder.ENCODED_LENGTH + encoder.encodedLength();

        final SessionStartDecoder decoder = new SessionStartDecoder().wrapAndApplyHeader(buffer, OFFSET, messageHeader);
        assertHeader(decoder.header(), Long.MAX_VALUE, 1_700_000_000_123_456_789L, Source.ENGINE);
        assertThat(decoder.schemaVersion()).isEqualTo(65_534);
        assertThat(decoder.engineVersionLength()).isEqualTo(engineVersion.getBytes(StandardCharsets.UTF_8).length);
        assertThat(decoder.engineVersion()).isEqualTo(engineVersion);
        assertThat(decoder.configHash()).isEqualTo(configHash);
        assertThat(decoder.config()).isEqualTo(config);
        assertThat(decoder.limit()).isEqualTo(encoder.limit());

        assertFrame(buffer, messageHeader, frameLength, SessionStartDecoder.TEMPLATE_ID, SessionStartDecoder.BLOCK_LENGTH,
            Long.MAX_VALUE, 1_700_000_000_123_456_789L, Source.ENGINE);
    }

    @Test
    void shouldRoundTripSessionStartWithEmptyStrings()
    {
        final SessionStartEncoder encoder = new SessionStartEncoder()
            .wrapAndApplyHeader(buffer, OFFSET, new MessageHeaderEncoder());
        encoder.header().sequence(0).eventTimeNs(-1L).source(Source.IMPORT);
        encoder.schemaVersion(1);
        encoder.engineVersion("").configHash(null).config("");

        final SessionStartDecoder decoder = new SessionStartDecoder().wrapAndApplyHeader(buffer, OFFSET, messageHeader);
        assertHeader(decoder.header(), 0, -1L, Source.IMPORT);
        assertThat(decoder.schemaVersion()).isEqualTo(1);
        assertThat(decoder.engineVersion()).isEmpty();
        assertThat(decoder.configHash()).isEmpty();
        assertThat(decoder.config()).isEmpty();
        assertThat(decoder.limit()).isEqualTo(encoder.limit())
            .isEqualTo(OFFSET + MessageHeaderEncoder.ENCODED_LENGTH + SessionStartEncoder.BLOCK_LENGTH + 3 * 4);
    }

    @Test
    void shouldRoundTripSymbolDefinition()
    {
        final SymbolDefinitionEncoder encoder = new SymbolDefinitionEncoder()
            .wrapAndApplyHeader(buffer, OFFSET, new MessageHeaderEncoder());
        encoder.header().sequence(2L).eventTimeNs(1_600_000_000_000_000_001L).source(Source.IMPORT);
        encoder.symbolId(65_534).priceScale((short)4).qtyScale((short)254);
        encoder.name("1000PEPEUSDT·永续");
        final int frameLength = MessageHeaderEncoder.ENCODED_LENGTH + encoder.encodedLength();

        final SymbolDefinitionDecoder decoder = new SymbolDefinitionDecoder()
            .wrapAndApplyHeader(buffer, OFFSET, messageHeader);
        assertHeader(decoder.header(), 2L, 1_600_000_000_000_000_001L, Source.IMPORT);
        assertThat(decoder.symbolId()).isEqualTo(65_534);
        assertThat(decoder.priceScale()).isEqualTo((short)4);
        assertThat(decoder.qtyScale()).isEqualTo((short)254);
        assertThat(decoder.name()).isEqualTo("1000PEPEUSDT·永续");
        assertThat(decoder.limit()).isEqualTo(encoder.limit());

        assertFrame(buffer, messageHeader, frameLength, SymbolDefinitionDecoder.TEMPLATE_ID,
            SymbolDefinitionDecoder.BLOCK_LENGTH, 2L, 1_600_000_000_000_000_001L, Source.IMPORT);
    }

    @Test
    void shouldRoundTripRawFrame()
    {
        final byte[] payload = "{\"topic\":\"publicTrade.BTCUSDT\",\"data\":[]}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        final RawFrameEncoder encoder = new RawFrameEncoder().wrapAndApplyHeader(buffer, OFFSET, new MessageHeaderEncoder());
        encoder.header().sequence(-1L).eventTimeNs(1_672_304_486_868_000_021L).source(Source.FEED);
        encoder.receivedNs(1_672_304_486_868_123_456L).putPayload(payload, 0, payload.length);
        final int frameLength = MessageHeaderEncoder.ENCODED_LENGTH + encoder.encodedLength();

        final RawFrameDecoder decoder = new RawFrameDecoder().wrapAndApplyHeader(buffer, OFFSET, messageHeader);
        assertHeader(decoder.header(), -1L, 1_672_304_486_868_000_021L, Source.FEED);
        assertThat(decoder.receivedNs()).isEqualTo(1_672_304_486_868_123_456L);
        final byte[] read = new byte[decoder.payloadLength()];
        decoder.getPayload(read, 0, read.length);
        assertThat(read).isEqualTo(payload);
        assertThat(ringfire.codecs.EventView.isMetadata(buffer, OFFSET)).isTrue();
        assertThat(ringfire.codecs.EventView.isDecision(buffer, OFFSET)).isFalse();
        assertThat(frameLength).isEqualTo(MessageHeaderEncoder.ENCODED_LENGTH + RawFrameEncoder.BLOCK_LENGTH + 4 + payload.length);
    }

    @Test
    void shouldRoundTripSessionEnd()
    {
        final SessionEndEncoder encoder = new SessionEndEncoder()
            .wrapAndApplyHeader(buffer, OFFSET, new MessageHeaderEncoder());
        encoder.header().sequence(5_000_001L).eventTimeNs(1_700_000_360_000_000_000L).source(Source.ENGINE);
        encoder.reason(EndReason.SIGNAL).inputs(Long.MAX_VALUE - 1).faults(3);
        final int frameLength = MessageHeaderEncoder.ENCODED_LENGTH + encoder.encodedLength();

        final SessionEndDecoder decoder = new SessionEndDecoder().wrapAndApplyHeader(buffer, OFFSET, messageHeader);
        assertHeader(decoder.header(), 5_000_001L, 1_700_000_360_000_000_000L, Source.ENGINE);
        assertThat(decoder.reason()).isEqualTo(EndReason.SIGNAL);
        assertThat(decoder.inputs()).isEqualTo(Long.MAX_VALUE - 1);
        assertThat(decoder.faults()).isEqualTo(3);

        assertFrame(buffer, messageHeader, frameLength, SessionEndDecoder.TEMPLATE_ID, SessionEndDecoder.BLOCK_LENGTH,
            5_000_001L, 1_700_000_360_000_000_000L, Source.ENGINE);
    }
}
