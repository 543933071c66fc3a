package ringfire.engine.report;

import ringfire.codecs.Decimals;
import ringfire.codecs.FixedMath;
import ringfire.codecs.Scales;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The metrics and metadata of one backtest (the content of summary.json). Fractions are doubles (0.05 = 5 %);
 * money is Money (10^-8 USDT, exact). A null metric is undefined (see {@link Metrics}).
 *
 * @param strategy         {@link ReportInfo#strategy()}, else strategy.name of the journaled configuration
 * @param symbol           the symbol(s) traded: {@link ReportInfo#symbol()}, else every symbol with bars, comma-separated
 * @param interval         bar interval, e.g. "1m"
 * @param firstBarNs       open time of the first closed bar (start of the period)
 * @param lastBarNs        close time of the last closed bar (end of the period)
 * @param bars             equity rows (closed bars; bars of several symbols closing together count once)
 * @param startingCapital  account.startingBalance (Money)
 * @param finalEquity      balance plus unrealized P&amp;L after the last journaled decision (Money)
 * @param openPositions    positions still open at the end (not in trades.csv; their P&amp;L is in final equity)
 */
public record Summary(
    String strategy,
    String symbol,
    String interval,
    long firstBarNs,
    long lastBarNs,
    long bars,
    long startingCapital,
    long finalEquity,
    String configHash,
    double totalReturn,
    Double cagr,
    double sharpe,
    double sortino,
    double maxDrawdown,
    Double calmar,
    Double winRate,
    Double profitFactor,
    Long avgWin,
    Long avgLoss,
    Long expectancy,
    double exposure,
    int trades,
    long fees,
    Double buyAndHoldReturn,
    int openPositions)
{
    /** The key metrics as a plain-text table for the terminal (two columns, "\n" line ends). */
    public String table()
    {
        final StringBuilder out = new StringBuilder(1024);
        for (final String[] row : rows())
        {
            out.append(row[0]);
            for (int i = row[0].length(); i < 18; i++)
            {
                out.append(' ');
            }
            out.append(row[1]).append('\n');
        }
        return out.toString();
    }

    /** The table's rows: label and formatted value. */
    public List<String[]> rows()
    {
        final List<String[]> out = new ArrayList<>();
        row(out, "strategy", strategy);
        row(out, "symbol", symbol + " " + interval);
        row(out, "period", bars == 0 ? "no bars" : Times.iso(firstBarNs) + " .. " + Times.iso(lastBarNs) + " (" + bars
            + " bars)");
        row(out, "starting capital", usdt(startingCapital));
        row(out, "final equity", usdt(finalEquity));
        row(out, "total return", percent(totalReturn));
        row(out, "CAGR", percent(cagr));
        row(out, "Sharpe", number(sharpe));
        row(out, "Sortino", number(sortino));
        row(out, "max drawdown", percent(maxDrawdown));
        row(out, "Calmar", number(calmar));
        row(out, "trades", trades + (openPositions == 0 ? "" : " (+" + openPositions + " still open)"));
        row(out, "win rate", percent(winRate));
        row(out, "profit factor", profitFactor == null ? (trades == 0 ? "n/a" : "n/a (no losing trade)")
            : number(profitFactor));
        row(out, "avg win", avgWin == null ? "n/a" : usdt(avgWin));
        row(out, "avg loss", avgLoss == null ? "n/a" : usdt(avgLoss));
        row(out, "expectancy", expectancy == null ? "n/a" : usdt(expectancy));
        row(out, "exposure", percent(exposure));
        row(out, "fees", usdt(fees));
        row(out, "buy and hold", percent(buyAndHoldReturn));
        row(out, "config hash", configHash);
        return out;
    }

    private static void row(final List<String[]> out, final String label, final String value)
    {
        out.add(new String[] {label, value});
    }

    /** Money in USDT to the cent (HALF_EVEN), or exactly when it is below a cent. */
    static String usdt(final long money)
    {
        final long cents = FixedMath.divide(money, 1_000_000L, RoundingMode.HALF_EVEN);
        return (cents == 0 && money != 0 ? Decimals.format(money, Scales.MONEY) : Decimals.format(cents, 2)) + " USDT";
    }

    static String percent(final Double fraction)
    {
        if (fraction == null)
        {
            return "n/a";
        }
        final double percent = fraction * 100;
        return String.format(Locale.ROOT, Math.abs(percent) < 1e9 ? "%.2f %%" : "%.3e %%", percent);
    }

    static String number(final Double value)
    {
        if (value == null)
        {
            return "n/a";
        }
        return String.format(Locale.ROOT, Math.abs(value) < 1e9 ? "%.2f" : "%.3e", value);
    }
}
