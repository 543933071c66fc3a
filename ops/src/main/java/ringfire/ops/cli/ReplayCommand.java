package ringfire.ops.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import ringfire.engine.pipeline.PipelineConfig;
import ringfire.ops.config.ConfigFile;
import ringfire.engine.replay.Divergence;
import ringfire.engine.replay.ReplayResult;
import ringfire.engine.replay.Replayer;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "replay", mixinStandardHelpOptions = true,
    description = {"Feed a journal's inputs through a fresh pipeline and compare its decisions with the recorded ones.",
        "Prints 'replay OK <n> decisions hash=<sha256>' (exit 0) or the first divergence (exit 1)."})
final class ReplayCommand implements Callable<Integer>
{
    @Parameters(index = "0", paramLabel = "DIR", description = "journal directory")
    private Path dir;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
        description = "change a recorded setting for the replay (e.g. strategy.params.slow=21); repeatable")
    private List<String> overrides = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE",
        description = "take the pipeline's threading and wait strategy from this YAML file (default: built-in)")
    private Path configFile;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call()
    {
        final PipelineConfig config = configFile == null
            ? new PipelineConfig(PipelineConfig.Mode.SINGLE, PipelineConfig.Wait.BLOCKING, PipelineConfig.DEFAULT_RING_SIZE)
            : ConfigFile.load(configFile).pipeline();
        final ReplayResult result = new Replayer(config, overrides, new JsonRenderer(dir)).replay(dir);
        final PrintWriter out = spec.commandLine().getOut();
        if (result.ok())
        {
            out.println("replay OK " + result.decisions() + " decisions hash=" + result.hash());
            return 0;
        }
        final Divergence d = result.divergence();
        out.println("replay DIVERGED at sequence " + d.sequence());
        out.println("  expected: " + d.expected());
        out.println("  actual:   " + d.actual());
        return RingfireCli.EXIT_DIVERGED;
    }
}
