package ringfire.engine.research;

import ringfire.codecs.Decimals;
import ringfire.codecs.FixedMath;
import ringfire.codecs.Scales;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Number and time text for the research files (CSV, JSON) and tables; the same value always gives the same text. */
public final class Formats
{
    static final int FRACTION_DECIMALS = 6;

    private Formats()
    {
    }

    /** A fraction or ratio: HALF_EVEN to 6 decimals, no trailing zeros, no exponent; "" when undefined. */
    public static String fraction(final Double value)
    {
        if (value == null || !Double.isFinite(value))
        {
            return "";
        }
        final String text = BigDecimal.valueOf(value).setScale(FRACTION_DECIMALS, RoundingMode.HALF_EVEN)
            .stripTrailingZeros().toPlainString();
        return text.equals("-0") ? "0" : text;
    }

    /** Money (10^-8 USDT) with exactly 8 decimals. */
    public static String money(final long money)
    {
        return Decimals.format(money, Scales.MONEY);
    }

    /** Money in USDT to the cent, HALF_EVEN, for tables. */
    public static String usdt(final long money)
    {
        return Decimals.format(FixedMath.divide(money, 1_000_000L, RoundingMode.HALF_EVEN), 2) + " USDT";
    }

    /** "12.34 %", or "n/a". */
    public static String percent(final Double fraction)
    {
        if (fraction == null || !Double.isFinite(fraction))
        {
            return "n/a";
        }
        final double p = fraction * 100;
        return String.format(Locale.ROOT, Math.abs(p) < 1e9 ? "%.2f %%" : "%.3e %%", p);
    }

    /** "1.23", or "n/a". */
    public static String number(final Double value)
    {
        if (value == null || !Double.isFinite(value))
        {
            return "n/a";
        }
        return String.format(Locale.ROOT, Math.abs(value) < 1e9 ? "%.2f" : "%.3e", value);
    }

    /** ISO-8601 UTC of epoch milliseconds, e.g. 2025-06-01T06:00:00Z. */
    public static String iso(final long epochMs)
    {
        return Instant.ofEpochMilli(epochMs).toString();
    }

    /** A CSV field: quoted (with inner quotes doubled) when it holds a comma, quote or line end. */
    public static String csv(final String field)
    {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0)
        {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    /** Rows as a left-aligned text table, two spaces between columns, "\n" line ends. */
    public static String table(final List<String[]> rows)
    {
        int columns = 0;
        for (final String[] r : rows)
        {
            columns = Math.max(columns, r.length);
        }
        final int[] width = new int[columns];
        for (final String[] r : rows)
        {
            for (int i = 0; i < r.length; i++)
            {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        final StringBuilder out = new StringBuilder();
        for (final String[] r : rows)
        {
            final StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length; i++)
            {
                line.append(r[i]);
                if (i < r.length - 1)
                {
                    line.append(" ".repeat(width[i] - r[i].length() + 2));
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }
}
