package ringfire.codecs.bybit;

/**
 * A reusable {@link CharSequence} over chars: either a view of someone else's array ({@link #wrap}, valid until
 * they overwrite it) or a copy into its own fixed-capacity array ({@link #copy}). Lets {@code Decimals.parse}
 * read a JSON string straight out of the parser's buffer without a String. {@link #toString()} allocates.
 */
final class TextSlice implements CharSequence
{
    private final char[] own;
    private char[] chars;
    private int offset;
    private int length;

    /** A view only. */
    TextSlice()
    {
        this(0);
    }

    /** Holds copies of up to {@code capacity} chars. */
    TextSlice(final int capacity)
    {
        own = new char[capacity];
        chars = own;
    }

    TextSlice wrap(final char[] chars, final int offset, final int length)
    {
        this.chars = chars;
        this.offset = offset;
        this.length = length;
        return this;
    }

    /** Copies the chars in; false (and empty) when they do not fit. */
    boolean copy(final char[] src, final int srcOffset, final int srcLength)
    {
        chars = own;
        offset = 0;
        if (srcLength > own.length)
        {
            length = 0;
            return false;
        }
        System.arraycopy(src, srcOffset, own, 0, srcLength);
        length = srcLength;
        return true;
    }

    /** Copies in as many of the chars as fit. */
    void copyTruncated(final char[] src, final int srcOffset, final int srcLength)
    {
        chars = own;
        offset = 0;
        length = Math.min(srcLength, own.length);
        System.arraycopy(src, srcOffset, own, 0, length);
    }

    void clear()
    {
        chars = own;
        offset = 0;
        length = 0;
    }

    boolean contentEquals(final String text)
    {
        if (text.length() != length)
        {
            return false;
        }
        for (int i = 0; i < length; i++)
        {
            if (chars[offset + i] != text.charAt(i))
            {
                return false;
            }
        }
        return true;
    }

    /** True when this equals {@code other[start, start + len)}. */
    boolean contentEquals(final CharSequence other, final int start, final int len)
    {
        if (len != length)
        {
            return false;
        }
        for (int i = 0; i < length; i++)
        {
            if (chars[offset + i] != other.charAt(start + i))
            {
                return false;
            }
        }
        return true;
    }

    @Override
    public int length()
    {
        return length;
    }

    @Override
    public char charAt(final int index)
    {
        return chars[offset + index];
    }

    @Override
    public CharSequence subSequence(final int start, final int end)
    {
        return new String(chars, offset + start, end - start);
    }

    @Override
    public String toString()
    {
        return new String(chars, offset, length);
    }
}
