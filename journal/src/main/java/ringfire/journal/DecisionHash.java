package ringfire.journal;

import org.agrona.DirectBuffer;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 over the encoded bytes of decisions, in order: equal hashes mean byte-identical decisions. */
public final class DecisionHash
{
    private final MessageDigest digest;
    private byte[] scratch = new byte[512];
    private long count;

    public DecisionHash()
    {
        try
        {
            digest = MessageDigest.getInstance("SHA-256");
        }
        catch (final NoSuchAlgorithmException e)
        {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    public void update(final DirectBuffer buffer, final int offset, final int length)
    {
        final byte[] array = buffer.byteArray();
        if (array != null)
        {
            digest.update(array, buffer.wrapAdjustment() + offset, length);
        }
        else
        {
            if (scratch.length < length)
            {
                scratch = new byte[length];
            }
            buffer.getBytes(offset, scratch, 0, length);
            digest.update(scratch, 0, length);
        }
        count++;
    }

    public long count()
    {
        return count;
    }

    /** Hex digest of everything so far; the hash can no longer be updated afterwards. */
    public String hex()
    {
        return HexFormat.of().formatHex(digest.digest());
    }
}
