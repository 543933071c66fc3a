package ringfire.ops.admin;

import ringfire.engine.market.InstrumentSpec;
import ringfire.engine.risk.RiskSettings;
import ringfire.engine.settings.EngineSettings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Turns a command line ({@code close-positions BTCUSDT}) or a verb with arguments (from HTTP) into an
 * {@link AdminRequest}, or a {@link BadCommandException} with one line: unknown command, wrong arguments, unknown
 * symbol, unknown risk key, a key that cannot change at run time ({@link RiskSettings#runTimeRefusal}) or an invalid
 * value. Symbols are checked against the instrument table of the running settings; a {@code set-risk} value is
 * checked by re-reading the settings with that one key changed, so range and cross-key rules
 * ({@code drawdownPause <= drawdownHalt}) are the engine's own, and the request carries the value in the settings'
 * canonical text ({@code 0.1} becomes {@code 0.10000000}), as it is journaled.
 */
public final class AdminCommandParser
{
    public static final int MAX_LINE = 512;
    public static final int DEFAULT_TRADES = 20;
    public static final int MAX_TRADES = 1000;
    private static final int ECHO = 40;

    private final Supplier<EngineSettings> settings;

    /** @param settings the running engine's settings (instrument table, current risk settings) */
    public AdminCommandParser(final Supplier<EngineSettings> settings)
    {
        this.settings = settings;
    }

    /** Parses one line: a verb and its arguments separated by spaces. */
    public AdminRequest parse(final String line)
    {
        if (line == null || line.isBlank())
        {
            throw new BadCommandException("empty command (try help)");
        }
        if (line.length() > MAX_LINE)
        {
            throw new BadCommandException("command too long (at most " + MAX_LINE + " characters)");
        }
        for (int i = 0; i < line.length(); i++)
        {
            final char c = line.charAt(i);
            if (c != '\t' && (c < ' ' || c == 0x7f || c == '\uFFFD'))
            {
                throw new BadCommandException("the command contains unprintable characters (try help)");
            }
        }
        final List<String> words = new ArrayList<>(Arrays.asList(line.strip().split("\\s+")));
        final String verb = words.remove(0);
        return parse(verb, words);
    }

    /** Parses a verb and its arguments, each argument one value (HTTP passes them this way). */
    public AdminRequest parse(final String verbWord, final List<String> args)
    {
        final AdminVerb verb = AdminVerb.byWord(verbWord);
        if (verb == null)
        {
            throw new BadCommandException("unknown command '" + echo(verbWord) + "' (try help)");
        }
        return switch (verb)
        {
            case TRADES -> new AdminRequest(verb, null, 0, count(verb, args), null, null);
            case CLOSE_POSITIONS, CANCEL_ORDERS -> symbol(verb, args);
            case SET_RISK -> setRisk(verb, args);
            default ->
            {
                if (!args.isEmpty())
                {
                    throw wrong(verb, "takes no arguments");
                }
                yield AdminRequest.of(verb);
            }
        };
    }

    private static int count(final AdminVerb verb, final List<String> args)
    {
        if (args.isEmpty())
        {
            return DEFAULT_TRADES;
        }
        if (args.size() > 1)
        {
            throw wrong(verb, "expected at most one argument");
        }
        final String a = args.get(0);
        try
        {
            final int n = Integer.parseInt(a);
            if (n >= 1 && n <= MAX_TRADES)
            {
                return n;
            }
        }
        catch (final NumberFormatException e)
        {
            // reported below
        }
        throw wrong(verb, "expected a count 1.." + MAX_TRADES + ", was '" + echo(a) + "'");
    }

    private AdminRequest symbol(final AdminVerb verb, final List<String> args)
    {
        if (args.isEmpty())
        {
            return AdminRequest.of(verb);
        }
        if (args.size() > 1)
        {
            throw wrong(verb, "expected at most one symbol");
        }
        final String name = args.get(0).strip().toUpperCase(Locale.ROOT);
        final List<InstrumentSpec> instruments = settings.get().instruments();
        for (final InstrumentSpec spec : instruments)
        {
            if (spec.name().equals(name))
            {
                return new AdminRequest(verb, spec.name(), spec.id(), 0, null, null);
            }
        }
        throw new BadCommandException(verb.word() + ": unknown symbol '" + echo(args.get(0)) + "' (known: "
            + instruments.stream().map(InstrumentSpec::name).sorted().collect(Collectors.joining(", ")) + ")");
    }

    private AdminRequest setRisk(final AdminVerb verb, final List<String> args)
    {
        if (args.size() != 2)
        {
            throw wrong(verb, "expected KEY VALUE");
        }
        final String given = args.get(0).strip();
        final String key = given.startsWith(RiskSettings.PREFIX) ? given : RiskSettings.PREFIX + given;
        final EngineSettings current = settings.get();
        final List<String> keys = current.toMap().keySet().stream().filter(k -> k.startsWith(RiskSettings.PREFIX))
            .toList();
        if (!keys.contains(key))
        {
            throw new BadCommandException(verb.word() + ": unknown risk key '" + echo(given) + "' (known: "
                + keys.stream().map(k -> k.substring(RiskSettings.PREFIX.length())).collect(Collectors.joining(", "))
                + ")");
        }
        final String value = args.get(1).strip();
        if (value.length() > ECHO)
        {
            throw wrong(verb, "value too long (at most " + ECHO + " characters)");
        }
        final String refusal = RiskSettings.runTimeRefusal(key);
        if (refusal != null)
        {
            throw new BadCommandException(verb.word() + ": " + refusal);
        }
        final EngineSettings changed;
        try
        {
            changed = current.with(key, value);
        }
        catch (final IllegalArgumentException e)
        {
            throw new BadCommandException(verb.word() + ": " + oneLine(e.getMessage()));
        }
        return new AdminRequest(verb, null, 0, 0, key, changed.toMap().get(key));
    }

    private static BadCommandException wrong(final AdminVerb verb, final String what)
    {
        return new BadCommandException(verb.word() + ": " + what + " (usage: " + verb.usage() + ")");
    }

    /** At most a few dozen characters of what the operator typed, never a control character. */
    static String echo(final String s)
    {
        final String t = s.length() > ECHO ? s.substring(0, ECHO) + "..." : s;
        return t.replaceAll("[\\p{Cntrl}\uFFFD]", "?");
    }

    private static String oneLine(final String s)
    {
        if (s == null)
        {
            return "invalid value";
        }
        final int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
