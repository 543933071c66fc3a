package ringfire.engine.session;

import ringfire.engine.settings.EngineSettings;

/**
 * What a session is started with: the decision-relevant settings (journaled, with the instrument table that
 * becomes the journal's symbol table) and the time stamped on the start records. Replays and imports pass the
 * first input's time; the daemon passes the host time at start, which is journaled like any input.
 */
public record SessionConfig(EngineSettings settings, long startTimeNs)
{
}
