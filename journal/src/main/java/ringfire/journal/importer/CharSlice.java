package ringfire.journal.importer;

import java.util.Arrays;

/** A reusable window on a char array, so fields are parsed without making a String per field. */
final class CharSlice implements CharSequence
{
    private char[] chars = new char[0];
    private char[] own = new char[32];
    private int offset;
    private int length;

    /** Views {@code length} chars of {@code source} from {@code offset}; valid while the source is unchanged. */
    CharSlice wrap(final char[] source, final int offset, final int length)
    {
        this.chars = source;
        this.offset = offset;
        this.length = length;
        return this;
    }

    /** Copies {@code length} chars of {@code source} into storage of its own, reused from call to call. */
    CharSlice copy(final char[] source, final int offset, final int length)
    {
        if (own.length < length)
        {
            own = Arrays.copyOf(own, Math.max(length, own.length * 2));
        }
        System.arraycopy(source, offset, own, 0, length);
        return wrap(own, 0, length);
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
