package ringfire.ops.config;

import ringfire.engine.execution.paper.TradingMode;
import ringfire.engine.pipeline.PipelineConfig;
import ringfire.engine.settings.EngineSettings;
import ringfire.journal.JournalOptions;

import java.nio.file.Path;

/**
 * The typed configuration, validated once at load. {@code settings} are the decision-relevant sections (journaled
 * with each session); the others are runtime: the trading mode, the market-data feed, the admin port, where the
 * secrets come from (never the secrets themselves) and the daemon's log files.
 */
public record RingfireConfig(
    PipelineConfig pipeline,
    Path journalDir,
    JournalOptions journal,
    EngineSettings settings,
    TradingMode mode,
    FeedConfig feed,
    AdminConfig admin,
    SecretsConfig secrets,
    LoggingConfig logging)
{
    /** The runtime sections other than pipeline and journal take their defaults (mode paper). */
    public RingfireConfig(final PipelineConfig pipeline, final Path journalDir, final JournalOptions journal,
        final EngineSettings settings)
    {
        this(pipeline, journalDir, journal, settings, TradingMode.PAPER, FeedConfig.defaults(TradingMode.PAPER),
            AdminConfig.defaults(), SecretsConfig.defaults(), LoggingConfig.defaults());
    }

    public static RingfireConfig defaults()
    {
        return new RingfireConfig(PipelineConfig.defaults(), Path.of("var/journal"), JournalOptions.defaults(),
            EngineSettings.defaults());
    }
}
