package ringfire.journal.importer;

/**
 * One read of one or more kline files: checks each row, keeps Bybit rows until their list is complete (it is newest
 * first), passes bars in time order to the {@link BarSequence}, and skips or refuses bad rows.
 */
final class KlineReadSession
{
    final ImportTarget target;
    final KlineStats stats = new KlineStats();
    private final boolean skipBad;
    private final RowChecker checker;
    private final BarSequence sequence;
    private final BarList pending = new BarList();

    KlineReadSession(final ImportTarget target, final boolean skipBad, final BarSink sink)
    {
        this.target = target;
        this.skipBad = skipBad;
        this.checker = new RowChecker(target);
        this.sequence = new BarSequence(target.intervalMs(), sink, stats);
    }

    /** "file:12" for CSV line 12, "file:list[12]" for element 12 of a Bybit result.list. */
    static String where(final String file, final boolean json, final long row)
    {
        return json ? file + ":list[" + row + "]" : file + ":" + row;
    }

    void startAfter(final long lastOpenTimeMs)
    {
        sequence.startAfter(lastOpenTimeMs, target.label());
    }

    /** A CSV row: checked and, when valid, put in sequence at once. */
    void csvRow(
        final String file,
        final long line,
        final CharSequence time,
        final CharSequence open,
        final CharSequence high,
        final CharSequence low,
        final CharSequence close,
        final CharSequence volume,
        final CharSequence turnover)
    {
        stats.rowRead();
        String problem = checker.check(time, open, high, low, close, volume, turnover);
        if (problem == null)
        {
            problem = sequence.accept(file, false, line, checker.openTimeMs, checker.open, checker.high, checker.low,
                checker.close, checker.volume, checker.turnover);
        }
        if (problem != null)
        {
            reject(file, false, line, problem);
        }
    }

    /** An element of a Bybit result.list: checked now, put in sequence by {@link #endJsonList}. */
    void jsonRow(
        final String file,
        final long index,
        final CharSequence time,
        final CharSequence open,
        final CharSequence high,
        final CharSequence low,
        final CharSequence close,
        final CharSequence volume,
        final CharSequence turnover)
    {
        stats.rowRead();
        final String problem = checker.check(time, open, high, low, close, volume, turnover);
        if (problem != null)
        {
            reject(file, true, index, problem);
        }
        else
        {
            pending.add(index, checker);
        }
    }

    /** A row that has no bar in it at all (wrong column count, not an array). */
    void badRow(final String file, final boolean json, final long row, final String problem)
    {
        stats.rowRead();
        reject(file, json, row, problem);
    }

    /** The list of {@code file} is complete: its bars, oldest first. */
    void endJsonList(final String file)
    {
        for (int i = pending.size() - 1; i >= 0; i--)
        {
            final String problem = sequence.accept(file, true, pending.row(i), pending.openTimeMs(i), pending.open(i),
                pending.high(i), pending.low(i), pending.close(i), pending.volume(i), pending.turnover(i));
            if (problem != null)
            {
                reject(file, true, pending.row(i), problem);
            }
        }
        pending.clear();
    }

    private void reject(final String file, final boolean json, final long row, final String problem)
    {
        final String message = where(file, json, row) + ": " + problem;
        if (!skipBad)
        {
            throw new ImportException(message);
        }
        stats.skipped(message);
    }
}
