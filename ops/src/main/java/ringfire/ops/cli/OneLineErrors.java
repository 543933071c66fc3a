package ringfire.ops.cli;

import picocli.CommandLine;
import ringfire.journal.JournalException;

/**
 * Turns a failed command into one line on stderr and an exit code: bad input (a journal, a file, a setting) is
 * exit 2; anything else is an internal error, exit 70, still without a stack trace unless RINGFIRE_DEBUG is set.
 */
final class OneLineErrors implements CommandLine.IExecutionExceptionHandler
{
    @Override
    public int handleExecutionException(
        final Exception e, final CommandLine cli, final CommandLine.ParseResult parseResult)
    {
        final String command = cli.getCommandSpec().qualifiedName();
        if (e instanceof JournalException || e instanceof IllegalArgumentException || e instanceof BadInputException
            || e instanceof ringfire.ops.config.ConfigException || e instanceof ringfire.journal.importer.ImportException)
        {
            cli.getErr().println(command + ": " + oneLine(e.getMessage()));
            return RingfireCli.EXIT_BAD_INPUT;
        }
        cli.getErr().println(command + ": internal error: " + e.getClass().getSimpleName() + ": " + oneLine(e.getMessage()));
        if (System.getenv("RINGFIRE_DEBUG") != null)
        {
            e.printStackTrace(cli.getErr());
        }
        return RingfireCli.EXIT_INTERNAL;
    }

    static String oneLine(final String message)
    {
        if (message == null)
        {
            return "(no message)";
        }
        final int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
