package ringfire.ops.config;

import ringfire.engine.pipeline.PipelineConfig;
import ringfire.engine.settings.EngineSettings;
import ringfire.journal.JournalOptions;

import java.nio.file.Path;

/** The typed configuration, validated once at load. Sections grow with the daemon. */
public record RingfireConfig(PipelineConfig pipeline, Path journalDir, JournalOptions journal, EngineSettings settings)
{
    public static RingfireConfig defaults()
    {
        return new RingfireConfig(PipelineConfig.defaults(), Path.of("var/journal"), JournalOptions.defaults(),
            EngineSettings.defaults());
    }
}
