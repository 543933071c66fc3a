package ringfire.engine.session;

import ringfire.engine.settings.EngineSettings;

import java.util.List;

/**
 * What a session is started with: decision-relevant settings (journaled), the symbol table (journaled as
 * inputs) and the time stamped on those start records (from the first input's clock, never the host's, when
 * determinism matters; the daemon passes the host time at start since it is journaled).
 */
public record SessionConfig(EngineSettings settings, List<Instrument> instruments, long startTimeNs)
{
    public SessionConfig
    {
        instruments = List.copyOf(instruments);
        final boolean[] seen = new boolean[1024];
        for (final Instrument i : instruments)
        {
            if (seen[i.id()])
            {
                throw new IllegalArgumentException("instrument id " + i.id() + " is used twice");
            }
            seen[i.id()] = true;
        }
    }
}
