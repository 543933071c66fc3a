package ringfire.engine.session;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringfire.codecs.EventView;
import ringfire.codecs.sbe.AdminAction;
import ringfire.codecs.sbe.EndReason;
import ringfire.codecs.sbe.MessageHeaderDecoder;
import ringfire.codecs.sbe.SessionEndDecoder;
import ringfire.codecs.sbe.SessionStartDecoder;
import ringfire.codecs.sbe.Source;
import ringfire.engine.pipeline.Egress;
import ringfire.engine.pipeline.PipelineConfig;
import ringfire.engine.replay.ReplayResult;
import ringfire.engine.settings.EngineSettings;
import ringfire.engine.testing.Inputs;
import ringfire.engine.testing.JournalFrames;
import ringfire.engine.testing.ScenarioRun;
import ringfire.journal.JournalOptions;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session that closes cleanly puts a SessionEnd on its ring after the ring drained: the last record of its part
 * of the journal, an input with source ENGINE carrying the reason, how many inputs came before it and the faults,
 * stamped with the latest input time. A continued journal (SessionStart ... SessionEnd, SessionStart ... SessionEnd)
 * replays OK.
 */
class SessionEndTest
{
    private static final long MINUTE_MS = 60_000L;
    private static final long START_MS = 1_748_826_000_000L;      // 2025-06-02T01:00:00Z
    private static final EngineSettings SETTINGS = EngineSettings.defaults();

    @Test
    void shouldJournalSessionEndAsTheLastInputAtTheLatestInputTime(@TempDir final Path dir)
    {
        final long adminSeq;
        final long lastBarCloseNs;
        try (Session session = start(dir, START_MS))
        {
            final Inputs inputs = new Inputs(session.ingress());
            bars(inputs, START_MS, 5);
            lastBarCloseNs = (START_MS + 5 * MINUTE_MS) * 1_000_000L;
            // an operator command whose wall clock is behind the exchange's: journaled at the last bar's time
            adminSeq = inputs.admin(AdminAction.PAUSE, START_MS * 1_000_000L);
        }
        final List<UnsafeBuffer> inputs = JournalFrames.inputs(dir);
        final int instruments = SETTINGS.instruments().size();
        assertThat(inputs).hasSize(instruments + 5 + 1 + 1);
        final UnsafeBuffer admin = inputs.get(inputs.size() - 2);
        assertThat(EventView.sequence(admin, 0)).isEqualTo(adminSeq);
        assertThat(EventView.eventTimeNs(admin, 0)).isEqualTo(lastBarCloseNs);

        final List<UnsafeBuffer> all = JournalFrames.all(dir);
        final UnsafeBuffer last = all.get(all.size() - 1);
        assertThat(EventView.templateId(last, 0)).isEqualTo(SessionEndDecoder.TEMPLATE_ID);
        assertThat(EventView.isDecision(last, 0)).isFalse();
        final SessionEndDecoder end = new SessionEndDecoder().wrapAndApplyHeader(last, 0, new MessageHeaderDecoder());
        assertThat(end.header().source()).isEqualTo(Source.ENGINE);
        assertThat(end.header().sequence()).isEqualTo(adminSeq + 1);
        assertThat(end.header().eventTimeNs()).isEqualTo(lastBarCloseNs);
        assertThat(end.reason()).isEqualTo(EndReason.CLOSED);
        assertThat(end.inputs()).isEqualTo(instruments + 5 + 1);
        assertThat(end.faults()).isZero();

        final ReplayResult replay = ScenarioRun.replay(dir);
        assertThat(replay.ok()).as("divergence: %s", replay.divergence()).isTrue();
        assertThat(replay.inputs()).isEqualTo(inputs.size());
        assertThat(replay.faults()).isZero();
    }

    @Test
    void shouldEndEachSessionOfAContinuedJournalAndReplayThemAll(@TempDir final Path dir)
    {
        final Session first = start(dir, START_MS);
        bars(new Inputs(first.ingress()), START_MS, 20);
        first.close(EndReason.SIGNAL);
        first.close(EndReason.ERROR);      // a second close does nothing
        final long secondStartMs = START_MS + 20 * MINUTE_MS;
        try (Session second = start(dir, secondStartMs))
        {
            bars(new Inputs(second.ingress()), secondStartMs, 20);
            second.close(EndReason.DURATION);
        }

        final List<UnsafeBuffer> all = JournalFrames.all(dir);
        final MessageHeaderDecoder header = new MessageHeaderDecoder();
        final List<String> outline = all.stream()
            .filter(f -> EventView.templateId(f, 0) == SessionStartDecoder.TEMPLATE_ID
                || EventView.templateId(f, 0) == SessionEndDecoder.TEMPLATE_ID)
            .map(f -> EventView.templateId(f, 0) == SessionStartDecoder.TEMPLATE_ID ? "start"
                : "end " + new SessionEndDecoder().wrapAndApplyHeader(f, 0, header).reason())
            .toList();
        assertThat(outline).containsExactly("start", "end SIGNAL", "start", "end DURATION");
        final List<UnsafeBuffer> inputs = JournalFrames.inputs(dir);
        for (int i = 1; i < inputs.size(); i++)
        {
            assertThat(EventView.sequence(inputs.get(i), 0)).isEqualTo(EventView.sequence(inputs.get(i - 1), 0) + 1);
        }

        final ReplayResult replay = ScenarioRun.replay(dir);
        assertThat(replay.ok()).as("divergence: %s", replay.divergence()).isTrue();
        assertThat(replay.sessions()).isEqualTo(2);
        assertThat(replay.inputs()).isEqualTo(inputs.size());
    }

    private static Session start(final Path dir, final long startMs)
    {
        return Session.start(dir, JournalOptions.defaults(),
            new PipelineConfig(PipelineConfig.Mode.JOURNAL_PARALLEL, PipelineConfig.Wait.BLOCKING, 1024),
            new SessionConfig(SETTINGS, startMs * 1_000_000L), Egress.NONE);
    }

    private static void bars(final Inputs inputs, final long fromMs, final int count)
    {
        for (int i = 0; i < count; i++)
        {
            inputs.bar(Inputs.BTC, fromMs + i * MINUTE_MS, 60, "10000", "10010", "9990", "10000", "1");
        }
    }
}
