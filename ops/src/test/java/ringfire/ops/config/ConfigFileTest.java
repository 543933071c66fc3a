package ringfire.ops.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ringfire.engine.pipeline.PipelineConfig;
import ringfire.engine.settings.EngineSettings;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigFileTest
{
    @TempDir
    Path tmp;

    private Path write(final String yaml) throws Exception
    {
        final Path file = tmp.resolve("test.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    @Test
    void shouldLoadTheShippedPaperConfiguration()
    {
        final RingfireConfig config = ConfigFile.load(Path.of("../config/paper.yaml"), 2);
        assertThat(config.pipeline()).isEqualTo(PipelineConfig.defaults());
        assertThat(config.journalDir()).isEqualTo(Path.of("var/journal"));
        assertThat(config.settings().toMap()).as("config/paper.yaml spells out exactly the built-in defaults")
            .isEqualTo(EngineSettings.defaults().toMap());
    }

    @Test
    void shouldReadTradingRulesExactly() throws Exception
    {
        final RingfireConfig config = ConfigFile.load(write("""
            risk:
              drawdownPause: 0.12
              sizing: {minConfidence: 0.6}
            exits:
              ttl: 12h
            paper:
              takerFee: 0.0006
            """), 2);
        assertThat(config.settings().risk().drawdownPause()).isEqualTo(12_000_000L);
        assertThat(config.settings().risk().minConfidence()).isEqualTo(60_000_000L);
        assertThat(config.settings().exits().ttlNs()).isEqualTo(12L * 3600 * 1_000_000_000L);
        assertThat(config.settings().paper().takerFee()).isEqualTo(60_000L);
        assertThat(config.settings().instruments()).hasSize(5);
    }

    @Test
    void shouldReadThreadingAndWaitStrategy() throws Exception
    {
        final RingfireConfig config = ConfigFile.load(write("""
            pipeline:
              mode: journal-parallel
              waitStrategy: blocking
              ringSize: 1024
            journal:
              rollCycle: hourly
            """), 2);
        assertThat(config.pipeline()).isEqualTo(
            new PipelineConfig(PipelineConfig.Mode.JOURNAL_PARALLEL, PipelineConfig.Wait.BLOCKING, 1024));
        assertThat(config.journal().rollCycle().name()).isEqualTo("FAST_HOURLY");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "pipeline: {mode: single, colour: red}|pipeline.colour: unknown key (expected one of mode, ringSize, waitStrategy)",
        "pipelines: {}|pipelines: unknown key (expected one of account, admin, execution, exits, feed, instruments, journal, logging, mode, paper, pipeline, risk, secrets, strategy)",
        "pipeline: {ringSize: lots}|pipeline.ringSize: wrong type, expected a whole number",
        "pipeline: {ringSize: 1000}|pipeline.ringSize must be a power of two >= 16, was 1000",
        "pipeline: {mode: triple}|pipeline.mode: expected one of single, journal-parallel, was 'triple'",
        "pipeline: {waitStrategy: spin}|pipeline.waitStrategy: expected one of blocking, sleeping, yielding, busy-spin, was 'spin'",
        "pipeline: {mode: journal-parallel, waitStrategy: busy-spin}|pipeline.waitStrategy BUSY_SPIN with mode JOURNAL_PARALLEL spins 2 thread(s) on a 2-core machine",
        "journal: {rollCycle: fortnightly}|journal.rollCycle: unknown roll cycle 'fortnightly'",
        "journal: {dir: ''}|journal.dir: expected a directory path, was empty",
        "pipeline: [1, 2]|pipeline: wrong type",
        "pipeline: {mode: single|not valid YAML",
        "risk: {drawdownPause: 1.5}|risk.drawdownPause: expected",
        "risk: {drawdownPause: lots}|risk.drawdownPause: expected a decimal number",
        "risk: {drawdownPaws: 0.1}|risk.drawdownPaws: unknown setting",
        "exits: {ttl: forever}|exits.ttl: expected a duration",
        "paper: {takerFee: 0.000000001}|paper.takerFee: expected a decimal number with at most 8 decimal places",
        "instruments: {BTCUSDT: {id: 1, tickSize: 0.1, qtyStep: 0.001, minQty: 0.001, maxLeverage: 0}}|instruments.BTCUSDT.maxLeverage: expected 1..200, was 0",
        "strategy: {params: {fast: 30}}|strategy.params.slow: expected more than strategy.params.fast (30), was 20",
        "strategy: {name: nope}|strategy.name: unknown strategy 'nope' (known: ema-cross, ichimoku, keltner-breakout, macd, mean-reversion, momentum-adx, sma-cross, supertrend)",
        "strategy: {params: {colour: red}}|strategy.params.colour: unknown setting",
        "execution: {sides: up}|execution.sides: expected one of both, long, short, was 'up'",
    })
    void shouldNameTheFileAndKeyOfEveryProblem(final String yaml, final String expected) throws Exception
    {
        final Path file = write(yaml);
        assertThatThrownBy(() -> ConfigFile.load(file, 2))
            .isInstanceOf(ConfigException.class)
            .hasMessageStartingWith(file + ": ")
            .hasMessageContaining(expected)
            .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void shouldReportAMissingFile()
    {
        assertThatThrownBy(() -> ConfigFile.load(tmp.resolve("nope.yaml"), 2))
            .hasMessage(tmp.resolve("nope.yaml") + ": no such file");
    }

    @Test
    void shouldFillDefaultsForAnEmptyFile() throws Exception
    {
        assertThat(ConfigFile.load(write("# nothing\n"), 2)).isEqualTo(RingfireConfig.defaults());
    }
}
