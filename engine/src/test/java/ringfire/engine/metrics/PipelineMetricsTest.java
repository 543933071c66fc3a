package ringfire.engine.metrics;

import org.agrona.DirectBuffer;
import org.agrona.concurrent.SystemNanoClock;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import ringfire.codecs.EventView;
import ringfire.codecs.sbe.BarDecoder;
import ringfire.engine.pipeline.PipelineConfig;
import ringfire.engine.settings.EngineSettings;
import ringfire.engine.testing.BarFile;
import ringfire.engine.testing.Inputs;
import ringfire.engine.testing.JournalFrames;
import ringfire.engine.testing.JournaledDecisions;
import ringfire.engine.testing.Sessions;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Metrics through the real pipeline: a day of real BTC and ETH bars, stamped with a receipt time as the gateway
 * does, with the operator pausing, resuming and halting (rejects; exits from the plans and the strategy). Every count must equal what the
 * journal holds; no assertion is about time.
 */
class PipelineMetricsTest
{

    @ParameterizedTest
    @EnumSource(PipelineConfig.Mode.class)
    void shouldCountWhatTheJournalHoldsAndTimeEveryStep(final PipelineConfig.Mode mode, @TempDir final Path dir)
    {
        final RecordingMetrics metrics = new RecordingMetrics(SystemNanoClock.INSTANCE);
        final int bars = record(dir, mode, metrics);
        final MetricsSnapshot m = metrics.snapshot();

        final List<UnsafeBuffer> inputs = JournalFrames.inputs(dir);
        final List<UnsafeBuffer> decisions = JournalFrames.decisions(dir);
        assertThat(m.events()).isEqualTo(countByType(inputs));
        assertThat(m.events().get("BAR")).isEqualTo(2L * bars);
        assertThat(m.decisions()).isEqualTo(countByType(decisions));
        assertThat(m.journalInputBytes()).isEqualTo(inputs.stream().mapToLong(DirectBuffer::capacity).sum());
        assertThat(m.journalDecisionBytes()).isEqualTo(decisions.stream().mapToLong(DirectBuffer::capacity).sum());

        final JournaledDecisions journaled = JournaledDecisions.read(dir);
        final Map<String, Long> rejects = journaled.rejects().stream()
            .collect(Collectors.groupingBy(r -> r.reason().name(), TreeMap::new, Collectors.counting()));
        final Map<String, Long> exits = journaled.exits().stream()
            .collect(Collectors.groupingBy(e -> e.reason().name(), TreeMap::new, Collectors.counting()));
        assertThat(rejects).as("the session rejects entries while paused").containsKey("TRADING_STATE");
        assertThat(exits).as("positions are closed by their exit plans and the strategy").isNotEmpty();
        assertThat(nonZero(m.riskRejects())).isEqualTo(rejects);
        assertThat(nonZero(m.exits())).isEqualTo(exits);
        assertThat(m.riskRejects()).containsEntry("DAILY_LOSS", rejects.getOrDefault("DAILY_LOSS", 0L));

        final long inputCount = inputs.size();
        final long withDecisions = decisions.stream().map(d -> EventView.sequence(d, 0)).distinct().count();
        for (final String stage : List.of("journal_input", "risk", "exit_plan", "strategy", "execution"))
        {
            assertThat(m.steps().get(stage).count()).as(stage).isEqualTo(inputCount);
        }
        assertThat(m.steps().get("journal_decisions").count()).isEqualTo(withDecisions);
        assertThat(m.steps().get("egress").count()).isEqualTo(withDecisions);

        final long barsWithDecisions = decisions.stream()
            .map(d -> EventView.sequence(d, 0)).distinct()
            .filter(seq -> inputs.stream().anyMatch(i -> EventView.sequence(i, 0) == seq
                && EventView.templateId(i, 0) == BarDecoder.TEMPLATE_ID))
            .count();
        assertThat(m.endToEnd().get("frame_to_pipeline").count()).isEqualTo(2L * bars);
        assertThat(m.endToEnd().get("frame_to_processed").count()).isEqualTo(2L * bars);
        assertThat(m.endToEnd().get("frame_to_decision").count()).isEqualTo(barsWithDecisions).isPositive();
        for (final Latency latency : m.endToEnd().values())
        {
            assertMonotone(latency);
            assertThat(latency.maxNs()).as("a frame is received before it is processed").isPositive();
        }
        m.steps().values().forEach(PipelineMetricsTest::assertMonotone);
    }

    @Test
    void shouldNotChangeDecisionsOrTheJournal(@TempDir final Path dir)
    {
        record(dir.resolve("off"), PipelineConfig.Mode.SINGLE, PipelineMetrics.OFF);
        record(dir.resolve("on"), PipelineConfig.Mode.SINGLE, new RecordingMetrics(SystemNanoClock.INSTANCE));
        final List<UnsafeBuffer> off = JournalFrames.all(dir.resolve("off"));
        final List<UnsafeBuffer> on = JournalFrames.all(dir.resolve("on"));
        assertThat(on).hasSameSizeAs(off);
        for (int i = 0; i < off.size(); i++)
        {
            assertThat(on.get(i).byteArray()).as("record %d", i).isEqualTo(off.get(i).byteArray());
        }
    }

    @Test
    void shouldMakeNoCallAtAllWhenDisabled(@TempDir final Path dir)
    {
        final AtomicLong calls = new AtomicLong();
        final PipelineMetrics disabled = new PipelineMetrics()
        {
            @Override
            public boolean enabled()
            {
                return false;
            }

            @Override
            public long nanoTime()
            {
                calls.incrementAndGet();
                return 0;
            }

            @Override
            public void step(final PipelineStep step, final long startNs, final long endNs)
            {
                calls.incrementAndGet();
            }

            @Override
            public void inputJournaled(final int bytes)
            {
                calls.incrementAndGet();
            }

            @Override
            public void decisionReleased(final DirectBuffer buffer, final int offset, final int length)
            {
                calls.incrementAndGet();
            }

            @Override
            public void eventDone(final DirectBuffer input, final int templateId, final long receivedNs,
                final long startNs, final long endNs, final boolean released)
            {
                calls.incrementAndGet();
            }
        };
        record(dir.resolve("single"), PipelineConfig.Mode.SINGLE, disabled);
        record(dir.resolve("parallel"), PipelineConfig.Mode.JOURNAL_PARALLEL, disabled);
        assertThat(calls.get()).isZero();
    }

    /** Records the session with the metrics; returns the bars per symbol. */
    static int record(final Path dir, final PipelineConfig.Mode mode, final PipelineMetrics metrics)
    {
        final int bars = BarFile.load(Inputs.BTC).size();
        Sessions.record(dir, EngineSettings.defaults(), mode, 0, bars, metrics, System::nanoTime);
        return bars;
    }

    private static Map<String, Long> countByType(final List<UnsafeBuffer> frames)
    {
        return frames.stream().collect(Collectors.groupingBy(
            f -> RecordingMetrics.upperSnake(ringfire.journal.dump.EventSchema.instance()
                .messageName(EventView.templateId(f, 0))), TreeMap::new, Collectors.counting()));
    }

    private static Map<String, Long> nonZero(final Map<String, Long> counts)
    {
        final Map<String, Long> out = new TreeMap<>();
        counts.forEach((k, v) ->
        {
            if (v != 0)
            {
                out.put(k, v);
            }
        });
        return out;
    }

    static void assertMonotone(final Latency latency)
    {
        long previous = 0;
        for (final long q : latency.quantilesNs())
        {
            assertThat(q).isGreaterThanOrEqualTo(previous);
            previous = q;
        }
        assertThat(latency.maxNs()).isGreaterThanOrEqualTo(previous);
    }
}
