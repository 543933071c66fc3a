package ringfire.engine.pipeline;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import ringfire.codecs.EventView;
import ringfire.codecs.sbe.AdminAction;
import ringfire.codecs.sbe.StateReason;
import ringfire.codecs.sbe.TradingState;
import ringfire.codecs.sbe.TradingStateChangeEncoder;
import ringfire.engine.testing.CollectingJournal;
import ringfire.engine.testing.Inputs;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Inputs stamped by this process's clock (admin, timer) never go back behind the latest input time journaled:
 * the input journal raises their time in the frame before journaling it, and the stages and the decisions see the
 * raised time. Inputs with the data's own time (here imported bars) keep it even when it goes back.
 */
class EventTimeClampTest
{
    private static final long SECOND = 1_000_000_000L;

    /** Records the time each event had when the stages saw it, and writes one decision per event. */
    private static final class TimeRecordingStage implements Stage
    {
        final Map<Long, Long> seen = new ConcurrentHashMap<>();
        private final TradingStateChangeEncoder encoder = new TradingStateChangeEncoder();

        @Override
        public void onEvent(final EngineEvent event)
        {
            seen.put(event.sequence(), event.eventTimeNs());
            event.decisions().begin(encoder).fromState(TradingState.RUNNING).toState(TradingState.RUNNING)
                .reason(StateReason.OPERATOR);
            event.decisions().commit(encoder);
        }

        @Override
        public String name()
        {
            return "risk";
        }
    }

    @ParameterizedTest
    @EnumSource(PipelineConfig.Mode.class)
    void shouldRaiseLocallyStampedInputsToTheLatestJournaledTime(final PipelineConfig.Mode mode)
    {
        final CollectingJournal journal = new CollectingJournal();
        final TimeRecordingStage stage = new TimeRecordingStage();
        final Stage none = new Stage()
        {
            @Override
            public void onEvent(final EngineEvent event)
            {
            }

            @Override
            public String name()
            {
                return "none";
            }
        };
        try (Pipeline pipeline = Pipeline.start(new PipelineConfig(mode, PipelineConfig.Wait.BLOCKING, 64), journal,
            new Stages(stage, none, none, none), Egress.NONE, new Faults(), 0))
        {
            final Inputs inputs = new Inputs(pipeline.ingress());
            inputs.bar(Inputs.BTC, 0, 60, "100", "100", "100", "100", "1");      // 0: data time 60 s
            inputs.admin(AdminAction.PAUSE, 10);                                   // 1: older: raised to 60 s
            inputs.timer(1, 65 * SECOND);                                          // 2: newer: kept
            inputs.bar(Inputs.BTC, 0, 30, "100", "100", "100", "100", "1");      // 3: data time 30 s, kept
            inputs.setting("risk.drawdownPause", "0.10000000", 0);                 // 4: raised to the latest, 65 s
            inputs.admin(AdminAction.RESUME, 70 * SECOND);                         // 5: newer: kept
            pipeline.awaitProcessed();
        }
        final List<Long> expected = List.of(60 * SECOND, 60 * SECOND, 65 * SECOND, 30 * SECOND, 65 * SECOND,
            70 * SECOND);
        final List<Long> journaled;
        synchronized (journal.inputs)
        {
            journaled = journal.inputs.stream().map(b -> EventView.eventTimeNs(new UnsafeBuffer(b), 0)).toList();
        }
        assertThat(journaled).isEqualTo(expected);
        for (int seq = 0; seq < expected.size(); seq++)
        {
            assertThat(stage.seen.get((long)seq)).as("time the stages saw for %d", seq).isEqualTo(expected.get(seq));
        }
        final List<Long> decisionTimes;
        synchronized (journal.decisions)
        {
            decisionTimes = journal.decisions.stream().map(b -> EventView.eventTimeNs(new UnsafeBuffer(b), 0)).toList();
        }
        assertThat(decisionTimes).isEqualTo(expected);
    }
}
