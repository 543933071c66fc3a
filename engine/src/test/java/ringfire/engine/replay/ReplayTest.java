package ringfire.engine.replay;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringfire.codecs.EventView;
import ringfire.codecs.sbe.OrderIntentDecoder;
import ringfire.codecs.sbe.OrderRequestDecoder;
import ringfire.codecs.sbe.RiskRejectDecoder;
import ringfire.codecs.sbe.SignalDecoder;
import ringfire.codecs.sbe.TradingStateChangeDecoder;
import ringfire.engine.pipeline.PipelineConfig;
import ringfire.engine.settings.EngineSettings;
import ringfire.engine.testing.JournalFrames;
import ringfire.engine.testing.Sessions;
import ringfire.journal.DecisionHash;
import ringfire.journal.JournalException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReplayTest
{
    private static final FrameRenderer TEMPLATE_AND_SEQ = (buffer, offset, length) ->
        "template " + EventView.templateId(buffer, offset) + " seq " + EventView.sequence(buffer, offset);

    private static Replayer replayer(final String... overrides)
    {
        return new Replayer(new PipelineConfig(PipelineConfig.Mode.SINGLE, PipelineConfig.Wait.BLOCKING, 1024),
            List.of(overrides), TEMPLATE_AND_SEQ);
    }

    private static String hashOf(final List<UnsafeBuffer> frames)
    {
        final DecisionHash hash = new DecisionHash();
        frames.forEach(f -> hash.update(f, 0, f.capacity()));
        return hash.hex();
    }

    private static Map<Integer, Long> countByTemplate(final List<UnsafeBuffer> frames)
    {
        final Map<Integer, Long> counts = new TreeMap<>();
        frames.forEach(f -> counts.merge(EventView.templateId(f, 0), 1L, Long::sum));
        return counts;
    }

    @Test
    void shouldReplayRecordedSessionToTheSameDecisions(@TempDir final Path dir)
    {
        Sessions.record(dir, EngineSettings.defaults(), PipelineConfig.Mode.SINGLE);
        final List<UnsafeBuffer> recorded = JournalFrames.decisions(dir);
        final Map<Integer, Long> byType = countByTemplate(recorded);
        assertThat(byType).containsKeys(SignalDecoder.TEMPLATE_ID, OrderIntentDecoder.TEMPLATE_ID,
            OrderRequestDecoder.TEMPLATE_ID, RiskRejectDecoder.TEMPLATE_ID, TradingStateChangeDecoder.TEMPLATE_ID);
        assertThat(byType.get(TradingStateChangeDecoder.TEMPLATE_ID)).isEqualTo(3);

        final ReplayResult result = replayer().replay(dir);

        assertThat(result.ok()).as("divergence: %s", result.divergence()).isTrue();
        assertThat(result.decisions()).isEqualTo(recorded.size());
        assertThat(result.inputs()).isEqualTo(JournalFrames.inputs(dir).size());
        assertThat(result.hash()).isEqualTo(hashOf(recorded));
        assertThat(result.sessions()).isEqualTo(1);
    }

    @Test
    void shouldReportFirstDivergenceWhenAStrategyParameterChanges(@TempDir final Path tmp)
    {
        final Path original = tmp.resolve("slow20");
        final Path changed = tmp.resolve("slow21");
        Sessions.record(original, EngineSettings.defaults(), PipelineConfig.Mode.SINGLE);
        Sessions.record(changed, EngineSettings.defaults().with("strategy.params.slow", "21"), PipelineConfig.Mode.SINGLE);
        final long expectedSequence = firstDifference(JournalFrames.decisions(original), JournalFrames.decisions(changed));

        final ReplayResult result = replayer("strategy.params.slow=21").replay(original);

        assertThat(result.ok()).isFalse();
        assertThat(result.divergence().sequence()).isEqualTo(expectedSequence);
        assertThat(result.divergence().expected() + result.divergence().actual()).contains("seq " + expectedSequence);
        assertThat(replayer("strategy.params.slow=20").replay(original).ok()).isTrue();
    }

    /** Sequence of the first decision that differs between two recordings, found independently of the replayer. */
    private static long firstDifference(final List<UnsafeBuffer> a, final List<UnsafeBuffer> b)
    {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++)
        {
            if (!a.get(i).equals(b.get(i)))
            {
                return Math.min(EventView.sequence(a.get(i), 0), EventView.sequence(b.get(i), 0));
            }
        }
        throw new AssertionError("recordings do not differ");
    }

    @Test
    void shouldMakeTheSameDecisionsWhenTheJournalRunsInParallel(@TempDir final Path tmp)
    {
        final Path single = tmp.resolve("single");
        final Path parallel = tmp.resolve("parallel");
        Sessions.record(single, EngineSettings.defaults(), PipelineConfig.Mode.SINGLE);
        Sessions.record(parallel, EngineSettings.defaults(), PipelineConfig.Mode.JOURNAL_PARALLEL);

        assertThat(hashOf(JournalFrames.decisions(parallel))).isEqualTo(hashOf(JournalFrames.decisions(single)));
        final ReplayResult result = replayer().replay(parallel);
        assertThat(result.ok()).isTrue();
        assertThat(result.hash()).isEqualTo(hashOf(JournalFrames.decisions(single)));
    }

    @Test
    void shouldContinueTheJournalAcrossRestartsAndReplayEachSession(@TempDir final Path dir)
    {
        Sessions.record(dir, EngineSettings.defaults(), PipelineConfig.Mode.SINGLE, 0, 600);
        Sessions.record(dir, EngineSettings.defaults(), PipelineConfig.Mode.SINGLE, 600, 1440);

        final List<UnsafeBuffer> inputs = JournalFrames.inputs(dir);
        for (int i = 1; i < inputs.size(); i++)
        {
            assertThat(EventView.sequence(inputs.get(i), 0)).isEqualTo(EventView.sequence(inputs.get(i - 1), 0) + 1);
        }
        final ReplayResult result = replayer().replay(dir);
        assertThat(result.ok()).as("divergence: %s", result.divergence()).isTrue();
        assertThat(result.sessions()).isEqualTo(2);
        assertThat(result.hash()).isEqualTo(hashOf(JournalFrames.decisions(dir)));
    }

    @Test
    void shouldRefuseAPathThatIsNotAJournal(@TempDir final Path dir) throws Exception
    {
        assertThatThrownBy(() -> replayer().replay(dir.resolve("missing")))
            .isInstanceOf(JournalException.class).hasMessageContaining("not a journal");
        Files.writeString(dir.resolve("notes.txt"), "hello");
        assertThatThrownBy(() -> replayer().replay(dir)).isInstanceOf(JournalException.class)
            .hasMessageContaining("not a journal");
    }

    @Test
    void shouldRejectAnUnknownOverride(@TempDir final Path dir)
    {
        Sessions.record(dir, EngineSettings.defaults(), PipelineConfig.Mode.SINGLE, 0, 50);
        assertThatThrownBy(() -> replayer("strategy.nope=1").replay(dir))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown setting 'strategy.nope'");
    }
}
