package ringfire.journal.importer;

/** Wording of field problems; only called on the error path, so it may allocate. */
final class FieldProblems
{
    private static final int MAX_QUOTED = 40;

    private FieldProblems()
    {
    }

    /**
     * Why {@code text} did not parse as a decimal at {@code scale}: not a number, more decimals than the scale
     * (named by {@code scaleName}, e.g. "BTCUSDT's price scale 2"), or out of range.
     */
    static String decimal(final String field, final CharSequence text, final int scale, final String scaleName)
    {
        final int decimals = significantDecimals(text);
        if (decimals < 0)
        {
            return field + " " + quote(text) + " is not a decimal number";
        }
        if (decimals > scale)
        {
            return field + " " + quote(text) + " has " + decimals + " decimal places, more than " + scaleName;
        }
        return field + " " + quote(text) + " is out of range";
    }

    /** Decimals after the point without trailing zeros, or -1 when the text is not [+-]digits[.digits]. */
    static int significantDecimals(final CharSequence text)
    {
        final int n = text.length();
        int i = n > 0 && (text.charAt(0) == '-' || text.charAt(0) == '+') ? 1 : 0;
        int digits = 0;
        int point = -1;
        int lastNonZeroFraction = -1;
        for (; i < n; i++)
        {
            final char c = text.charAt(i);
            if (c == '.' && point < 0)
            {
                point = i;
            }
            else if (c >= '0' && c <= '9')
            {
                digits++;
                if (point >= 0 && c != '0')
                {
                    lastNonZeroFraction = i;
                }
            }
            else
            {
                return -1;
            }
        }
        if (digits == 0)
        {
            return -1;
        }
        return lastNonZeroFraction < 0 ? 0 : lastNonZeroFraction - point;
    }

    /** The text in single quotes, control characters as '?', cut after {@value #MAX_QUOTED} characters. */
    static String quote(final CharSequence text)
    {
        return quote(text, MAX_QUOTED);
    }

    /** The text in single quotes, control characters as '?', cut after {@code max} characters. */
    static String quote(final CharSequence text, final int max)
    {
        final StringBuilder sb = new StringBuilder(Math.min(text.length(), max) + 5).append('\'');
        for (int i = 0, n = text.length(); i < n; i++)
        {
            if (i == max)
            {
                sb.append("...");
                break;
            }
            final char c = text.charAt(i);
            sb.append(Character.isISOControl(c) ? '?' : c);
        }
        return sb.append('\'').toString();
    }
}
