package ringfire.engine.pipeline;

import org.agrona.DirectBuffer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import ringfire.codecs.sbe.TradingState;
import ringfire.codecs.sbe.TradingStateChangeDecoder;
import ringfire.codecs.sbe.TradingStateChangeEncoder;
import ringfire.codecs.sbe.StateReason;
import ringfire.codecs.EventView;
import ringfire.engine.testing.CollectingJournal;
import ringfire.engine.testing.Inputs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PipelineTest
{
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());

    /** A stage that logs its calls and writes one decision per event. */
    private final class LoggingStage implements Stage
    {
        private final String name;
        private final TradingStateChangeEncoder encoder = new TradingStateChangeEncoder();

        LoggingStage(final String name)
        {
            this.name = name;
        }

        @Override
        public void onEvent(final EngineEvent event)
        {
            log.add(name + "@" + event.sequence());
            event.decisions().begin(encoder).fromState(TradingState.RUNNING).toState(TradingState.RUNNING)
                .reason(StateReason.OPERATOR);
            event.decisions().commit(encoder);
        }

        @Override
        public String name()
        {
            return name;
        }
    }

    private final class LoggingJournal extends CollectingJournal
    {
        @Override
        public void onInput(final EngineEvent event)
        {
            log.add("journal-input@" + event.sequence());
            super.onInput(event);
        }

        @Override
        public void onDecisions(final EngineEvent event)
        {
            log.add("journal-decisions@" + event.sequence() + "x" + event.decisions().count());
            super.onDecisions(event);
        }
    }

    private Stages loggingStages()
    {
        return new Stages(new LoggingStage("risk"), new LoggingStage("exit-plan"), new LoggingStage("strategy"),
            new LoggingStage("execution"));
    }

    private Egress loggingEgress()
    {
        return (DirectBuffer buffer, int offset, int length) -> log.add("egress@" + EventView.sequence(buffer, offset));
    }

    @ParameterizedTest
    @EnumSource(PipelineConfig.Mode.class)
    void shouldRunJournalThenStagesInFixedOrderThenReleaseDecisions(final PipelineConfig.Mode mode)
    {
        final PipelineConfig config = new PipelineConfig(mode, PipelineConfig.Wait.BLOCKING, 64);
        try (Pipeline pipeline = Pipeline.start(config, new LoggingJournal(), loggingStages(), loggingEgress(),
            new Faults(), 100))
        {
            final Inputs inputs = new Inputs(pipeline.ingress());
            for (int i = 0; i < 200; i++)
            {
                assertThat(inputs.timer(i, i * 1_000L)).isEqualTo(100 + i);
            }
            pipeline.awaitProcessed();
        }
        final List<String> snapshot = List.copyOf(log);
        for (long seq = 100; seq < 300; seq++)
        {
            final List<String> ofEvent = new ArrayList<>();
            for (final String entry : snapshot)
            {
                if (entry.endsWith("@" + seq) || entry.contains("@" + seq + "x"))
                {
                    ofEvent.add(entry);
                }
            }
            final List<String> expected = List.of("risk@" + seq, "exit-plan@" + seq, "strategy@" + seq,
                "execution@" + seq, "journal-decisions@" + seq + "x4", "egress@" + seq, "egress@" + seq,
                "egress@" + seq, "egress@" + seq);
            assertThat(ofEvent).contains("journal-input@" + seq);
            assertThat(ofEvent.indexOf("journal-input@" + seq))
                .isLessThan(ofEvent.indexOf("journal-decisions@" + seq + "x4"));
            assertThat(ofEvent.stream().filter(e -> !e.startsWith("journal-input")).toList()).isEqualTo(expected);
            if (mode == PipelineConfig.Mode.SINGLE)
            {
                assertThat(ofEvent.get(0)).isEqualTo("journal-input@" + seq);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(PipelineConfig.Mode.class)
    void shouldCountFaultRollBackTheStageAndKeepRunning(final PipelineConfig.Mode mode)
    {
        final Stage failingStrategy = new Stage()
        {
            private final TradingStateChangeEncoder encoder = new TradingStateChangeEncoder();

            @Override
            public void onEvent(final EngineEvent event)
            {
                event.decisions().begin(encoder).fromState(TradingState.RUNNING).toState(TradingState.PAUSED)
                    .reason(StateReason.OPERATOR);
                event.decisions().commit(encoder);
                if (event.sequence() % 10 == 3)
                {
                    throw new IllegalStateException("boom at " + event.sequence());
                }
            }

            @Override
            public String name()
            {
                return "strategy";
            }
        };
        final CollectingJournal journal = new CollectingJournal();
        final Faults faults = new Faults();
        final Stages stages = new Stages(new LoggingStage("risk"), new LoggingStage("exit-plan"), failingStrategy,
            new LoggingStage("execution"));
        try (Pipeline pipeline = Pipeline.start(new PipelineConfig(mode, PipelineConfig.Wait.BLOCKING, 64), journal,
            stages, Egress.NONE, faults, 0))
        {
            final Inputs inputs = new Inputs(pipeline.ingress());
            for (int i = 0; i < 100; i++)
            {
                inputs.timer(i, i);
            }
            pipeline.awaitProcessed();
        }
        assertThat(faults.total()).isEqualTo(10);
        assertThat(faults.distinctCauses()).isEqualTo(1);
        assertThat(journal.inputs).hasSize(100);
        // 90 good events x 4 decisions + 10 faulted events x 2 (risk, exit-plan; strategy rolled back, execution skipped)
        assertThat(journal.decisions).hasSize(90 * 4 + 10 * 2);
        assertThat(log).doesNotContain("execution@3", "execution@93").contains("execution@4", "execution@99");
        final long pausedDecisions = journal.decisions.stream()
            .filter(b -> new TradingStateChangeDecoder().wrap(new org.agrona.concurrent.UnsafeBuffer(b), 8,
                TradingStateChangeDecoder.BLOCK_LENGTH, TradingStateChangeDecoder.SCHEMA_VERSION).toState()
                == TradingState.PAUSED)
            .count();
        assertThat(pausedDecisions).isEqualTo(90);
    }

    @Test
    void shouldSkipStagesWhenInputCannotBeJournaled()
    {
        final Faults faults = new Faults();
        final CollectingJournal journal = new CollectingJournal()
        {
            @Override
            public void onInput(final EngineEvent event)
            {
                if (event.sequence() == 5)
                {
                    throw new IllegalStateException("disk full");
                }
                super.onInput(event);
            }
        };
        try (Pipeline pipeline = Pipeline.start(new PipelineConfig(PipelineConfig.Mode.SINGLE,
            PipelineConfig.Wait.BLOCKING, 64), journal, loggingStages(), Egress.NONE, faults, 0))
        {
            final Inputs inputs = new Inputs(pipeline.ingress());
            for (int i = 0; i < 10; i++)
            {
                inputs.timer(i, i);
            }
            pipeline.awaitProcessed();
        }
        assertThat(faults.total()).isEqualTo(1);
        assertThat(log).doesNotContain("risk@5").contains("risk@4", "risk@6");
        assertThat(journal.inputs).hasSize(9);
        assertThat(journal.decisions).hasSize(9 * 4);
    }

    @Test
    void shouldRefuseMoreSpinningThreadsThanCoresAndBadRingSizes()
    {
        assertThatThrownBy(() -> new PipelineConfig(PipelineConfig.Mode.JOURNAL_PARALLEL,
            PipelineConfig.Wait.BUSY_SPIN, 1024).validate(2))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pipeline.waitStrategy BUSY_SPIN");
        assertThatThrownBy(() -> new PipelineConfig(PipelineConfig.Mode.SINGLE, PipelineConfig.Wait.YIELDING, 1024)
            .validate(1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new PipelineConfig(PipelineConfig.Mode.SINGLE, PipelineConfig.Wait.BUSY_SPIN, 1024).validate(2))
            .isNotNull();
        assertThat(new PipelineConfig(PipelineConfig.Mode.JOURNAL_PARALLEL, PipelineConfig.Wait.SLEEPING, 1024)
            .validate(2)).isNotNull();
        assertThatThrownBy(() -> new PipelineConfig(PipelineConfig.Mode.SINGLE, PipelineConfig.Wait.BLOCKING, 1000)
            .validate(2)).hasMessageContaining("power of two");
        assertThat(PipelineConfig.defaults().validate(2)).isNotNull();
    }
}
