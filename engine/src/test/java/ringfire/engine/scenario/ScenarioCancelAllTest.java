package ringfire.engine.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringfire.codecs.sbe.AdminAction;
import ringfire.codecs.sbe.OrderState;
import ringfire.codecs.sbe.OrderStatusDecoder;
import ringfire.codecs.sbe.MessageHeaderDecoder;
import ringfire.codecs.EventView;
import ringfire.engine.settings.EngineSettings;
import ringfire.engine.testing.Inputs;
import ringfire.engine.testing.JournalFrames;
import ringfire.engine.testing.JournaledDecisions;
import ringfire.engine.testing.ScenarioRun;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** An operator CANCEL_ALL cancels the entry waiting for the next price: no fill, a journaled OrderStatus. */
class ScenarioCancelAllTest
{
    @Test
    void shouldCancelThePendingEntry(@TempDir final Path dir)
    {
        final EngineSettings settings = EngineSettings.defaults()
            .with("strategy.params.fast", "1").with("strategy.params.slow", "2");
        try (ScenarioRun run = ScenarioRun.start(dir, settings, Inputs.BTC, java.time.Instant.parse("2025-06-01T00:00:00Z")))
        {
            run.leadInToBuyAt10000("5");
            run.admin(AdminAction.CANCEL_ALL);
            run.bar("10000", "10010", "9995", "10005");
            run.finish();
        }
        final JournaledDecisions d = JournaledDecisions.read(dir);
        assertThat(d.intents()).hasSize(1);
        assertThat(d.fills()).isEmpty();
        final MessageHeaderDecoder header = new MessageHeaderDecoder();
        final long cancelled = JournalFrames.decisions(dir).stream()
            .filter(f -> EventView.templateId(f, 0) == OrderStatusDecoder.TEMPLATE_ID)
            .map(f -> new OrderStatusDecoder().wrapAndApplyHeader(f, 0, header))
            .filter(s -> s.state() == OrderState.CANCELLED && s.clientOrderId() == d.intents().get(0).clientOrderId())
            .count();
        assertThat(cancelled).isEqualTo(1);
        ScenarioRun.assertReplaysTo(dir, d);
    }
}
