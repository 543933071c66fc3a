package ringfire.ops.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import ringfire.engine.execution.paper.TradingMode;
import ringfire.ops.config.ConfigFile;
import ringfire.ops.config.ConfigYaml;
import ringfire.ops.config.FeedConfig;
import ringfire.ops.config.RingfireConfig;
import ringfire.ops.secrets.Secret;
import ringfire.ops.secrets.Secrets;
import ringfire.ops.secrets.SecretsException;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code ringfire config check FILE} and {@code ringfire config show FILE}. */
@Command(name = "config", mixinStandardHelpOptions = true,
    description = "Check or show a configuration file (config/paper.yaml, config/testnet.yaml, config/live.yaml).",
    subcommands = {ConfigCommand.Check.class, ConfigCommand.Show.class})
public final class ConfigCommand implements Runnable
{
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run()
    {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Validate FILE without starting: the configuration, and the secret files it names.",
            "Prints 'FILE: OK' and a summary (exit 0), or one line naming the file, the key and what was expected "
                + "(exit 2)."})
    static final class Check implements Callable<Integer>
    {
        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The YAML configuration file.")
        private Path file;

        @Override
        public Integer call()
        {
            final RingfireConfig config = ConfigFile.load(file);
            final Secrets secrets = Secrets.load(config);
            spec.commandLine().getOut().println(file + ": OK");
            spec.commandLine().getOut().println(summary(config, secrets));
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Print the effective configuration of FILE as YAML: every section with its defaults filled in.",
            "Secrets are never printed: only where they come from, and **** when they are set."})
    static final class Show implements Callable<Integer>
    {
        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The YAML configuration file.")
        private Path file;

        @Override
        public Integer call()
        {
            final RingfireConfig config = ConfigFile.load(file);
            List<String> admin;
            List<String> api;
            try
            {
                final Optional<Secret> token = Secrets.loadAdminToken(config.admin(), System.getenv());
                admin = List.of("token: " + note(token) + (token.isEmpty() ? " (admin port disabled)" : ""));
            }
            catch (final SecretsException e)
            {
                admin = List.of("token unusable: " + OneLineErrors.oneLine(e.getMessage()));
            }
            try
            {
                final Secrets secrets = Secrets.loadApi(config.secrets(), System.getenv());
                api = List.of("apiKey: " + note(secrets.apiKey()), "apiSecret: " + note(secrets.apiSecret()));
            }
            catch (final SecretsException e)
            {
                api = List.of("apiKey, apiSecret unusable: " + OneLineErrors.oneLine(e.getMessage()));
            }
            spec.commandLine().getOut().print("# Effective configuration of " + file
                + ": defaults filled in, secrets masked.\n" + ConfigYaml.render(config, Map.of("admin", admin, "secrets", api)));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    private static String note(final Optional<Secret> secret)
    {
        return secret.map(s -> Secret.MASK + " (from " + s.source() + ")").orElse("not set");
    }

    /** One line: what would run. */
    static String summary(final RingfireConfig config, final Secrets secrets)
    {
        final StringBuilder b = new StringBuilder();
        final String mode = config.mode().name().toLowerCase(Locale.ROOT);
        b.append("mode ").append(mode);
        if (config.mode() != TradingMode.PAPER)
        {
            b.append(" (starts only with --live-trading --i-understand-the-risks; API key ")
                .append(secrets.apiKey().isPresent() && secrets.apiSecret().isPresent() ? "and secret set" : "or secret not set")
                .append(')');
        }
        final FeedConfig feed = config.feed();
        b.append("; feed ").append(feed.source().name().toLowerCase(Locale.ROOT));
        if (feed.source() == FeedConfig.Source.BYBIT)
        {
            b.append(' ').append(feed.url());
        }
        b.append(' ').append(String.join(",", feed.symbols())).append(" (klines ").append(feed.klineInterval().matches("\\d+") ? feed.klineInterval() + "m"
                : feed.klineInterval())
            .append(", book ").append(feed.orderbookDepth()).append(')');
        b.append("; strategy ").append(config.settings().strategy().name());
        b.append("; pipeline ").append(config.pipeline().mode().name().toLowerCase(Locale.ROOT).replace('_', '-'))
            .append('/').append(config.pipeline().waitStrategy().name().toLowerCase(Locale.ROOT).replace('_', '-'))
            .append(" ring ").append(config.pipeline().ringSize());
        b.append("; journal ").append(config.journalDir());
        b.append("; logs ").append(config.logging().file());
        b.append("; admin ");
        if (!config.admin().enabled())
        {
            b.append("disabled");
        }
        else if (secrets.adminToken().isEmpty())
        {
            b.append("disabled (no token)");
        }
        else
        {
            b.append(config.admin().bind().getHostAddress()).append(" http ").append(config.admin().httpPort())
                .append(" telnet ").append(config.admin().telnetPort());
        }
        b.append("; config hash ").append(config.settings().hash(), 0, 12);
        return b.toString();
    }
}
