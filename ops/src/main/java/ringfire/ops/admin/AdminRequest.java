package ringfire.ops.admin;

/**
 * A parsed, validated admin command.
 *
 * @param symbol   the symbol named, or null for all (close-positions, cancel-orders)
 * @param symbolId the symbol's instrument id, 0 for all
 * @param count    how many trades (trades)
 * @param key      the full setting key, e.g. {@code risk.drawdownPause} (set-risk)
 * @param value    the new value (set-risk), already checked against the current settings
 */
public record AdminRequest(AdminVerb verb, String symbol, int symbolId, int count, String key, String value)
{
    public static AdminRequest of(final AdminVerb verb)
    {
        return new AdminRequest(verb, null, 0, 0, null, null);
    }
}
