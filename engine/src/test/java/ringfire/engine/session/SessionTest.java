package ringfire.engine.session;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringfire.engine.pipeline.Egress;
import ringfire.engine.pipeline.PipelineConfig;
import ringfire.engine.settings.EngineSettings;
import ringfire.engine.testing.Inputs;
import ringfire.journal.JournalException;
import ringfire.journal.JournalOptions;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SessionTest
{
    private static Session start(final Path dir)
    {
        return Session.start(dir, JournalOptions.defaults(), PipelineConfig.defaults(),
            new SessionConfig(EngineSettings.defaults(), 0), Egress.NONE);
    }

    @Test
    void shouldRefuseASecondEngineOnAJournalThatIsBeingWritten(@TempDir final Path dir)
    {
        try (Session first = start(dir))
        {
            assertThatThrownBy(() -> start(dir)).isInstanceOf(JournalException.class)
                .hasMessageContaining("being written by another engine")
                .hasMessageContaining("pid " + ProcessHandle.current().pid());
            assertThat(first.faults().total()).isZero();
        }
        try (Session again = start(dir))
        {
            assertThat(again.faults().total()).isZero();
        }
    }

    @Test
    void shouldRejectDuplicateInstrumentIds()
    {
        final java.util.Map<String, String> values = new java.util.TreeMap<>(EngineSettings.defaults().toMap());
        values.put("instruments.ETHUSDT.id", "1");
        assertThatThrownBy(() -> EngineSettings.read(values))
            .hasMessageContaining("instruments.ETHUSDT.id: 1 is used by another instrument");
    }
}
