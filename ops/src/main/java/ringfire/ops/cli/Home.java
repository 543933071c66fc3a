package ringfire.ops.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where Ringfire is installed: {@code RINGFIRE_HOME} (set by the launcher), else the working directory or its
 * parent when it holds {@code config/} and {@code data/}. Used for the default configuration and bundled data.
 */
public final class Home
{
    private Home()
    {
    }

    public static Path dir()
    {
        final String env = System.getenv("RINGFIRE_HOME");
        if (env != null && !env.isBlank())
        {
            return Path.of(env);
        }
        final Path cwd = Path.of("").toAbsolutePath();
        for (Path p = cwd; p != null; p = p.getParent())
        {
            if (Files.isDirectory(p.resolve("config")) && Files.isDirectory(p.resolve("data")))
            {
                return p;
            }
        }
        return cwd;
    }

    public static Path defaultConfig()
    {
        return dir().resolve("config").resolve("paper.yaml");
    }

    public static Path bundledData(final String symbol)
    {
        return dir().resolve("data").resolve("bybit_linear_" + symbol + "_1m.csv.gz");
    }
}
