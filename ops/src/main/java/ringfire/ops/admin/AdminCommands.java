package ringfire.ops.admin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ringfire.codecs.sbe.AdminAction;
import ringfire.codecs.sbe.AdminCommandEncoder;
import ringfire.codecs.sbe.MessageHeaderEncoder;
import ringfire.codecs.sbe.SettingChangeEncoder;
import ringfire.codecs.sbe.Source;
import ringfire.engine.pipeline.Ingress;
import ringfire.engine.risk.RiskSettings;
import ringfire.ops.metrics.PrometheusText;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongSupplier;

/**
 * The transport-independent admin core: runs one command and returns its reply. Queries are answered from the
 * {@link EngineView}. Controls are published on the pipeline's {@link Ingress} as {@code AdminCommand} input
 * events (source ADMIN), so they are journaled before they act and a replay repeats them:
 *
 * <table>
 *   <caption>controls and their events</caption>
 *   <tr><td>pause</td><td>PAUSE</td></tr>
 *   <tr><td>resume</td><td>RESUME</td></tr>
 *   <tr><td>emergency-stop</td><td>HALT with argument 1 (halt and close every position), then CANCEL_ALL</td></tr>
 *   <tr><td>close-positions [symbol]</td><td>FLATTEN, symbolId 0 for all</td></tr>
 *   <tr><td>cancel-orders [symbol]</td><td>CANCEL_ALL, symbolId 0 for all</td></tr>
 *   <tr><td>set-risk KEY VALUE</td><td>a {@code SettingChange} input (key in full, value in canonical text), which
 *   the risk stage applies from the next event on and answers with a journaled {@code SettingApplied} decision</td></tr>
 * </table>
 *
 * The events of one command carry the same {@code commandId}: the sequence number of its first event. Safe to
 * call from several threads; a command never throws (errors are replies).
 */
public final class AdminCommands
{
    private static final Logger LOG = LoggerFactory.getLogger(AdminCommands.class);

    private final Ingress ingress;
    private final EngineView view;
    private final AdminCommandParser parser;
    private final LongSupplier clockNs;
    private final MessageHeaderEncoder header = new MessageHeaderEncoder();
    private final AdminCommandEncoder encoder = new AdminCommandEncoder();
    private final SettingChangeEncoder settingEncoder = new SettingChangeEncoder();

    /** Events are stamped with the wall clock. */
    public AdminCommands(final Ingress ingress, final EngineView view)
    {
        this(ingress, view, AdminCommands::wallClockNs);
    }

    /** @param clockNs event time of the published commands, epoch nanoseconds */
    public AdminCommands(final Ingress ingress, final EngineView view, final LongSupplier clockNs)
    {
        this.ingress = ingress;
        this.view = view;
        this.parser = new AdminCommandParser(view::settings);
        this.clockNs = clockNs;
    }

    /** One event published for a command. */
    public record Queued(AdminAction action, String symbol, int symbolId, long argument, long commandId, long sequence)
    {
    }

    /** Runs a command line ({@code close-positions BTCUSDT}). */
    public AdminReply execute(final String line)
    {
        final AdminRequest request;
        try
        {
            request = parser.parse(line);
        }
        catch (final BadCommandException e)
        {
            return AdminRendering.error(AdminReply.Outcome.BAD_REQUEST, e.getMessage());
        }
        return execute(request);
    }

    /** Runs a verb with its arguments, each one value. */
    public AdminReply execute(final String verb, final List<String> args)
    {
        final AdminRequest request;
        try
        {
            request = parser.parse(verb, args);
        }
        catch (final BadCommandException e)
        {
            return AdminRendering.error(AdminReply.Outcome.BAD_REQUEST, e.getMessage());
        }
        return execute(request);
    }

    public AdminReply execute(final AdminRequest request)
    {
        try
        {
            return switch (request.verb())
            {
                case STATUS -> status();
                case POSITIONS -> AdminRendering.query("positions", view.positions());
                case ORDERS -> AdminRendering.query("orders", view.orders());
                case TRADES -> AdminRendering.query("trades", view.trades(request.count()));
                case PNL -> AdminRendering.query("pnl", view.pnl());
                case RISK -> risk();
                case STRATEGIES -> AdminRendering.query("strategies", view.strategies());
                case EQUITY -> AdminRendering.query("equity", view.equity());
                case METRICS -> AdminRendering.query("metrics", view.metrics());
                case HELP -> help();
                case PAUSE -> queued(request, List.of(publish(AdminAction.PAUSE, null, 0, 0)));
                case RESUME -> queued(request, List.of(publish(AdminAction.RESUME, null, 0, 0)));
                case EMERGENCY_STOP -> queued(request, emergencyStop());
                case CLOSE_POSITIONS -> queued(request,
                    List.of(publish(AdminAction.FLATTEN, request.symbol(), request.symbolId(), 0)));
                case CANCEL_ORDERS -> queued(request,
                    List.of(publish(AdminAction.CANCEL_ALL, request.symbol(), request.symbolId(), 0)));
                case SET_RISK -> settingQueued(request, publishSetting(request.key(), request.value()));
            };
        }
        catch (final RuntimeException e)
        {
            LOG.error("admin command {} failed", request.verb().word(), e);
            return AdminRendering.error(AdminReply.Outcome.FAILED, request.verb().word() + ": internal error ("
                + e.getClass().getSimpleName() + "); see the log");
        }
    }

    /** The view's metrics in the Prometheus text format ({@code GET /metrics}). */
    public String prometheus()
    {
        return PrometheusText.render(view.metricFamilies());
    }

    /** The parser, with the view's instrument table and settings. */
    public AdminCommandParser parser()
    {
        return parser;
    }

    /** The view's status plus the uptime (whole seconds since the start, by this process's clock). */
    private AdminReply status()
    {
        final EngineView.Status status = view.status();
        final ObjectNode body = AdminRendering.JSON.valueToTree(status);
        if (status.startedAt() != null)
        {
            final long startedNs = status.startedAt().getEpochSecond() * 1_000_000_000L + status.startedAt().getNano();
            final long seconds = Math.max(0, (clockNs.getAsLong() - startedNs) / 1_000_000_000L);
            body.put("uptime", java.time.Duration.ofSeconds(seconds).toString());
            body.put("uptimeSeconds", seconds);
        }
        return new AdminReply(AdminReply.Outcome.OK, AdminRendering.text("status", body), AdminRendering.json(body));
    }

    private AdminReply risk()
    {
        final ObjectNode body = AdminRendering.JSON.valueToTree(view.risk());
        final ObjectNode limits = body.putObject("limits");
        for (final Map.Entry<String, String> e : new TreeMap<>(view.settings().toMap()).entrySet())
        {
            if (e.getKey().startsWith(RiskSettings.PREFIX))
            {
                limits.set(e.getKey().substring(RiskSettings.PREFIX.length()), AdminRendering.settingValue(e.getValue()));
            }
        }
        return new AdminReply(AdminReply.Outcome.OK, AdminRendering.text("risk", body), AdminRendering.json(body));
    }

    private static AdminReply help()
    {
        final ObjectNode body = AdminRendering.JSON.createObjectNode();
        final ArrayNode commands = body.putArray("commands");
        for (final AdminVerb v : AdminVerb.values())
        {
            commands.addObject().put("command", v.usage()).put("http", (v.isControl() ? "POST" : "GET") + " /api/"
                + v.word()).put("description", v.description());
        }
        return new AdminReply(AdminReply.Outcome.OK, AdminRendering.text("commands", body), AdminRendering.json(body));
    }

    private List<Queued> emergencyStop()
    {
        synchronized (this)
        {
            final Queued halt = publish(AdminAction.HALT, null, 0, 1);
            final Queued cancel = publish(AdminAction.CANCEL_ALL, null, 0, 0, halt.commandId());
            return List.of(halt, cancel);
        }
    }

    private Queued publish(final AdminAction action, final String symbol, final int symbolId, final long argument)
    {
        return publish(action, symbol, symbolId, argument, -1);
    }

    /** Encodes in place and publishes; the command id is the event's own sequence unless given. */
    private synchronized Queued publish(final AdminAction action, final String symbol, final int symbolId,
        final long argument, final long givenCommandId)
    {
        final long claim = ingress.claim();
        final long sequence = ingress.sequenceOf(claim);
        final long commandId = givenCommandId < 0 ? sequence : givenCommandId;
        encoder.wrapAndApplyHeader(ingress.buffer(claim), 0, header).header().sequence(0)
            .eventTimeNs(clockNs.getAsLong()).source(Source.ADMIN);
        encoder.commandId(commandId).action(action).symbolId(symbolId).argument(argument);
        ingress.publish(claim, MessageHeaderEncoder.ENCODED_LENGTH + encoder.encodedLength());
        return new Queued(action, symbol, symbolId, argument, commandId, sequence);
    }

    /** Encodes a SettingChange in place and publishes it; its command id is its own sequence. */
    private synchronized long publishSetting(final String key, final String value)
    {
        final long claim = ingress.claim();
        final long sequence = ingress.sequenceOf(claim);
        settingEncoder.wrapAndApplyHeader(ingress.buffer(claim), 0, header).header().sequence(0)
            .eventTimeNs(clockNs.getAsLong()).source(Source.ADMIN);
        settingEncoder.commandId(sequence).key(key).value(value);
        ingress.publish(claim, MessageHeaderEncoder.ENCODED_LENGTH + settingEncoder.encodedLength());
        return sequence;
    }

    private static AdminReply settingQueued(final AdminRequest request, final long sequence)
    {
        final ObjectNode body = AdminRendering.JSON.createObjectNode();
        body.put("ok", true).put("command", request.verb().word());
        body.putArray("events").addObject().put("event", "SettingChange").put("key", request.key())
            .put("value", request.value()).put("commandId", sequence).put("sequence", sequence);
        final String what = request.key() + "=" + request.value() + " (sequence " + sequence + ")";
        LOG.info("admin {} queued: {}", request.verb().word(), what);
        return AdminRendering.ok(body, "ok: " + request.verb().word() + " queued: " + what);
    }

    private static AdminReply queued(final AdminRequest request, final List<Queued> events)
    {
        final ObjectNode body = AdminRendering.JSON.createObjectNode();
        body.put("ok", true).put("command", request.verb().word());
        final ArrayNode list = body.putArray("events");
        final List<String> parts = new ArrayList<>();
        for (final Queued q : events)
        {
            list.addObject().put("action", q.action().name()).put("symbol", q.symbol()).put("symbolId", q.symbolId())
                .put("argument", q.argument()).put("commandId", q.commandId()).put("sequence", q.sequence());
            parts.add(q.action().name() + (q.action() == AdminAction.HALT && q.argument() == 1 ? " and close positions" : "")
                + " " + (q.symbol() == null ? "all symbols" : q.symbol()) + " (sequence " + q.sequence() + ")");
        }
        LOG.info("admin {} queued: {}", request.verb().word(), parts);
        return AdminRendering.ok(body, "ok: " + request.verb().word() + " queued: " + String.join(", ", parts));
    }

    private static long wallClockNs()
    {
        final Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }
}
