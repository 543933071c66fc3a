package ringfire.engine.research;

import ringfire.engine.report.Summary;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The summary metrics a sweep can rank by and a walk-forward can choose by (definitions in the README's "Backtest
 * report" section). Max drawdown ranks lower-is-better, every other higher-is-better. An undefined metric (null,
 * e.g. win rate without trades, or profit factor without a losing trade) ranks after every defined one.
 */
public enum Metric
{
    TOTAL_RETURN("total_return", true, Summary::totalReturn),
    CAGR("cagr", true, Summary::cagr),
    SHARPE("sharpe", true, Summary::sharpe),
    SORTINO("sortino", true, Summary::sortino),
    CALMAR("calmar", true, Summary::calmar),
    MAX_DRAWDOWN("max_drawdown", false, Summary::maxDrawdown),
    WIN_RATE("win_rate", true, Summary::winRate),
    PROFIT_FACTOR("profit_factor", true, Summary::profitFactor),
    EXPECTANCY("expectancy", true, s -> s.expectancy() == null ? null : s.expectancy() / 1e8);

    private final String key;
    private final boolean higherIsBetter;
    private final Function<Summary, Double> value;

    Metric(final String key, final boolean higherIsBetter, final Function<Summary, Double> value)
    {
        this.key = key;
        this.higherIsBetter = higherIsBetter;
        this.value = value;
    }

    /** The summary.json key, e.g. {@code sharpe}. */
    public String key()
    {
        return key;
    }

    public boolean higherIsBetter()
    {
        return higherIsBetter;
    }

    /** The metric of a summary; null when undefined (NaN counts as undefined). */
    public Double of(final Summary summary)
    {
        final Double v = value.apply(summary);
        return v == null || v.isNaN() ? null : v;
    }

    /** For tables: a percentage for returns, drawdown and win rate, else a number with 2 decimals; "n/a" if undefined. */
    public String display(final Double value)
    {
        return switch (this)
        {
            case TOTAL_RETURN, CAGR, MAX_DRAWDOWN, WIN_RATE -> Formats.percent(value);
            default -> Formats.number(value);
        };
    }

    /** Best first; undefined last; equal values keep their order (use a stable sort, or add a tie-break). */
    public Comparator<Summary> bestFirst()
    {
        return (a, b) -> compareValues(of(a), of(b));
    }

    /** Best first for two metric values; null last. */
    public int compareValues(final Double a, final Double b)
    {
        if (a == null || b == null)
        {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        return higherIsBetter ? Double.compare(b, a) : Double.compare(a, b);
    }

    /** By key ({@code sharpe}) or enum name, any case, '-' or '_'. */
    public static Metric parse(final String text)
    {
        final String k = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        for (final Metric m : values())
        {
            if (m.key.equals(k))
            {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown metric '" + text + "' (known: "
            + Arrays.stream(values()).map(Metric::key).collect(Collectors.joining(", ")) + ")");
    }
}
