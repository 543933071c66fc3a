package ringfire.ops.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import ringfire.engine.execution.paper.TradingMode;
import ringfire.engine.market.DefaultInstruments;
import ringfire.engine.pipeline.PipelineConfig;
import ringfire.engine.settings.EngineSettings;
import ringfire.journal.JournalOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Loads a YAML configuration file into {@link RingfireConfig}. Every problem is a {@link ConfigException} with
 * one line: the file, the key path and what was expected.
 */
public final class ConfigFile
{
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** Sections holding settings that affect decisions; they are journaled with each session. */
    static final Set<String> ENGINE_SECTIONS = Set.of("account", "execution", "exits", "instruments", "paper", "risk", "strategy");
    private static final Set<String> RUNTIME_SECTIONS = Set.of("admin", "feed", "journal", "logging", "mode", "pipeline", "secrets");

    private ConfigFile()
    {
    }

    record Pipeline(String mode, String waitStrategy, Integer ringSize)
    {
        @JsonCreator
        Pipeline(@JsonProperty("mode") final String mode, @JsonProperty("waitStrategy") final String waitStrategy,
            @JsonProperty("ringSize") final Integer ringSize)
        {
            this.mode = mode;
            this.waitStrategy = waitStrategy;
            this.ringSize = ringSize;
        }
    }

    record Journal(String dir, String rollCycle)
    {
        @JsonCreator
        Journal(@JsonProperty("dir") final String dir, @JsonProperty("rollCycle") final String rollCycle)
        {
            this.dir = dir;
            this.rollCycle = rollCycle;
        }
    }

    record Feed(String source, String url, List<String> symbols, Integer orderbookDepth, String klineInterval,
        String heartbeat, String timeout, String reconnectCap, Boolean keepRawFrames)
    {
        @JsonCreator
        Feed(@JsonProperty("source") final String source, @JsonProperty("url") final String url,
            @JsonProperty("symbols") final List<String> symbols,
            @JsonProperty("orderbookDepth") final Integer orderbookDepth,
            @JsonProperty("klineInterval") final String klineInterval,
            @JsonProperty("heartbeat") final String heartbeat, @JsonProperty("timeout") final String timeout,
            @JsonProperty("reconnectCap") final String reconnectCap,
            @JsonProperty("keepRawFrames") final Boolean keepRawFrames)
        {
            this.source = source;
            this.url = url;
            this.symbols = symbols;
            this.orderbookDepth = orderbookDepth;
            this.klineInterval = klineInterval;
            this.heartbeat = heartbeat;
            this.timeout = timeout;
            this.reconnectCap = reconnectCap;
            this.keepRawFrames = keepRawFrames;
        }
    }

    record Admin(Boolean enabled, String bind, Integer httpPort, Integer telnetPort, String tokenFile)
    {
        @JsonCreator
        Admin(@JsonProperty("enabled") final Boolean enabled, @JsonProperty("bind") final String bind,
            @JsonProperty("httpPort") final Integer httpPort, @JsonProperty("telnetPort") final Integer telnetPort,
            @JsonProperty("tokenFile") final String tokenFile)
        {
            this.enabled = enabled;
            this.bind = bind;
            this.httpPort = httpPort;
            this.telnetPort = telnetPort;
            this.tokenFile = tokenFile;
        }
    }

    record Secrets(String apiKeyEnv, String apiSecretEnv, String secretsFile)
    {
        @JsonCreator
        Secrets(@JsonProperty("apiKeyEnv") final String apiKeyEnv,
            @JsonProperty("apiSecretEnv") final String apiSecretEnv,
            @JsonProperty("secretsFile") final String secretsFile)
        {
            this.apiKeyEnv = apiKeyEnv;
            this.apiSecretEnv = apiSecretEnv;
            this.secretsFile = secretsFile;
        }
    }

    record Logging(String dir, String level, String maxFileSize, Integer maxHistory, String totalSizeCap)
    {
        @JsonCreator
        Logging(@JsonProperty("dir") final String dir, @JsonProperty("level") final String level,
            @JsonProperty("maxFileSize") final String maxFileSize, @JsonProperty("maxHistory") final Integer maxHistory,
            @JsonProperty("totalSizeCap") final String totalSizeCap)
        {
            this.dir = dir;
            this.level = level;
            this.maxFileSize = maxFileSize;
            this.maxHistory = maxHistory;
            this.totalSizeCap = totalSizeCap;
        }
    }

    record Root(Pipeline pipeline, Journal journal, String mode, Feed feed, Admin admin, Secrets secrets,
        Logging logging)
    {
        @JsonCreator
        Root(@JsonProperty("pipeline") final Pipeline pipeline, @JsonProperty("journal") final Journal journal,
            @JsonProperty("mode") final String mode, @JsonProperty("feed") final Feed feed,
            @JsonProperty("admin") final Admin admin, @JsonProperty("secrets") final Secrets secrets,
            @JsonProperty("logging") final Logging logging)
        {
            this.pipeline = pipeline;
            this.journal = journal;
            this.mode = mode;
            this.feed = feed;
            this.admin = admin;
            this.secrets = secrets;
            this.logging = logging;
        }
    }

    public static RingfireConfig load(final Path file)
    {
        return load(file, Runtime.getRuntime().availableProcessors());
    }

    /** Loads and validates against a machine with {@code cores} cores. */
    public static RingfireConfig load(final Path file, final int cores)
    {
        final Root root;
        final Map<String, String> engine = new TreeMap<>();
        try
        {
            final JsonNode tree = YAML.readTree(Files.readAllBytes(file));
            final ObjectNode runtime = YAML.createObjectNode();
            if (tree != null && !tree.isMissingNode() && !tree.isNull())
            {
                if (!tree.isObject())
                {
                    throw new ConfigException(file + ": expected a section of keys at the top level");
                }
                for (final Map.Entry<String, JsonNode> e : tree.properties())
                {
                    if (ENGINE_SECTIONS.contains(e.getKey()))
                    {
                        flatten(file, e.getKey(), e.getValue(), engine);
                    }
                    else if (RUNTIME_SECTIONS.contains(e.getKey()))
                    {
                        runtime.set(e.getKey(), e.getValue());
                    }
                    else
                    {
                        throw new ConfigException(file + ": " + e.getKey() + ": unknown key (expected one of "
                            + String.join(", ", new TreeSet<>(union())) + ")");
                    }
                }
            }
            root = YAML.treeToValue(runtime, Root.class);
        }
        catch (final NoSuchFileException e)
        {
            throw new ConfigException(file + ": no such file");
        }
        catch (final UnrecognizedPropertyException e)
        {
            throw new ConfigException(file + ": " + path(e) + ": unknown key (expected one of "
                + e.getKnownPropertyIds().stream().map(Object::toString).sorted().collect(Collectors.joining(", ")) + ")");
        }
        catch (final MismatchedInputException e)
        {
            throw new ConfigException(file + ": " + path(e) + ": wrong type, expected " + expected(e));
        }
        catch (final JacksonException e)
        {
            throw new ConfigException(file + ": not valid YAML: " + firstLine(e.getOriginalMessage()));
        }
        catch (final IOException e)
        {
            throw new ConfigException(file + ": cannot read: " + e.getMessage());
        }
        return toConfig(file, root == null ? new Root(null, null, null, null, null, null, null) : root, cores,
            engineSettings(file, engine));
    }

    private static Set<String> union()
    {
        final Set<String> all = new TreeSet<>(ENGINE_SECTIONS);
        all.addAll(RUNTIME_SECTIONS);
        return all;
    }

    /** Flattens a YAML section into dotted keys with the scalars' exact text. */
    private static void flatten(final Path file, final String key, final JsonNode node, final Map<String, String> out)
    {
        if (node.isObject())
        {
            for (final Map.Entry<String, JsonNode> e : node.properties())
            {
                flatten(file, key + "." + e.getKey(), e.getValue(), out);
            }
        }
        else if (node.isValueNode() && !node.isNull())
        {
            out.put(key, node.isBigDecimal() ? node.decimalValue().toPlainString() : node.asText());
        }
        else
        {
            throw new ConfigException(file + ": " + key + ": expected a value or a section of keys");
        }
    }

    /** Decision-relevant settings; without an {@code instruments} section the built-in table is used. */
    private static EngineSettings engineSettings(final Path file, final Map<String, String> flat)
    {
        final Map<String, String> values = new TreeMap<>(flat);
        if (values.keySet().stream().noneMatch(k -> k.startsWith("instruments.")))
        {
            values.putAll(DefaultInstruments.settings());
        }
        try
        {
            return EngineSettings.read(values);
        }
        catch (final IllegalArgumentException e)
        {
            throw new ConfigException(file + ": " + e.getMessage());
        }
    }

    private static RingfireConfig toConfig(final Path file, final Root root, final int cores,
        final EngineSettings settings)
    {
        final RingfireConfig defaults = RingfireConfig.defaults();
        PipelineConfig pipeline = defaults.pipeline();
        if (root.pipeline() != null)
        {
            final Pipeline p = root.pipeline();
            pipeline = new PipelineConfig(
                p.mode() == null ? pipeline.mode() : choice(file, "pipeline.mode", p.mode(), PipelineConfig.Mode.class),
                p.waitStrategy() == null ? pipeline.waitStrategy()
                    : choice(file, "pipeline.waitStrategy", p.waitStrategy(), PipelineConfig.Wait.class),
                p.ringSize() == null ? pipeline.ringSize() : p.ringSize());
        }
        try
        {
            pipeline.validate(cores);
        }
        catch (final IllegalArgumentException e)
        {
            throw new ConfigException(file + ": " + e.getMessage());
        }
        Path journalDir = defaults.journalDir();
        JournalOptions journal = defaults.journal();
        if (root.journal() != null)
        {
            if (root.journal().dir() != null)
            {
                if (root.journal().dir().isBlank())
                {
                    throw new ConfigException(file + ": journal.dir: expected a directory path, was empty");
                }
                journalDir = Path.of(root.journal().dir());
            }
            if (root.journal().rollCycle() != null)
            {
                try
                {
                    journal = new JournalOptions(JournalOptions.parseRollCycle(root.journal().rollCycle()),
                        journal.timeProvider(), journal.markTimeoutMs());
                }
                catch (final IllegalArgumentException e)
                {
                    throw new ConfigException(file + ": journal.rollCycle: " + e.getMessage());
                }
            }
        }
        final TradingMode mode = root.mode() == null ? TradingMode.PAPER
            : choice(file, "mode", root.mode(), TradingMode.class);
        return new RingfireConfig(pipeline, journalDir, journal, settings, mode,
            RuntimeSections.feed(file, root.feed(), mode, settings), RuntimeSections.admin(file, root.admin()),
            RuntimeSections.secrets(file, root.secrets()), RuntimeSections.logging(file, root.logging()));
    }

    /** Enum values are written in config as lower-case words with dashes: {@code journal-parallel}. */
    static <E extends Enum<E>> E choice(final Path file, final String key, final String value, final Class<E> type)
    {
        final String name = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (final E e : type.getEnumConstants())
        {
            if (e.name().equals(name))
            {
                return e;
            }
        }
        throw new ConfigException(file + ": " + key + ": expected one of " + Arrays.stream(type.getEnumConstants())
            .map(e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-')).collect(Collectors.joining(", "))
            + ", was '" + value + "'");
    }

    private static String path(final JsonMappingException e)
    {
        return e.getPath().stream()
            .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
            .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String expected(final MismatchedInputException e)
    {
        final Class<?> t = e.getTargetType();
        if (t == null)
        {
            return "a value";
        }
        if (t == Integer.class || t == int.class)
        {
            return "a whole number";
        }
        if (t == String.class)
        {
            return "a text value";
        }
        if (t == Boolean.class || t == boolean.class)
        {
            return "true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(t))
        {
            return "a list such as [BTCUSDT, ETHUSDT]";
        }
        return "a section of keys";
    }

    private static String firstLine(final String s)
    {
        if (s == null)
        {
            return "";
        }
        final int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
