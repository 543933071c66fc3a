package ringfire.ops.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/**
 * Entry point of {@code ./ringfire}. Exit codes: 0 ok, 1 replay divergence, 2 bad input or usage,
 * 70 internal error.
 */
@Command(
    name = "ringfire",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Low-latency trading engine for Bybit USDT perpetuals.",
    subcommands = {
        CommandLine.HelpCommand.class,
        BacktestCommand.class,
        ConfigCommand.class,
        SweepCommand.class,
        WalkForwardCommand.class,
        MonteCarloCommand.class,
        ImportCommand.class,
        JournalCommand.class,
        RecordCommand.class,
        ReplayCommand.class,
        SimExchangeCommand.class,
        ringfire.ops.daemon.DaemonCommand.class,
    },
    footer = {"", "Tests: ./ringfire test    Benchmarks: ./ringfire bench",
        "Exit codes: 0 ok, 1 replay divergence, 2 bad input or usage, 3 missing prerequisite, 70 internal error."})
public final class RingfireCli implements Runnable
{
    public static final int EXIT_DIVERGED = 1;
    public static final int EXIT_BAD_INPUT = 2;
    public static final int EXIT_INTERNAL = 70;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run()
    {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(final String[] args)
    {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int execute(final String[] args, final PrintWriter out, final PrintWriter err)
    {
        final CommandLine cli = new CommandLine(new RingfireCli());
        cli.setOut(out);
        cli.setErr(err);
        // picocli reports invalid usage with exit code 2 (CommandLine.ExitCode.USAGE), as Ringfire does.
        cli.setExecutionExceptionHandler(new OneLineErrors());
        cli.setParameterExceptionHandler((e, arguments) ->
        {
            e.getCommandLine().getErr().println(e.getCommandLine().getCommandSpec().qualifiedName() + ": "
                + OneLineErrors.oneLine(e.getMessage()) + " (see --help)");
            return EXIT_BAD_INPUT;
        });
        return cli.execute(args);
    }
}
