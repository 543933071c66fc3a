package ringfire.ops.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import ringfire.journal.dump.DumpFilter;
import ringfire.journal.dump.EventKind;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "journal", mixinStandardHelpOptions = true, description = "Inspect a journal.",
    subcommands = {JournalCommand.Dump.class, JournalCommand.Stats.class})
final class JournalCommand implements Runnable
{
    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run()
    {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "journal: missing subcommand (dump or stats)");
    }

    @Command(name = "dump", mixinStandardHelpOptions = true,
        description = {"Print every event as one JSON object per line: every field decoded, prices as decimal "
            + "strings, times as ISO-8601 and as nanos."})
    static final class Dump implements Callable<Integer>
    {
        @Parameters(index = "0", paramLabel = "DIR", description = "journal directory")
        private Path dir;

        @Option(names = "--type", paramLabel = "TYPE", split = ",",
            description = "only these event types, e.g. Trade,Signal")
        private List<String> types = new ArrayList<>();

        @Option(names = "--kind", paramLabel = "KIND", split = ",",
            description = "only these kinds: input, decision, metadata")
        private List<String> kinds = new ArrayList<>();

        @Option(names = "--symbol", paramLabel = "SYMBOL", split = ",", description = "only these symbols")
        private List<String> symbols = new ArrayList<>();

        @Option(names = "--limit", paramLabel = "N", description = "print at most N events")
        private long limit = Long.MAX_VALUE;

        @picocli.CommandLine.Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call()
        {
            if (limit < 0)
            {
                throw new BadInputException("--limit must be 0 or more, was " + limit);
            }
            final DumpFilter filter = DumpFilter.ALL
                .withTypes(types.toArray(String[]::new))
                .withKinds(kinds.stream().map(EventKind::parse).toArray(EventKind[]::new))
                .withSymbols(symbols.toArray(String[]::new))
                .withMaxRecords(limit);
            JournalTools.dump(dir, filter, spec.commandLine().getOut());
            return 0;
        }
    }

    @Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Print counts per event type, first and last event time, and the decision hash."})
    static final class Stats implements Callable<Integer>
    {
        @Parameters(index = "0", paramLabel = "DIR", description = "journal directory")
        private Path dir;

        @picocli.CommandLine.Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call()
        {
            JournalTools.stats(dir, spec.commandLine().getOut());
            return 0;
        }
    }
}
