package ringfire.ops.cli;

import ringfire.journal.dump.DumpFilter;
import ringfire.journal.dump.JournalDump;
import ringfire.journal.dump.JournalStats;

import java.io.PrintWriter;
import java.nio.file.Path;

/** The journal inspection commands' work, kept apart from option parsing. */
final class JournalTools
{
    private JournalTools()
    {
    }

    static long dump(final Path dir, final DumpFilter filter, final PrintWriter out)
    {
        final long lines = JournalDump.dump(dir, out, filter);
        out.flush();
        return lines;
    }

    static void stats(final Path dir, final PrintWriter out)
    {
        out.print(JournalStats.of(dir).report());
        out.flush();
    }
}
