package ringfire.journal.importer;

import ringfire.codecs.Decimals;
import ringfire.codecs.Scales;

import java.time.Instant;

/**
 * Parses and checks the fields of one kline row exactly (never through double). After a {@link #check} that returns
 * null the public fields hold the bar; otherwise the returned text says what is wrong (without the row's location).
 */
final class RowChecker
{
    private static final long NANOS_PER_MILLI = 1_000_000L;

    private final ImportTarget target;
    private final long intervalMs;
    private final long maxOpenTimeMs;
    private final String priceScaleName;
    private final String qtyScaleName;

    long openTimeMs;
    long open;
    long high;
    long low;
    long close;
    long volume;
    long turnover;

    RowChecker(final ImportTarget target)
    {
        this.target = target;
        this.intervalMs = target.intervalMs();
        this.maxOpenTimeMs = Long.MAX_VALUE / NANOS_PER_MILLI - intervalMs;
        this.priceScaleName = target.symbolName() + "'s price scale " + target.priceScale();
        this.qtyScaleName = target.symbolName() + "'s qty scale " + target.qtyScale();
    }

    /** Checks one row ({@code turnoverText} null when the file has no turnover); returns null for a valid bar. */
    String check(
        final CharSequence timeText,
        final CharSequence openText,
        final CharSequence highText,
        final CharSequence lowText,
        final CharSequence closeText,
        final CharSequence volumeText,
        final CharSequence turnoverText)
    {
        openTimeMs = parseMillis(timeText);
        if (openTimeMs < 0 || openTimeMs > maxOpenTimeMs)
        {
            return timeProblem(timeText);
        }
        if (!KlineInterval.isAligned(openTimeMs, intervalMs))
        {
            return "open time " + Instant.ofEpochMilli(openTimeMs) + " (" + openTimeMs + ") is not aligned to the "
                + KlineInterval.label(target.intervalSeconds()) + " interval";
        }
        open = Decimals.parse(openText, target.priceScale());
        high = Decimals.parse(highText, target.priceScale());
        low = Decimals.parse(lowText, target.priceScale());
        close = Decimals.parse(closeText, target.priceScale());
        String problem = priceProblem("open", open, openText);
        problem = problem != null ? problem : priceProblem("high", high, highText);
        problem = problem != null ? problem : priceProblem("low", low, lowText);
        problem = problem != null ? problem : priceProblem("close", close, closeText);
        if (problem != null)
        {
            return problem;
        }
        volume = Decimals.parse(volumeText, target.qtyScale());
        if (volume == Decimals.INVALID)
        {
            return FieldProblems.decimal("volume", volumeText, target.qtyScale(), qtyScaleName);
        }
        if (volume < 0)
        {
            return "volume " + FieldProblems.quote(volumeText) + " is negative";
        }
        turnover = turnoverText == null ? 0 : Decimals.parse(turnoverText, Scales.MONEY);
        if (turnover == Decimals.INVALID)
        {
            return FieldProblems.decimal("turnover", turnoverText, Scales.MONEY, "the money scale " + Scales.MONEY);
        }
        if (turnover < 0)
        {
            return "turnover " + FieldProblems.quote(turnoverText) + " is negative";
        }
        return rangeProblem();
    }

    private String priceProblem(final String field, final long value, final CharSequence text)
    {
        if (value == Decimals.INVALID)
        {
            return FieldProblems.decimal(field, text, target.priceScale(), priceScaleName);
        }
        if (value <= 0)
        {
            return field + " " + FieldProblems.quote(text) + " is not a positive price";
        }
        return null;
    }

    private String rangeProblem()
    {
        if (high < low)
        {
            return "high " + price(high) + " is below low " + price(low);
        }
        if (high < Math.max(open, close))
        {
            return "high " + price(high) + " is below max(open " + price(open) + ", close " + price(close) + ")";
        }
        if (low > Math.min(open, close))
        {
            return "low " + price(low) + " is above min(open " + price(open) + ", close " + price(close) + ")";
        }
        return null;
    }

    private String price(final long value)
    {
        return Decimals.format(value, target.priceScale());
    }

    /** Epoch milliseconds from digits only, or -1 when the text is not digits or overflows. Allocation-free. */
    static long parseMillis(final CharSequence text)
    {
        final int n = text.length();
        if (n == 0)
        {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < n; i++)
        {
            final int d = text.charAt(i) - '0';
            if (d < 0 || d > 9 || value > (Long.MAX_VALUE - d) / 10)
            {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }

    private String timeProblem(final CharSequence text)
    {
        final String quoted = FieldProblems.quote(text);
        if (allDigits(text, 0))
        {
            return "open time " + quoted + " is out of range (after " + Instant.ofEpochMilli(maxOpenTimeMs) + ")";
        }
        if (text.length() > 0 && text.charAt(0) == '-' && allDigits(text, 1))
        {
            return "open time " + quoted + " is negative";
        }
        return "open time " + quoted + " is not a whole number of epoch milliseconds";
    }

    private static boolean allDigits(final CharSequence text, final int from)
    {
        final int n = text.length();
        for (int i = from; i < n; i++)
        {
            if (text.charAt(i) < '0' || text.charAt(i) > '9')
            {
                return false;
            }
        }
        return n > from;
    }
}
