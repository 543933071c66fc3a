package ringfire.ops.config;

import net.openhft.chronicle.queue.RollCycles;
import ringfire.engine.execution.paper.TradingMode;

import java.net.InetAddress;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The effective configuration as YAML: every section with its defaults filled in, in the layout of
 * {@code config/paper.yaml}; reading the output back gives the same configuration. Secrets are never in a
 * configuration; the caller passes masked notes on them, written as comments.
 */
public final class ConfigYaml
{
    private static final List<String> ENGINE_ORDER =
        List.of("strategy", "execution", "account", "risk", "exits", "paper", "instruments");
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_/][A-Za-z0-9_./+-]*");
    private static final Pattern MILLIS = Pattern.compile("\\d+ms");
    private static final Pattern TRAILING_ZEROS = Pattern.compile("-?\\d+\\.\\d*0");
    private static final Set<String> YAML_WORDS = Set.of("null", "~", "y", "n", "yes", "no", "on", "off");

    private ConfigYaml()
    {
    }

    /**
     * @param notes masked notes per runtime section ({@code admin}, {@code secrets}), written as comments at the
     *              section's end, e.g. {@code token: **** (from environment variable RINGFIRE_ADMIN_TOKEN)}
     */
    public static String render(final RingfireConfig config, final Map<String, List<String>> notes)
    {
        final StringBuilder out = new StringBuilder();
        out.append("mode: ").append(lower(config.mode())).append('\n');
        if (config.mode() != TradingMode.PAPER)
        {
            out.append("# mode ").append(lower(config.mode()))
                .append(" starts only with --live-trading --i-understand-the-risks\n");
        }

        final FeedConfig feed = config.feed();
        final Map<String, Object> f = new LinkedHashMap<>();
        f.put("source", lower(feed.source()));
        f.put("url", feed.url().toString());
        f.put("symbols", feed.symbols());
        f.put("orderbookDepth", feed.orderbookDepth());
        f.put("klineInterval", feed.klineInterval());
        f.put("heartbeat", Durations.format(feed.heartbeat()));
        f.put("timeout", Durations.format(feed.timeout()));
        f.put("reconnectCap", Durations.format(feed.reconnectCap()));
        f.put("keepRawFrames", feed.keepRawFrames());
        section(out, "feed", f, List.of());

        final AdminConfig admin = config.admin();
        final Map<String, Object> a = new LinkedHashMap<>();
        a.put("enabled", admin.enabled());
        a.put("bind", address(admin.bind()));
        a.put("httpPort", admin.httpPort());
        a.put("telnetPort", admin.telnetPort());
        final List<String> adminNotes = new java.util.ArrayList<>();
        if (admin.tokenFile() == null)
        {
            adminNotes.add("tokenFile: not set (the token comes from " + AdminConfig.TOKEN_ENV + ")");
        }
        else
        {
            a.put("tokenFile", admin.tokenFile().toString());
        }
        adminNotes.addAll(notes.getOrDefault("admin", List.of()));
        section(out, "admin", a, adminNotes);

        final SecretsConfig secrets = config.secrets();
        final Map<String, Object> s = new LinkedHashMap<>();
        s.put("apiKeyEnv", secrets.apiKeyEnv());
        s.put("apiSecretEnv", secrets.apiSecretEnv());
        final List<String> secretNotes = new java.util.ArrayList<>();
        if (secrets.secretsFile() == null)
        {
            secretNotes.add("secretsFile: not set (the API key and secret come from the variables above)");
        }
        else
        {
            s.put("secretsFile", secrets.secretsFile().toString());
        }
        secretNotes.addAll(notes.getOrDefault("secrets", List.of()));
        section(out, "secrets", s, secretNotes);

        final Map<String, Object> p = new LinkedHashMap<>();
        p.put("mode", lower(config.pipeline().mode()));
        p.put("waitStrategy", lower(config.pipeline().waitStrategy()));
        p.put("ringSize", config.pipeline().ringSize());
        section(out, "pipeline", p, List.of());

        final Map<String, Object> j = new LinkedHashMap<>();
        j.put("dir", config.journalDir().toString());
        j.put("rollCycle", rollCycle(config.journal().rollCycle()));
        section(out, "journal", j, List.of());

        final LoggingConfig logging = config.logging();
        final Map<String, Object> l = new LinkedHashMap<>();
        l.put("dir", logging.dir().toString());
        l.put("level", logging.level());
        l.put("maxFileSize", LoggingConfig.formatSize(logging.maxFileSize()));
        l.put("maxHistory", logging.maxHistory());
        l.put("totalSizeCap", LoggingConfig.formatSize(logging.totalSizeCap()));
        section(out, "logging", l, List.of());

        out.append("\n# Decision-relevant settings (journaled with each session); config hash ")
            .append(config.settings().hash()).append('\n');
        final Map<String, Object> engine = unflatten(config.settings().toMap());
        for (final String name : ENGINE_ORDER)
        {
            @SuppressWarnings("unchecked")
            final Map<String, Object> body = (Map<String, Object>) engine.remove(name);
            if (body != null)
            {
                section(out, name, body, List.of());
            }
        }
        for (final Map.Entry<String, Object> rest : engine.entrySet())
        {
            @SuppressWarnings("unchecked")
            final Map<String, Object> body = (Map<String, Object>) rest.getValue();
            section(out, rest.getKey(), body, List.of());
        }
        return out.toString();
    }

    private static void section(final StringBuilder out, final String name, final Map<String, Object> body,
        final List<String> notes)
    {
        out.append('\n').append(name).append(":\n");
        block(out, body, 1, name.equals("instruments"));
        for (final String note : notes)
        {
            out.append("  # ").append(note).append('\n');
        }
    }

    private static void block(final StringBuilder out, final Map<String, Object> map, final int depth,
        final boolean flowLeaves)
    {
        final String indent = "  ".repeat(depth);
        for (final Map.Entry<String, Object> e : map.entrySet())
        {
            out.append(indent).append(e.getKey()).append(':');
            if (e.getValue() instanceof Map<?, ?> child)
            {
                @SuppressWarnings("unchecked")
                final Map<String, Object> m = (Map<String, Object>) child;
                if ((flowLeaves || depth >= 2) && m.values().stream().noneMatch(v -> v instanceof Map<?, ?>))
                {
                    out.append(" {");
                    boolean first = true;
                    for (final Map.Entry<String, Object> leaf : m.entrySet())
                    {
                        out.append(first ? "" : ", ").append(leaf.getKey()).append(": ").append(scalar(leaf.getValue()));
                        first = false;
                    }
                    out.append("}\n");
                }
                else
                {
                    out.append('\n');
                    block(out, m, depth + 1, flowLeaves);
                }
            }
            else
            {
                out.append(' ').append(scalar(e.getValue())).append('\n');
            }
        }
    }

    private static String scalar(final Object value)
    {
        if (value instanceof List<?> list)
        {
            final StringBuilder b = new StringBuilder("[");
            for (int i = 0; i < list.size(); i++)
            {
                b.append(i == 0 ? "" : ", ").append(scalar(list.get(i)));
            }
            return b.append(']').toString();
        }
        if (value instanceof Number || value instanceof Boolean)
        {
            return value.toString();
        }
        String s = String.valueOf(value);
        if (MILLIS.matcher(s).matches())
        {
            s = Durations.format(Duration.ofMillis(Long.parseLong(s.substring(0, s.length() - 2))));
        }
        if (TRAILING_ZEROS.matcher(s).matches())
        {
            s = new java.math.BigDecimal(s).stripTrailingZeros().toPlainString(); // 0.15000000 -> 0.15: the same value
        }
        if (PLAIN.matcher(s).matches() && !YAML_WORDS.contains(s.toLowerCase(java.util.Locale.ROOT)))
        {
            return s;
        }
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** {@code a.b.c=v} lines into nested maps, keys in the map's order. */
    static Map<String, Object> unflatten(final Map<String, String> flat)
    {
        final Map<String, Object> root = new LinkedHashMap<>();
        for (final Map.Entry<String, String> e : flat.entrySet())
        {
            final String[] parts = e.getKey().split("\\.");
            Map<String, Object> node = root;
            for (int i = 0; i < parts.length - 1; i++)
            {
                @SuppressWarnings("unchecked")
                final Map<String, Object> next =
                    (Map<String, Object>) node.computeIfAbsent(parts[i], k -> new LinkedHashMap<String, Object>());
                node = next;
            }
            node.put(parts[parts.length - 1], e.getValue());
        }
        return root;
    }

    static String rollCycle(final RollCycles cycle)
    {
        return switch (cycle)
        {
            case FAST_DAILY -> "daily";
            case FAST_HOURLY -> "hourly";
            case WEEKLY -> "weekly";
            default -> cycle.name();
        };
    }

    private static String address(final InetAddress address)
    {
        return address.getHostAddress();
    }

    private static String lower(final Enum<?> e)
    {
        return Durations.lower(e);
    }
}
