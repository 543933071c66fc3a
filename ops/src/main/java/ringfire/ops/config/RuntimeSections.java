package ringfire.ops.config;

import ringfire.engine.execution.paper.TradingMode;
import ringfire.engine.market.InstrumentSpec;
import ringfire.engine.settings.EngineSettings;
import ringfire.engine.settings.SettingsReader;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Validates the runtime sections {@code feed}, {@code admin}, {@code secrets} and {@code logging}; errors name file and key. */
final class RuntimeSections
{
    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

    private RuntimeSections()
    {
    }

    static FeedConfig feed(final Path file, final ConfigFile.Feed raw, final TradingMode mode,
        final EngineSettings settings)
    {
        final FeedConfig d = FeedConfig.defaults(mode);
        if (raw == null)
        {
            requireKnown(file, "feed.symbols", d.symbols(), settings);
            return d;
        }
        final FeedConfig.Source source = raw.source() == null ? d.source()
            : ConfigFile.choice(file, "feed.source", raw.source(), FeedConfig.Source.class);
        final URI url = raw.url() == null ? d.url() : url(file, raw.url());
        if (mode == TradingMode.LIVE && url.equals(FeedConfig.TESTNET_URL)
            || mode == TradingMode.TESTNET && url.equals(FeedConfig.MAINNET_URL))
        {
            throw new ConfigException(file + ": feed.url: mode " + Durations.lower(mode) + " trades at "
                + (mode == TradingMode.LIVE ? "mainnet" : "testnet") + " prices, so its market data must come from "
                + FeedConfig.defaultUrl(mode) + ", was " + url);
        }
        final List<String> symbols = raw.symbols() == null ? d.symbols() : raw.symbols();
        requireKnown(file, "feed.symbols", symbols, settings);
        final int depth = raw.orderbookDepth() == null ? d.orderbookDepth() : raw.orderbookDepth();
        if (!FeedConfig.ORDERBOOK_DEPTHS.contains(depth))
        {
            throw new ConfigException(file + ": feed.orderbookDepth: expected one of "
                + FeedConfig.ORDERBOOK_DEPTHS.stream().map(String::valueOf).collect(Collectors.joining(", "))
                + ", was " + depth);
        }
        final String interval = raw.klineInterval() == null ? d.klineInterval() : raw.klineInterval().strip();
        if (!FeedConfig.KLINE_INTERVALS.contains(interval))
        {
            throw new ConfigException(file + ": feed.klineInterval: expected one of "
                + String.join(", ", FeedConfig.KLINE_INTERVALS) + " (minutes, day, week, month), was '" + interval + "'");
        }
        final Duration heartbeat = duration(file, "feed.heartbeat", raw.heartbeat(), d.heartbeat(),
            Duration.ofSeconds(1), Duration.ofMinutes(5));
        final Duration timeout = duration(file, "feed.timeout", raw.timeout(), d.timeout(),
            Duration.ofSeconds(1), Duration.ofMinutes(10));
        if (timeout.compareTo(heartbeat) <= 0)
        {
            throw new ConfigException(file + ": feed.timeout: expected more than feed.heartbeat ("
                + Durations.format(heartbeat) + "), was " + Durations.format(timeout));
        }
        final Duration reconnectCap = duration(file, "feed.reconnectCap", raw.reconnectCap(), d.reconnectCap(),
            Duration.ofSeconds(1), Duration.ofMinutes(10));
        final FeedConfig feed = new FeedConfig(source, url, symbols, depth, interval, heartbeat, timeout, reconnectCap,
            raw.keepRawFrames() == null ? d.keepRawFrames() : raw.keepRawFrames());
        try
        {
            feed.gateway().build(); // the gateway's own limits, e.g. the subscription size of many symbols
        }
        catch (final IllegalArgumentException e)
        {
            throw new ConfigException(file + ": feed: " + e.getMessage());
        }
        return feed;
    }

    static AdminConfig admin(final Path file, final ConfigFile.Admin raw)
    {
        final AdminConfig d = AdminConfig.defaults();
        if (raw == null)
        {
            return d;
        }
        final int http = port(file, "admin.httpPort", raw.httpPort(), d.httpPort());
        final int telnet = port(file, "admin.telnetPort", raw.telnetPort(), d.telnetPort());
        if (http == telnet)
        {
            throw new ConfigException(file + ": admin.telnetPort: expected a port other than admin.httpPort ("
                + http + "), was " + telnet);
        }
        return new AdminConfig(raw.enabled() == null ? d.enabled() : raw.enabled(),
            raw.bind() == null ? d.bind() : address(file, "admin.bind", raw.bind()), http, telnet,
            path(file, "admin.tokenFile", raw.tokenFile()));
    }

    static SecretsConfig secrets(final Path file, final ConfigFile.Secrets raw)
    {
        final SecretsConfig d = SecretsConfig.defaults();
        if (raw == null)
        {
            return d;
        }
        final String key = envName(file, "secrets.apiKeyEnv", raw.apiKeyEnv(), d.apiKeyEnv());
        final String secret = envName(file, "secrets.apiSecretEnv", raw.apiSecretEnv(), d.apiSecretEnv());
        if (key.equals(secret))
        {
            throw new ConfigException(file + ": secrets.apiSecretEnv: expected a variable other than "
                + "secrets.apiKeyEnv (" + key + "), was " + secret);
        }
        return new SecretsConfig(key, secret, path(file, "secrets.secretsFile", raw.secretsFile()));
    }

    static LoggingConfig logging(final Path file, final ConfigFile.Logging raw)
    {
        final LoggingConfig d = LoggingConfig.defaults();
        if (raw == null)
        {
            return d;
        }
        final Path dir = raw.dir() == null ? d.dir() : directory(file, "logging.dir", raw.dir());
        String level = d.level();
        if (raw.level() != null)
        {
            level = raw.level().strip().toLowerCase(java.util.Locale.ROOT);
            if (!LoggingConfig.LEVELS.contains(level))
            {
                throw new ConfigException(file + ": logging.level: expected one of "
                    + String.join(", ", LoggingConfig.LEVELS) + ", was '" + raw.level() + "'");
            }
        }
        final long maxFileSize = size(file, "logging.maxFileSize", raw.maxFileSize(), d.maxFileSize(), 1024L);
        final int maxHistory = raw.maxHistory() == null ? d.maxHistory() : raw.maxHistory();
        if (maxHistory < 1 || maxHistory > 3650)
        {
            throw new ConfigException(file + ": logging.maxHistory: expected 1..3650 days, was " + maxHistory);
        }
        final long totalSizeCap = size(file, "logging.totalSizeCap", raw.totalSizeCap(), d.totalSizeCap(), maxFileSize);
        return new LoggingConfig(dir, level, maxFileSize, maxHistory, totalSizeCap);
    }

    private static long size(final Path file, final String key, final String text, final long dflt, final long min)
    {
        if (text == null)
        {
            return dflt;
        }
        final long bytes = LoggingConfig.parseSize(text);
        if (bytes < 0)
        {
            throw new ConfigException(file + ": " + key + ": expected a size such as 512KB, 50MB or 2GB, was '"
                + text + "'");
        }
        if (bytes < min)
        {
            throw new ConfigException(file + ": " + key + ": expected at least " + LoggingConfig.formatSize(min)
                + (min > 1024L ? " (logging.maxFileSize)" : "") + ", was " + text.strip());
        }
        return bytes;
    }

    private static void requireKnown(final Path file, final String key, final List<String> symbols,
        final EngineSettings settings)
    {
        if (symbols.isEmpty())
        {
            throw new ConfigException(file + ": " + key + ": expected at least one symbol");
        }
        final List<String> known = new ArrayList<>();
        for (final InstrumentSpec spec : settings.instruments())
        {
            known.add(spec.name());
        }
        final Set<String> seen = new HashSet<>();
        for (int i = 0; i < symbols.size(); i++)
        {
            final String s = symbols.get(i);
            if (s == null || !known.contains(s))
            {
                throw new ConfigException(file + ": " + key + "[" + i + "]: expected a symbol of the instrument table ("
                    + String.join(", ", known.stream().sorted().toList()) + "), was '" + s + "'");
            }
            if (!seen.add(s))
            {
                throw new ConfigException(file + ": " + key + "[" + i + "]: " + s + " is listed twice");
            }
        }
    }

    private static URI url(final Path file, final String text)
    {
        try
        {
            final URI uri = new URI(text.strip());
            if (("ws".equals(uri.getScheme()) || "wss".equals(uri.getScheme())) && uri.getHost() != null)
            {
                return uri;
            }
        }
        catch (final URISyntaxException e)
        {
            // reported below
        }
        throw new ConfigException(file + ": feed.url: expected a ws:// or wss:// URL, was '" + text + "'");
    }

    private static Duration duration(final Path file, final String key, final String text, final Duration dflt,
        final Duration min, final Duration max)
    {
        if (text == null)
        {
            return dflt;
        }
        final Duration d;
        try
        {
            d = Duration.ofNanos(new SettingsReader(Map.of(key, text)).durationNs(key, "0s"));
        }
        catch (final IllegalArgumentException e)
        {
            throw new ConfigException(file + ": " + e.getMessage());
        }
        if (d.compareTo(min) < 0 || d.compareTo(max) > 0)
        {
            throw new ConfigException(file + ": " + key + ": expected " + Durations.format(min) + ".."
                + Durations.format(max) + ", was " + text.strip());
        }
        return d;
    }

    private static int port(final Path file, final String key, final Integer value, final int dflt)
    {
        if (value == null)
        {
            return dflt;
        }
        if (value < 1 || value > 65_535)
        {
            throw new ConfigException(file + ": " + key + ": expected a port 1..65535, was " + value);
        }
        return value;
    }

    /** An IP address literal; host names are refused so that reading the configuration never touches DNS. */
    static InetAddress address(final Path file, final String key, final String text)
    {
        final String s = text.strip();
        try
        {
            if (IPV4.matcher(s).matches())
            {
                final String[] parts = s.split("\\.");
                final byte[] bytes = new byte[4];
                boolean ok = true;
                for (int i = 0; i < 4; i++)
                {
                    final int octet = Integer.parseInt(parts[i]);
                    ok &= octet <= 255;
                    bytes[i] = (byte) octet;
                }
                if (ok)
                {
                    return InetAddress.getByAddress(bytes);
                }
            }
            else if (s.indexOf(':') >= 0 && s.matches("[0-9A-Fa-f:.]+"))
            {
                return InetAddress.getByName(s); // an IPv6 literal: parsed, no lookup
            }
        }
        catch (final UnknownHostException e)
        {
            // reported below
        }
        throw new ConfigException(file + ": " + key + ": expected an IP address such as 127.0.0.1 or ::1, was '"
            + text + "'");
    }

    private static Path path(final Path file, final String key, final String text)
    {
        if (text == null)
        {
            return null;
        }
        if (text.isBlank())
        {
            throw new ConfigException(file + ": " + key + ": expected a file path, was empty");
        }
        try
        {
            return Path.of(text.strip());
        }
        catch (final InvalidPathException e)
        {
            throw new ConfigException(file + ": " + key + ": expected a file path, was '" + text + "'");
        }
    }

    private static Path directory(final Path file, final String key, final String text)
    {
        if (text.isBlank())
        {
            throw new ConfigException(file + ": " + key + ": expected a directory path, was empty");
        }
        try
        {
            return Path.of(text.strip());
        }
        catch (final InvalidPathException e)
        {
            throw new ConfigException(file + ": " + key + ": expected a directory path, was '" + text + "'");
        }
    }

    private static String envName(final Path file, final String key, final String text, final String dflt)
    {
        if (text == null)
        {
            return dflt;
        }
        if (!ENV_NAME.matcher(text).matches())
        {
            throw new ConfigException(file + ": " + key + ": expected the name of an environment variable "
                + "(letters, digits, _), was '" + text + "'");
        }
        return text;
    }
}
