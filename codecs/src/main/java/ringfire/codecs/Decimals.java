package ringfire.codecs;

import org.agrona.DirectBuffer;

/**
 * Exact conversion between decimal strings and scaled 64-bit integers.
 *
 * <p>A value {@code v} at scale {@code s} means {@code v / 10^s}. Parsing never goes through
 * {@code double}: digits beyond the scale are accepted only when they are zeros, so {@code "16578.50"}
 * at scale 1 is 165785, while {@code "16578.55"} at scale 1 is rejected rather than rounded.
 */
public final class Decimals
{
    /** Returned by the allocation-free parsers for malformed or unrepresentable input. */
    public static final long INVALID = Long.MIN_VALUE;
    public static final int MAX_SCALE = 18;

    private static final long[] POW10 = new long[MAX_SCALE + 1];

    static
    {
        long p = 1;
        for (int i = 0; i <= MAX_SCALE; i++)
        {
            POW10[i] = p;
            p *= 10;
        }
    }

    private Decimals()
    {
    }

    public static long pow10(final int scale)
    {
        checkScale(scale);
        return POW10[scale];
    }

    /** Parses {@code text} at {@code scale}, or returns {@link #INVALID}. Allocation-free. */
    public static long parse(final CharSequence text, final int scale)
    {
        return parse(text, 0, text.length(), scale);
    }

    public static long parse(final CharSequence text, final int start, final int end, final int scale)
    {
        checkScale(scale);
        if (start >= end)
        {
            return INVALID;
        }
        int i = start;
        boolean negative = false;
        final char first = text.charAt(i);
        if (first == '-' || first == '+')
        {
            negative = first == '-';
            i++;
        }
        long value = 0;
        int fractionDigits = -1;
        int digits = 0;
        for (; i < end; i++)
        {
            final char c = text.charAt(i);
            if (c == '.')
            {
                if (fractionDigits >= 0)
                {
                    return INVALID;
                }
                fractionDigits = 0;
                continue;
            }
            final int d = c - '0';
            if (d < 0 || d > 9)
            {
                return INVALID;
            }
            digits++;
            if (fractionDigits >= 0)
            {
                if (fractionDigits == scale)
                {
                    if (d != 0)
                    {
                        return INVALID;
                    }
                    continue;
                }
                fractionDigits++;
            }
            value = accumulate(value, d);
            if (value == INVALID)
            {
                return INVALID;
            }
        }
        return finish(value, digits, Math.max(fractionDigits, 0), scale, negative);
    }

    /** Parses ASCII bytes at {@code scale}, or returns {@link #INVALID}. Allocation-free. */
    public static long parse(final DirectBuffer buffer, final int offset, final int length, final int scale)
    {
        checkScale(scale);
        if (length <= 0)
        {
            return INVALID;
        }
        final int end = offset + length;
        int i = offset;
        boolean negative = false;
        final byte first = buffer.getByte(i);
        if (first == '-' || first == '+')
        {
            negative = first == '-';
            i++;
        }
        long value = 0;
        int fractionDigits = -1;
        int digits = 0;
        for (; i < end; i++)
        {
            final byte c = buffer.getByte(i);
            if (c == '.')
            {
                if (fractionDigits >= 0)
                {
                    return INVALID;
                }
                fractionDigits = 0;
                continue;
            }
            final int d = c - '0';
            if (d < 0 || d > 9)
            {
                return INVALID;
            }
            digits++;
            if (fractionDigits >= 0)
            {
                if (fractionDigits == scale)
                {
                    if (d != 0)
                    {
                        return INVALID;
                    }
                    continue;
                }
                fractionDigits++;
            }
            value = accumulate(value, d);
            if (value == INVALID)
            {
                return INVALID;
            }
        }
        return finish(value, digits, Math.max(fractionDigits, 0), scale, negative);
    }

    /** Parses or throws {@link IllegalArgumentException} naming the text and scale: for configuration and files. */
    public static long parseOrThrow(final CharSequence text, final int scale)
    {
        final long v = parse(text, scale);
        if (v == INVALID)
        {
            throw new IllegalArgumentException(
                "'" + text + "' is not a decimal number with at most " + scale + " decimal places");
        }
        return v;
    }

    /** Formats {@code value} at {@code scale} with exactly {@code scale} decimals. */
    public static String format(final long value, final int scale)
    {
        return appendTo(new StringBuilder(24), value, scale).toString();
    }

    public static StringBuilder appendTo(final StringBuilder out, final long value, final int scale)
    {
        checkScale(scale);
        if (scale == 0)
        {
            return out.append(value);
        }
        final long p = POW10[scale];
        final long whole = value / p;
        final long frac = Math.abs(value % p);
        if (value < 0 && whole == 0)
        {
            out.append('-');
        }
        out.append(whole).append('.');
        final String f = Long.toString(frac);
        for (int i = f.length(); i < scale; i++)
        {
            out.append('0');
        }
        return out.append(f);
    }

    /** Converts a value between scales; returns {@link #INVALID} when precision would be lost or it overflows. */
    public static long rescale(final long value, final int fromScale, final int toScale)
    {
        checkScale(fromScale);
        checkScale(toScale);
        if (toScale >= fromScale)
        {
            final long p = POW10[toScale - fromScale];
            final long r = value * p;
            return (p != 0 && r / p == value && r != INVALID) ? r : INVALID;
        }
        final long p = POW10[fromScale - toScale];
        return value % p == 0 ? value / p : INVALID;
    }

    private static long accumulate(final long value, final int digit)
    {
        if (value > (Long.MAX_VALUE - digit) / 10)
        {
            return INVALID;
        }
        return value * 10 + digit;
    }

    private static long finish(
        final long value, final int digits, final int fractionDigits, final int scale, final boolean negative)
    {
        if (digits == 0)
        {
            return INVALID;
        }
        long v = value;
        for (int f = fractionDigits; f < scale; f++)
        {
            v = accumulate(v, 0);
            if (v == INVALID)
            {
                return INVALID;
            }
        }
        return negative ? -v : v;
    }

    private static void checkScale(final int scale)
    {
        if (scale < 0 || scale > MAX_SCALE)
        {
            throw new IllegalArgumentException("scale must be 0.." + MAX_SCALE + ": " + scale);
        }
    }
}
