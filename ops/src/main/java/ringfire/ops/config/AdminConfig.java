package ringfire.ops.config;

import java.net.InetAddress;
import java.nio.file.Path;

/**
 * Section {@code admin:}: the admin port. Keys and defaults: {@code enabled: true}, {@code bind: 127.0.0.1} (an IP
 * address), {@code httpPort: 8420}, {@code telnetPort: 8421}, {@code tokenFile} (optional; a file readable by its
 * owner alone holding the token; without it the token comes from {@code RINGFIRE_ADMIN_TOKEN}). Without a token
 * the admin port stays closed.
 *
 * @param tokenFile null when not configured
 */
public record AdminConfig(boolean enabled, InetAddress bind, int httpPort, int telnetPort, Path tokenFile)
{
    public static final String TOKEN_ENV = "RINGFIRE_ADMIN_TOKEN";

    public static AdminConfig defaults()
    {
        return new AdminConfig(true, InetAddress.getLoopbackAddress(), 8420, 8421, null);
    }
}
