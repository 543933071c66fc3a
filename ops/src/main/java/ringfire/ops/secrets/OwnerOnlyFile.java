package ringfire.ops.secrets;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Reads a file that only its owner may read: refused when its group or others have any permission on it. Errors
 * name the file and what is wrong, never its content.
 */
final class OwnerOnlyFile
{
    static final int MAX_BYTES = 64 * 1024;

    private OwnerOnlyFile()
    {
    }

    /** The file's text; {@code what} names it in errors ("secrets file", "admin token file"). */
    static String read(final Path file, final String what)
    {
        final String name = what + " " + file;
        final PosixFileAttributes attributes;
        try
        {
            attributes = Files.readAttributes(file, PosixFileAttributes.class);
        }
        catch (final NoSuchFileException e)
        {
            throw new SecretsException(name + ": no such file");
        }
        catch (final UnsupportedOperationException e)
        {
            throw new SecretsException(name + ": cannot check who may read it (no POSIX permissions on this file "
                + "system); keep it on a POSIX file system with mode 600");
        }
        catch (final IOException e)
        {
            throw new SecretsException(name + ": cannot read its permissions: " + e.getClass().getSimpleName());
        }
        if (!attributes.isRegularFile())
        {
            throw new SecretsException(name + ": not a regular file");
        }
        final Set<PosixFilePermission> permissions = attributes.permissions();
        final String mode = PosixFilePermissions.toString(permissions);
        if (permissions.contains(PosixFilePermission.GROUP_READ) || permissions.contains(PosixFilePermission.OTHERS_READ))
        {
            throw new SecretsException(name + ": mode " + mode + " lets others read it; chmod 600 " + file);
        }
        for (final PosixFilePermission p : permissions)
        {
            if (p != PosixFilePermission.OWNER_READ && p != PosixFilePermission.OWNER_WRITE
                && p != PosixFilePermission.OWNER_EXECUTE)
            {
                throw new SecretsException(name + ": mode " + mode + " gives others access to it; chmod 600 " + file);
            }
        }
        if (attributes.size() > MAX_BYTES)
        {
            throw new SecretsException(name + ": larger than " + MAX_BYTES + " bytes; expected a few short lines");
        }
        final byte[] bytes;
        try
        {
            bytes = Files.readAllBytes(file);
        }
        catch (final AccessDeniedException e)
        {
            throw new SecretsException(name + ": permission denied (is it owned by the user Ringfire runs as?)");
        }
        catch (final IOException e)
        {
            throw new SecretsException(name + ": cannot read: " + e.getClass().getSimpleName());
        }
        try
        {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        }
        catch (final CharacterCodingException e)
        {
            throw new SecretsException(name + ": not UTF-8 text");
        }
    }
}
