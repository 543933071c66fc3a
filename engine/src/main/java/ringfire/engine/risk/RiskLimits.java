package ringfire.engine.risk;

import ringfire.codecs.sbe.SettingResult;
import ringfire.engine.settings.SettingsReader;
import ringfire.engine.settings.SettingsWriter;

import java.util.Map;

/**
 * The risk settings in force, which an operator's {@code SettingChange} input may change while the engine runs.
 * Owned by the pipeline thread: {@link #apply} re-reads the settings with the one key changed, so ranges and
 * cross-key rules are those of {@link RiskSettings#read}, and on success hands the new settings to the breakers
 * and the pre-trade check, which use them from the next evaluation on. Keys {@link RiskSettings#runTimeRefusal}
 * names are refused. Allocates, but only for a setting change.
 */
public final class RiskLimits
{
    private final Breakers breakers;
    private final PreTradeCheck check;
    private RiskSettings current;

    public RiskLimits(final RiskSettings initial, final Breakers breakers, final PreTradeCheck check)
    {
        this.current = initial;
        this.breakers = breakers;
        this.check = check;
    }

    public RiskSettings current()
    {
        return current;
    }

    /** The canonical text of {@code key}'s value in force, or "" when there is no such risk key. */
    public String valueOf(final String key)
    {
        final String value = asMap(current).get(key);
        return value == null ? "" : value;
    }

    /**
     * Changes {@code key} (a full key such as {@code risk.drawdownPause}) to {@code value}. Returns APPLIED, or
     * UNKNOWN_KEY, NOT_AT_RUN_TIME or INVALID_VALUE (out of range, not a number, or breaking a cross-key rule such
     * as drawdownPause &lt;= drawdownHalt) with nothing changed.
     */
    public SettingResult apply(final String key, final String value)
    {
        final Map<String, String> values = asMap(current);
        if (!values.containsKey(key))
        {
            return SettingResult.UNKNOWN_KEY;
        }
        if (RiskSettings.runTimeRefusal(key) != null)
        {
            return SettingResult.NOT_AT_RUN_TIME;
        }
        values.put(key, value);
        final RiskSettings next;
        try
        {
            next = RiskSettings.read(new SettingsReader(values));
        }
        catch (final IllegalArgumentException e)
        {
            return SettingResult.INVALID_VALUE;
        }
        current = next;
        breakers.settings(next);
        check.settings(next);
        return SettingResult.APPLIED;
    }

    private static Map<String, String> asMap(final RiskSettings settings)
    {
        final SettingsWriter w = new SettingsWriter();
        settings.write(w);
        return w.values();
    }
}
