package ringfire.engine.session;

import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import ringfire.codecs.EventView;
import ringfire.codecs.sbe.MessageHeaderEncoder;
import ringfire.codecs.sbe.SettingAppliedEncoder;
import ringfire.codecs.sbe.SettingResult;
import ringfire.codecs.sbe.Source;
import ringfire.engine.settings.EngineSettings;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The egress-side settings follow APPLIED SettingApplied decisions only, and every decision passes on. */
class AppliedSettingsTest
{
    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[256]);
    private final List<Long> passedOn = new ArrayList<>();

    @Test
    void shouldFoldInAppliedChangesOnlyAndPassEveryDecisionOn()
    {
        final EngineSettings start = EngineSettings.defaults();
        final AppliedSettings applied = new AppliedSettings(start,
            (DirectBuffer b, int offset, int length) -> passedOn.add(EventView.sequence(b, offset)));

        applied.onDecision(buffer, 0, encode(7, "risk.drawdownPause", "0.25000000", SettingResult.INVALID_VALUE));
        assertThat(applied.current()).isSameAs(start);

        applied.onDecision(buffer, 0, encode(8, "risk.drawdownPause", "0.10000000", SettingResult.APPLIED));
        assertThat(applied.current().risk().drawdownPause()).isEqualTo(10_000_000L);
        assertThat(applied.current().toMap().get("risk.drawdownPause")).isEqualTo("0.10000000");
        assertThat(applied.current().with("risk.drawdownPause", "0.15")).isEqualTo(start);
        assertThat(passedOn).containsExactly(7L, 8L);
    }

    private int encode(final long sequence, final String key, final String value, final SettingResult result)
    {
        final SettingAppliedEncoder encoder = new SettingAppliedEncoder()
            .wrapAndApplyHeader(buffer, 0, new MessageHeaderEncoder());
        encoder.header().sequence(sequence).eventTimeNs(1).source(Source.ENGINE);
        encoder.commandId(sequence).key(key).value(value).result(result).previousValue("0.15000000");
        return MessageHeaderEncoder.ENCODED_LENGTH + encoder.encodedLength();
    }
}
