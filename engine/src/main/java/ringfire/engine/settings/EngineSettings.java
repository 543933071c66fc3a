package ringfire.engine.settings;

import ringfire.engine.account.LedgerSettings;
import ringfire.engine.execution.paper.PaperSettings;
import ringfire.engine.exit.ExitSettings;
import ringfire.engine.market.DefaultInstruments;
import ringfire.engine.market.InstrumentSpec;
import ringfire.engine.risk.RiskSettings;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every setting that affects decisions: strategy, account, risk, exit plans, paper broker and the instrument
 * table. Journaled at session start in canonical text (sorted {@code key=value} lines) so that replay rebuilds
 * the same stages; its SHA-256 is the configuration hash.
 */
public record EngineSettings(
    StrategySettings strategy,
    LedgerSettings account,
    RiskSettings risk,
    ExitSettings exits,
    PaperSettings paper,
    ExecutionSettings execution,
    List<InstrumentSpec> instruments)
{
    public EngineSettings
    {
        instruments = List.copyOf(instruments);
        if (instruments.isEmpty())
        {
            throw new IllegalArgumentException("instruments: at least one instrument is required");
        }
    }

    public static EngineSettings defaults()
    {
        return read(DefaultInstruments.settings());
    }

    /** Reads flat settings; missing keys take their defaults, unknown keys are errors naming the key. */
    public static EngineSettings read(final Map<String, String> values)
    {
        final SettingsReader r = new SettingsReader(values);
        final List<InstrumentSpec> instruments = DefaultInstruments.read(r);
        final EngineSettings settings = new EngineSettings(StrategySettings.read(r, instruments), LedgerSettings.read(r),
            RiskSettings.read(r), ExitSettings.read(r), PaperSettings.read(r), ExecutionSettings.read(r), instruments);
        r.requireAllUsed();
        return settings;
    }

    public Map<String, String> toMap()
    {
        final SettingsWriter w = new SettingsWriter();
        strategy.write(w);
        account.write(w);
        risk.write(w);
        exits.write(w);
        paper.write(w);
        execution.write(w);
        DefaultInstruments.write(instruments, w);
        return w.values();
    }

    public String toCanonicalText()
    {
        final StringBuilder out = new StringBuilder();
        toMap().forEach((k, v) -> out.append(k).append('=').append(v).append('\n'));
        return out.toString();
    }

    /** Parses the canonical text (as journaled). */
    public static EngineSettings parse(final String text)
    {
        final Map<String, String> map = new TreeMap<>();
        int lineNo = 0;
        for (final String raw : text.split("\n"))
        {
            lineNo++;
            final String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#"))
            {
                continue;
            }
            final int eq = line.indexOf('=');
            if (eq <= 0)
            {
                throw new IllegalArgumentException("settings line " + lineNo + ": expected key=value, was '" + line + "'");
            }
            map.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
        }
        return read(map);
    }

    /**
     * A copy with one setting changed, e.g. {@code strategy.params.slow=21}; the key must exist, except that
     * changing {@code strategy.name} resets the parameters to that strategy's defaults.
     */
    public EngineSettings with(final String key, final String value)
    {
        final Map<String, String> map = toMap();
        if (key.equals("strategy.name"))
        {
            map.keySet().removeIf(k -> k.startsWith("strategy.params."));
        }
        else if (!map.containsKey(key))
        {
            throw new IllegalArgumentException("unknown setting '" + key + "' (see the SessionStart config in "
                + "'journal dump --type SessionStart' for every key)");
        }
        map.put(key, value);
        return read(map);
    }

    public InstrumentSpec instrument(final String name)
    {
        for (final InstrumentSpec spec : instruments)
        {
            if (spec.name().equals(name))
            {
                return spec;
            }
        }
        throw new IllegalArgumentException("instruments: no instrument named " + name);
    }

    /** SHA-256 of the canonical text, hex. */
    public String hash()
    {
        try
        {
            final byte[] d = MessageDigest.getInstance("SHA-256").digest(toCanonicalText().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        }
        catch (final NoSuchAlgorithmException e)
        {
            throw new IllegalStateException(e);
        }
    }
}
