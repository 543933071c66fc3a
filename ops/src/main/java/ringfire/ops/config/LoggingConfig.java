package ringfire.ops.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Section {@code logging:}: the daemon's log files. Keys and defaults: {@code dir: var/log} (relative to the working
 * directory; the daemon writes {@code ringfire.log} there), {@code level: info} (error, warn, info, debug, trace),
 * {@code maxFileSize: 50MB} (a file rolls over at this size, and every day), {@code maxHistory: 14} (days of rolled
 * files kept), {@code totalSizeCap: 1GB} (rolled files together; the oldest go first). Command-line tools other
 * than the daemon log warnings to stderr and write no files.
 *
 * @param maxFileSize  bytes
 * @param totalSizeCap bytes
 */
public record LoggingConfig(Path dir, String level, long maxFileSize, int maxHistory, long totalSizeCap)
{
    public static final String FILE_NAME = "ringfire.log";
    public static final List<String> LEVELS = List.of("error", "warn", "info", "debug", "trace");

    private static final long KB = 1024;
    private static final long MB = KB * 1024;
    private static final long GB = MB * 1024;

    public static LoggingConfig defaults()
    {
        return new LoggingConfig(Path.of("var/log"), "info", 50 * MB, 14, GB);
    }

    /** The live log file. */
    public Path file()
    {
        return dir.resolve(FILE_NAME);
    }

    /**
     * A size such as {@code 512KB}, {@code 50MB} or {@code 2GB} (units of 1024; upper or lower case) in bytes, or
     * -1 when the text is not one.
     */
    static long parseSize(final String text)
    {
        final String t = text.strip().toUpperCase(Locale.ROOT);
        if (!t.matches("\\d{1,7}(KB|MB|GB)"))
        {
            return -1;
        }
        final long n = Long.parseLong(t.substring(0, t.length() - 2));
        return switch (t.charAt(t.length() - 2))
        {
            case 'K' -> n * KB;
            case 'M' -> n * MB;
            default -> n * GB;
        };
    }

    /** The largest exact unit: {@code 1GB}, {@code 50MB}, {@code 1536KB}; as Logback reads it. */
    static String formatSize(final long bytes)
    {
        if (bytes % GB == 0)
        {
            return bytes / GB + "GB";
        }
        if (bytes % MB == 0)
        {
            return bytes / MB + "MB";
        }
        return bytes / KB + "KB";
    }
}
