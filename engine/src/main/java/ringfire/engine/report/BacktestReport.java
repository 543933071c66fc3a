package ringfire.engine.report;

import ringfire.journal.Journal;
import ringfire.journal.JournalReader;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The report of a backtest journal: reads the journal once and writes into a directory
 * <ul>
 * <li>{@code trades.csv}: one row per round trip (flat to flat) of a position,</li>
 * <li>{@code equity.csv}: equity at every bar close,</li>
 * <li>{@code summary.json}: the metrics and metadata ({@link Summary}),</li>
 * <li>{@code report.html}: one self-contained page with charts, metrics and the configuration.</li>
 * </ul>
 * Trades and equity are exact fixed point; the metrics are doubles. The same journal always gives byte-identical
 * files. Memory stays small: rows are written as they are made; the charts keep at most
 * {@value #MAX_CHART_POINTS} points per series.
 */
public final class BacktestReport
{
    public static final String TRADES_CSV = "trades.csv";
    public static final String EQUITY_CSV = "equity.csv";
    public static final String SUMMARY_JSON = "summary.json";
    public static final String REPORT_HTML = "report.html";
    public static final int MAX_CHART_POINTS = 2000;

    private BacktestReport()
    {
    }

    /**
     * Reads the backtest journal in {@code journalDir} and writes the report files into {@code outDir} (created if
     * needed; the four files are replaced).
     *
     * @param info what the report should say rather than take from the journal (strategy name, summary symbol,
     *             interval label); null or
     *             {@link ReportInfo#fromJournal()} to take everything from the journal
     * @return the metrics and metadata also written to summary.json
     * @throws IllegalArgumentException when the journal is not a single backtest session (no SessionStart, more
     *                                  than one, a symbol without a SymbolDefinition) or its decisions contradict
     *                                  each other
     * @throws ringfire.journal.JournalException when the directory is not a readable journal
     * @throws UncheckedIOException when the output cannot be written
     */
    public static Summary write(final Path journalDir, final Path outDir, final ReportInfo info)
    {
        final ReportInfo reportInfo = info == null ? ReportInfo.fromJournal() : info;
        try
        {
            Files.createDirectories(outDir);
            final JournalScan scan;
            try (Writer equity = writer(outDir.resolve(EQUITY_CSV)); Writer trades = writer(outDir.resolve(TRADES_CSV)))
            {
                scan = new JournalScan(equity, trades, MAX_CHART_POINTS);
                try (Journal journal = Journal.openForReading(journalDir); JournalReader reader = journal.reader())
                {
                    reader.forEach(scan);
                }
                scan.finish();
            }
            final Summary summary = summarize(scan, reportInfo);
            Files.writeString(outDir.resolve(SUMMARY_JSON), SummaryJson.render(summary), StandardCharsets.UTF_8);
            Files.writeString(outDir.resolve(REPORT_HTML), HtmlReport.render(title(summary), summary, scan),
                StandardCharsets.UTF_8);
            return summary;
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException("cannot write the backtest report into " + outDir + ": " + e.getMessage(), e);
        }
    }

    private static Writer writer(final Path file) throws IOException
    {
        return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
    }

    static Summary summarize(final JournalScan scan, final ReportInfo info)
    {
        final EquityCurve curve = scan.curve();
        final long startingCapital = scan.session().startingBalance();
        final long finalEquity = scan.equity();
        final double start = EquityCurve.money(startingCapital);
        final double end = EquityCurve.money(finalEquity);
        final SymbolBars primary = primary(scan, info);
        final long firstBar = scan.firstBarOpenNs();
        final long lastBar = scan.lastBarCloseNs();
        final Double cagr = curve.rows() == 0 ? null : Metrics.cagr(start, end, lastBar - firstBar);
        final double maxDrawdown = curve.maxDrawdown();
        final double[] daily = Metrics.dailyReturns(start, curve.dayCloses());
        final TradeStats trades = scan.tradeStats();
        return new Summary(
            info.strategy() != null ? info.strategy() : scan.session().strategy(),
            info.symbol() != null ? info.symbol() : symbols(scan),
            info.interval() != null ? info.interval()
                : primary == null ? "" : Times.intervalLabel(primary.intervalSeconds),
            firstBar,
            lastBar,
            curve.rows(),
            startingCapital,
            finalEquity,
            scan.session().configHash(),
            Metrics.totalReturn(start, end),
            cagr,
            Metrics.sharpe(daily),
            Metrics.sortino(daily),
            maxDrawdown,
            Metrics.calmar(cagr, maxDrawdown),
            trades.winRate(),
            trades.profitFactor(),
            trades.avgWin(),
            trades.avgLoss(),
            trades.expectancy(),
            Metrics.exposure(curve.exposedRows(), curve.rows()),
            trades.trades(),
            scan.feesTotal(),
            primary == null ? null : Metrics.buyAndHold(primary.price(primary.firstOpen), primary.price(primary.lastClose)),
            scan.openPositions());
    }

    /** The symbol named in the info, else the first symbol with bars; null without bars. */
    private static SymbolBars primary(final JournalScan scan, final ReportInfo info)
    {
        for (final SymbolBars bars : scan.bars().values())
        {
            if (info.symbol() == null || bars.symbol.name().equals(info.symbol()))
            {
                return bars;
            }
        }
        if (info.symbol() != null && !scan.bars().isEmpty())
        {
            throw new IllegalArgumentException("the journal has no bars of " + info.symbol() + "; it has "
                + symbols(scan));
        }
        return null;
    }

    private static String symbols(final JournalScan scan)
    {
        final List<String> names = new ArrayList<>();
        scan.bars().values().forEach(b -> names.add(b.symbol.name()));
        return String.join(",", names);
    }

    private static String title(final Summary summary)
    {
        return ("Ringfire backtest: " + summary.strategy() + " " + summary.symbol() + " " + summary.interval()).strip();
    }
}
