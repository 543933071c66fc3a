package ringfire.engine.report;

import ringfire.codecs.Decimals;
import ringfire.codecs.Scales;

import java.util.Map;
import java.util.TreeMap;

/** What the report needs from a journal's SessionStart: the configuration text, its hash and a few settings. */
record SessionInfo(String configText, String configHash, String engineVersion, Map<String, String> settings)
{
    static final String STARTING_BALANCE = "account.startingBalance";
    static final String STRATEGY = "strategy.name";

    static SessionInfo parse(final String configText, final String configHash, final String engineVersion)
    {
        final Map<String, String> settings = new TreeMap<>();
        for (final String raw : configText.split("\n"))
        {
            final String line = raw.strip();
            final int eq = line.indexOf('=');
            if (!line.isEmpty() && !line.startsWith("#") && eq > 0)
            {
                settings.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
        }
        return new SessionInfo(configText, configHash, engineVersion, settings);
    }

    /** account.startingBalance as Money. */
    long startingBalance()
    {
        final String text = settings.get(STARTING_BALANCE);
        if (text == null)
        {
            throw new IllegalArgumentException("the journal's SessionStart config has no " + STARTING_BALANCE);
        }
        return Decimals.parseOrThrow(text, Scales.MONEY);
    }

    String strategy()
    {
        return settings.getOrDefault(STRATEGY, "unknown");
    }
}
