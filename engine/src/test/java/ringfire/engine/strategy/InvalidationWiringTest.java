package ringfire.engine.strategy;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringfire.codecs.sbe.ExitReason;
import ringfire.codecs.sbe.ExitTriggeredDecoder;
import ringfire.codecs.sbe.MessageHeaderDecoder;
import ringfire.codecs.EventView;
import ringfire.engine.pipeline.PipelineConfig;
import ringfire.engine.settings.EngineSettings;
import ringfire.engine.testing.JournalFrames;
import ringfire.engine.testing.Sessions;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The strategy's invalidation rule reaches the exit plans through the real pipeline, only when enabled. */
class InvalidationWiringTest
{
    private static long invalidatedExits(final Path dir)
    {
        final List<UnsafeBuffer> decisions = JournalFrames.decisions(dir);
        final ExitTriggeredDecoder exit = new ExitTriggeredDecoder();
        final MessageHeaderDecoder header = new MessageHeaderDecoder();
        return decisions.stream()
            .filter(f -> EventView.templateId(f, 0) == ExitTriggeredDecoder.TEMPLATE_ID)
            .filter(f -> exit.wrapAndApplyHeader(f, 0, header).reason() == ExitReason.INVALIDATED)
            .count();
    }

    @Test
    void shouldExitOnInvalidationOnlyWhenTheStrategyAttachesTheRule(@TempDir final Path tmp)
    {
        final Path off = tmp.resolve("off");
        final Path on = tmp.resolve("on");
        Sessions.record(off, EngineSettings.defaults(), PipelineConfig.Mode.SINGLE);
        Sessions.record(on, EngineSettings.defaults().with("strategy.params.invalidate", "true"),
            PipelineConfig.Mode.SINGLE);

        assertThat(invalidatedExits(off)).isZero();
        assertThat(invalidatedExits(on)).isPositive();
    }
}
