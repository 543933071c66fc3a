package ringfire.ops.admin;

import java.util.Locale;

/**
 * The admin commands. Queries are answered from an {@link EngineView}; controls become journaled
 * {@code AdminCommand} input events ({@code set-risk}: a {@code SettingChange}). Over HTTP a query is {@code GET /api/<word>} and a control
 * {@code POST /api/<word>}.
 */
public enum AdminVerb
{
    STATUS("status", "", "engine state: mode, trading state, uptime, feed, last sequence and event time, equity", false),
    POSITIONS("positions", "", "open positions", false),
    ORDERS("orders", "", "open orders", false),
    TRADES("trades", "[n]", "the last n closed trades (default " + AdminCommandParser.DEFAULT_TRADES + ", at most "
        + AdminCommandParser.MAX_TRADES + ")", false),
    PNL("pnl", "", "balance, equity, realized and unrealized PnL, fees, funding", false),
    RISK("risk", "", "trading state, drawdown, daily loss and the risk limits", false),
    STRATEGIES("strategies", "", "strategy instances and their parameters", false),
    EQUITY("equity", "", "equity over event time, oldest first (the status page's chart)", false),
    METRICS("metrics", "", "counters and latencies", false),
    HELP("help", "", "this list", false),
    PAUSE("pause", "", "no new positions; open positions keep their exit plans", true),
    RESUME("resume", "", "trade again (also after a halt)", true),
    EMERGENCY_STOP("emergency-stop", "", "halt, close all positions at market, cancel all orders", true),
    CLOSE_POSITIONS("close-positions", "[symbol]", "close positions at market: all, or one symbol's", true),
    CANCEL_ORDERS("cancel-orders", "[symbol]", "cancel open orders: all, or one symbol's", true),
    SET_RISK("set-risk", "KEY VALUE", "change one risk setting from the next event on, e.g. set-risk drawdownPause "
        + "0.10 (journaled; not leverage or correlation.bars)", true);

    private final String word;
    private final String arguments;
    private final String description;
    private final boolean control;

    AdminVerb(final String word, final String arguments, final String description, final boolean control)
    {
        this.word = word;
        this.arguments = arguments;
        this.description = description;
        this.control = control;
    }

    /** The command's name, e.g. {@code emergency-stop}; also its HTTP path under {@code /api/}. */
    public String word()
    {
        return word;
    }

    public String usage()
    {
        return arguments.isEmpty() ? word : word + " " + arguments;
    }

    public String description()
    {
        return description;
    }

    /** True for commands that change the engine (HTTP POST); false for queries (HTTP GET). */
    public boolean isControl()
    {
        return control;
    }

    /** The verb named {@code word} (case-insensitive), or null. */
    public static AdminVerb byWord(final String word)
    {
        final String w = word.toLowerCase(Locale.ROOT);
        for (final AdminVerb v : values())
        {
            if (v.word.equals(w))
            {
                return v;
            }
        }
        return null;
    }
}
