package ringfire.engine.report;

import ringfire.codecs.Decimals;
import ringfire.codecs.Scales;
import ringfire.codecs.sbe.PositionSide;

import java.util.List;
import java.util.Locale;

/**
 * report.html: one self-contained file (inline CSS and SVG; no scripts, fonts or external references): equity and
 * drawdown charts, a price chart per symbol with trade markers (entry ▲ long / ▼ short, exit ●), the metrics, the
 * first trades and the journaled configuration. Deterministic: the same journal gives the same bytes.
 */
final class HtmlReport
{
    /** Trades listed in the HTML table; all of them are in trades.csv. */
    static final int MAX_TRADE_ROWS = 500;

    private static final String CSS = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:24px auto;max-width:1000px;\
        color:#1d2430;background:#fff;padding:0 16px}
        h1{font-size:22px;margin:0 0 4px}h2{font-size:16px;margin:28px 0 8px;border-bottom:1px solid #d8dde6;\
        padding-bottom:4px}
        .meta{color:#5a6475;font-size:13px;margin:0}
        .chart{width:100%;height:auto;display:block}
        .plot{fill:#fafbfc;stroke:#d8dde6}
        .grid{stroke:#e6e9ef;stroke-width:1}
        .ylabel{font-size:11px;fill:#5a6475;text-anchor:end}
        .xlabel{font-size:11px;fill:#5a6475}
        .equity{fill:none;stroke:#1f6feb;stroke-width:1.5}
        .start{stroke:#8c959f;stroke-dasharray:4 3}
        .dd{fill:#f8d7da;stroke:#cf222e;stroke-width:1}
        .price{fill:none;stroke:#57606a;stroke-width:1}
        .long{fill:#1a7f37}.short{fill:#cf222e}.exit{fill:#fff;stroke:#1d2430;stroke-width:1.5}
        table{border-collapse:collapse;font-size:13px}
        td,th{padding:3px 10px;border-bottom:1px solid #eef0f4;text-align:left}
        td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
        .metrics td:first-child{color:#5a6475}
        pre{background:#f6f8fa;padding:12px;font-size:12px;overflow:auto;border:1px solid #d8dde6}
        .legend{font-size:12px;color:#5a6475}
        """;

    private HtmlReport()
    {
    }

    static String render(final String title, final Summary summary, final JournalScan scan)
    {
        final StringBuilder out = new StringBuilder(256 * 1024);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
            .append(Html.escape(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        out.append("<h1>").append(Html.escape(title)).append("</h1>\n<p class=\"meta\">")
            .append(Html.escape(summary.bars() == 0 ? "no bars"
                : Times.iso(summary.firstBarNs()) + " .. " + Times.iso(summary.lastBarNs()) + ", " + summary.bars()
                + " bars, " + summary.trades() + " trades"))
            .append("<br>").append(Html.escape(scan.session().engineVersion() + ", config hash "
                + summary.configHash())).append("</p>\n");
        if (summary.bars() == 0)
        {
            out.append("<p>The journal has no closed bars.</p>\n");
        }
        else
        {
            equity(out, scan);
            drawdown(out, scan);
            for (final SymbolBars bars : scan.bars().values())
            {
                price(out, bars, scan.trades());
            }
        }
        metrics(out, summary);
        trades(out, scan.trades());
        out.append("<h2>Configuration</h2>\n<pre>").append(Html.escape(scan.session().configText())).append("</pre>\n");
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private static void equity(final StringBuilder out, final JournalScan scan)
    {
        final List<Downsampler.Point> points = scan.curve().equityPoints().points();
        final double start = scan.curve().start();
        double min = start;
        double max = start;
        for (final Downsampler.Point p : points)
        {
            min = Math.min(min, p.value());
            max = Math.max(max, p.value());
        }
        final long t0 = points.get(0).timeNs();
        final long t1 = points.get(points.size() - 1).timeNs();
        final SvgChart chart = new SvgChart("equity", t0, t1, min, max, v -> String.format(Locale.ROOT, "%.2f", v));
        chart.line(List.of(new Downsampler.Point(t0, start), new Downsampler.Point(t1, start)), "start");
        chart.line(points, "equity");
        out.append("<h2>Equity (USDT)</h2>\n").append(chart.render())
            .append("<p class=\"legend\">Balance plus unrealized P&amp;L at each bar close; dashed: starting capital.</p>\n");
    }

    private static void drawdown(final StringBuilder out, final JournalScan scan)
    {
        final List<Downsampler.Point> points = scan.curve().drawdownPoints().points();
        double min = 0;
        for (final Downsampler.Point p : points)
        {
            min = Math.min(min, p.value());
        }
        final SvgChart chart = new SvgChart("drawdown", points.get(0).timeNs(), points.get(points.size() - 1).timeNs(),
            min, 0, v -> String.format(Locale.ROOT, "%.2f %%", v * 100));
        chart.areaToZero(points, "dd");
        out.append("<h2>Drawdown</h2>\n").append(chart.render());
    }

    private static void price(final StringBuilder out, final SymbolBars bars, final List<Trade> trades)
    {
        final List<Downsampler.Point> points = bars.closes.points();
        final String name = bars.symbol.name();
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (final Downsampler.Point p : points)
        {
            min = Math.min(min, p.value());
            max = Math.max(max, p.value());
        }
        for (final Trade t : trades)
        {
            if (t.symbol().equals(name))
            {
                min = Math.min(min, Math.min(bars.price(t.entryPrice()), bars.price(t.exitPrice())));
                max = Math.max(max, Math.max(bars.price(t.entryPrice()), bars.price(t.exitPrice())));
            }
        }
        final int scale = bars.symbol.priceScale();
        final SvgChart chart = new SvgChart(name + " price", points.get(0).timeNs(),
            points.get(points.size() - 1).timeNs(), min, max, v -> String.format(Locale.ROOT, "%." + scale + "f", v));
        chart.line(points, "price");
        for (final Trade t : trades)
        {
            if (!t.symbol().equals(name))
            {
                continue;
            }
            final boolean isLong = t.side() == PositionSide.LONG;
            final String entry = Decimals.format(t.entryPrice(), scale);
            final String exit = Decimals.format(t.exitPrice(), scale);
            chart.triangle(t.entryTimeNs(), bars.price(t.entryPrice()), isLong, isLong ? "long" : "short",
                "#" + t.id() + " " + t.side().name() + " entry " + entry + " at " + Times.iso(t.entryTimeNs()));
            chart.dot(t.exitTimeNs(), bars.price(t.exitPrice()), "exit",
                "#" + t.id() + " exit " + exit + " at " + Times.iso(t.exitTimeNs()) + " (" + t.exitReason() + "), P&L "
                    + Decimals.format(t.pnl(), Scales.MONEY));
        }
        out.append("<h2>").append(Html.escape(name)).append(" close (").append(bars.bars).append(" bars)</h2>\n")
            .append(chart.render())
            .append("<p class=\"legend\">&#9650; long entry, &#9660; short entry, &#9679; exit (hover for details).</p>\n");
    }

    private static void metrics(final StringBuilder out, final Summary summary)
    {
        out.append("<h2>Metrics</h2>\n<table class=\"metrics\">\n");
        for (final String[] row : summary.rows())
        {
            out.append("<tr><td>").append(Html.escape(row[0])).append("</td><td class=\"n\">")
                .append(Html.escape(row[1])).append("</td></tr>\n");
        }
        out.append("</table>\n");
    }

    private static void trades(final StringBuilder out, final List<Trade> trades)
    {
        out.append("<h2>Trades</h2>\n");
        if (trades.isEmpty())
        {
            out.append("<p>No closed trades.</p>\n");
            return;
        }
        if (trades.size() > MAX_TRADE_ROWS)
        {
            out.append("<p class=\"legend\">The first ").append(MAX_TRADE_ROWS).append(" of ").append(trades.size())
                .append(" trades; trades.csv has them all.</p>\n");
        }
        out.append("<table>\n<tr>");
        for (final String h : Trade.CSV_HEADER.split(","))
        {
            out.append("<th>").append(h.replace('_', ' ')).append("</th>");
        }
        out.append("</tr>\n");
        for (int i = 0; i < Math.min(trades.size(), MAX_TRADE_ROWS); i++)
        {
            out.append("<tr>");
            final String[] cells = trades.get(i).csvRow().split(",");
            for (int c = 0; c < cells.length; c++)
            {
                final boolean number = c == 0 || c == 3 || c == 5 || c >= 7 && c <= 9;
                out.append(number ? "<td class=\"n\">" : "<td>").append(Html.escape(cells[c])).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</table>\n");
    }
}
