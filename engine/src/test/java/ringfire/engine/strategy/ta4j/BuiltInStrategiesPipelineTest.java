package ringfire.engine.strategy.ta4j;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringfire.codecs.EventView;
import ringfire.codecs.sbe.MessageHeaderDecoder;
import ringfire.codecs.sbe.SignalDecoder;
import ringfire.engine.pipeline.PipelineConfig;
import ringfire.engine.replay.FrameRenderer;
import ringfire.engine.replay.ReplayResult;
import ringfire.engine.replay.Replayer;
import ringfire.engine.settings.EngineSettings;
import ringfire.engine.strategy.Strategies;
import ringfire.engine.strategy.StrategyFactory;
import ringfire.engine.testing.JournalFrames;
import ringfire.engine.testing.Sessions;
import ringfire.journal.DecisionHash;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every registered strategy runs through the real pipeline on a day of real BTC and ETH 1m bars, and the journal
 * it leaves replays to the same decisions.
 */
class BuiltInStrategiesPipelineTest
{
    private static final FrameRenderer TEMPLATE_AND_SEQ = (buffer, offset, length) ->
        "template " + EventView.templateId(buffer, offset) + " seq " + EventView.sequence(buffer, offset);

    @Test
    void shouldRecordAndReplayEveryRegisteredStrategyOnRealBars(@TempDir final Path tmp)
    {
        final Map<String, Long> signalsByStrategy = new TreeMap<>();
        for (final StrategyFactory factory : Strategies.all())
        {
            final Path dir = tmp.resolve(factory.name());
            Sessions.record(dir, EngineSettings.defaults().with("strategy.name", factory.name()),
                PipelineConfig.Mode.SINGLE);
            final List<UnsafeBuffer> recorded = JournalFrames.decisions(dir);

            final ReplayResult result = new Replayer(
                new PipelineConfig(PipelineConfig.Mode.SINGLE, PipelineConfig.Wait.BLOCKING, 1024), List.of(),
                TEMPLATE_AND_SEQ).replay(dir);

            assertThat(result.ok()).as("%s divergence: %s", factory.name(), result.divergence()).isTrue();
            assertThat(result.decisions()).as(factory.name()).isEqualTo(recorded.size());
            assertThat(result.hash()).as(factory.name()).isEqualTo(hashOf(recorded));
            assertThat(result.faults()).as(factory.name()).isZero();

            final SignalDecoder signal = new SignalDecoder();
            final MessageHeaderDecoder header = new MessageHeaderDecoder();
            final List<UnsafeBuffer> signals = recorded.stream()
                .filter(f -> EventView.templateId(f, 0) == SignalDecoder.TEMPLATE_ID).toList();
            signals.forEach(f -> assertThat(signal.wrapAndApplyHeader(f, 0, header).strategyId())
                .as(factory.name()).isEqualTo(factory.id()));
            signalsByStrategy.put(factory.name(), (long)signals.size());
        }

        assertThat(signalsByStrategy).hasSize(Strategies.all().size()).containsKeys("ema-cross", "momentum-adx",
            "mean-reversion", "macd", "supertrend", "keltner-breakout", "ichimoku");
        assertThat(signalsByStrategy.values()).as("signals per strategy: %s", signalsByStrategy)
            .anySatisfy(n -> assertThat(n).isPositive());
        System.out.println("signals per strategy on the recorded day: " + signalsByStrategy);
    }

    private static String hashOf(final List<UnsafeBuffer> frames)
    {
        final DecisionHash hash = new DecisionHash();
        frames.forEach(f -> hash.update(f, 0, f.capacity()));
        return hash.hex();
    }
}
