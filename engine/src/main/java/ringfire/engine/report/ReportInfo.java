package ringfire.engine.report;

/**
 * What the caller knows about a backtest and wants the report to say. Every field is optional (null): the report
 * then takes it from the journal. The HTML title is "Ringfire backtest: strategy symbol interval".
 *
 * @param strategy the strategy name; default strategy.name of the journaled configuration
 * @param symbol   the symbol the summary is about (metadata, buy and hold); default every symbol with bars
 *                 (comma-separated), the first one for buy and hold. It must have bars in the journal.
 * @param interval bar interval label such as "1m"; default from the bars' intervalSeconds
 */
public record ReportInfo(String strategy, String symbol, String interval)
{
    /** Everything taken from the journal. */
    public static ReportInfo fromJournal()
    {
        return new ReportInfo(null, null, null);
    }
}
