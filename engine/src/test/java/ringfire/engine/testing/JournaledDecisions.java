package ringfire.engine.testing;

import org.agrona.concurrent.UnsafeBuffer;
import ringfire.codecs.EventView;
import ringfire.codecs.sbe.BalanceUpdateDecoder;
import ringfire.codecs.sbe.BooleanType;
import ringfire.codecs.sbe.ExitPlanStateDecoder;
import ringfire.codecs.sbe.ExitReason;
import ringfire.codecs.sbe.ExitTriggeredDecoder;
import ringfire.codecs.sbe.FillDecoder;
import ringfire.codecs.sbe.MessageHeaderDecoder;
import ringfire.codecs.sbe.OrderIntentDecoder;
import ringfire.codecs.sbe.OrderPurpose;
import ringfire.codecs.sbe.OrderRequestDecoder;
import ringfire.codecs.sbe.PositionSide;
import ringfire.codecs.sbe.PositionUpdateDecoder;
import ringfire.codecs.sbe.RiskReason;
import ringfire.codecs.sbe.RiskRejectDecoder;
import ringfire.codecs.sbe.SettingAppliedDecoder;
import ringfire.codecs.sbe.SettingResult;
import ringfire.codecs.sbe.Side;
import ringfire.codecs.sbe.SignalDecoder;
import ringfire.codecs.sbe.StateReason;
import ringfire.codecs.sbe.TradingState;
import ringfire.codecs.sbe.TradingStateChangeDecoder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The decisions of a journal, decoded into plain records for assertions. Every record carries {@code seq}, the
 * sequence of the input that caused it (as returned by {@link Inputs#bar} / {@link Inputs#admin}), so a test can
 * ask what was decided on one particular bar. Only the trading-core decision types are decoded; the frames
 * themselves stay available in {@link #frames()} for hashing.
 */
public final class JournaledDecisions
{
    public record Signal(long seq, int symbolId, Side side, long confidence, long referencePrice)
    {
    }

    public record SettingApplied(long seq, long commandId, String key, String value, SettingResult result,
        String previousValue)
    {
    }

    public record Reject(long seq, int symbolId, Side side, RiskReason reason, long qty, long detail)
    {
    }

    public record StateChange(long seq, TradingState from, TradingState to, StateReason reason)
    {
    }

    public record Exit(long seq, int symbolId, ExitReason reason, long triggerPrice, long positionSize)
    {
    }

    public record Intent(long seq, long clientOrderId, int symbolId, Side side, OrderPurpose purpose, long qty)
    {
    }

    public record Request(long seq, long clientOrderId, int symbolId, Side side, long price, long qty,
        boolean reduceOnly)
    {
    }

    public record Fill(long seq, long clientOrderId, int symbolId, Side side, long price, long qty, long fee)
    {
    }

    public record PositionUpdate(long seq, int symbolId, PositionSide side, long size, long entryPrice,
        long realisedPnl)
    {
    }

    public record Balance(long seq, long walletBalance, long equity)
    {
    }

    public record PlanState(long seq, int symbolId, PositionSide side, long entryPrice, long remainingQty,
        long stopPrice, long takeProfitPrice, long trailingStopPrice, long pullbackPrice, long peakPnl, int tier)
    {
    }

    private final List<UnsafeBuffer> frames;
    private final List<Object> all = new ArrayList<>();

    private JournaledDecisions(final List<UnsafeBuffer> frames)
    {
        this.frames = frames;
        final MessageHeaderDecoder header = new MessageHeaderDecoder();
        for (final UnsafeBuffer f : frames)
        {
            final Object decoded = decode(f, header);
            if (decoded != null)
            {
                all.add(decoded);
            }
        }
    }

    public static JournaledDecisions read(final Path dir)
    {
        return new JournaledDecisions(JournalFrames.decisions(dir));
    }

    /** Every journaled decision frame, in journal order. */
    public List<UnsafeBuffer> frames()
    {
        return frames;
    }

    /** Every decoded decision, in journal order. */
    public List<Object> all()
    {
        return all;
    }

    /** The decoded decisions caused by input {@code seq}, in journal order. */
    public List<Object> of(final long seq)
    {
        return all.stream().filter(d -> seqOf(d) == seq).toList();
    }

    /** The decoded decisions caused by inputs {@code from..to} (inclusive), in journal order. */
    public List<Object> between(final long from, final long to)
    {
        return all.stream().filter(d -> seqOf(d) >= from && seqOf(d) <= to).toList();
    }

    public List<Signal> signals()
    {
        return ofType(Signal.class);
    }

    public List<Reject> rejects()
    {
        return ofType(Reject.class);
    }

    public List<StateChange> stateChanges()
    {
        return ofType(StateChange.class);
    }

    public List<Exit> exits()
    {
        return ofType(Exit.class);
    }

    public List<Intent> intents()
    {
        return ofType(Intent.class);
    }

    public List<Request> requests()
    {
        return ofType(Request.class);
    }

    public List<Fill> fills()
    {
        return ofType(Fill.class);
    }

    public List<PositionUpdate> positions()
    {
        return ofType(PositionUpdate.class);
    }

    public List<Balance> balances()
    {
        return ofType(Balance.class);
    }

    public List<PlanState> planStates()
    {
        return ofType(PlanState.class);
    }

    public <T> List<T> ofType(final Class<T> type)
    {
        return all.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public <T> List<T> ofType(final Class<T> type, final Predicate<T> filter)
    {
        return ofType(type).stream().filter(filter).toList();
    }

    /** The input sequence a decoded decision carries. */
    public static long seqOf(final Object decision)
    {
        return switch (decision)
        {
            case Signal d -> d.seq();
            case Reject d -> d.seq();
            case StateChange d -> d.seq();
            case Exit d -> d.seq();
            case Intent d -> d.seq();
            case Request d -> d.seq();
            case Fill d -> d.seq();
            case PositionUpdate d -> d.seq();
            case Balance d -> d.seq();
            case PlanState d -> d.seq();
            case SettingApplied d -> d.seq();
            default -> throw new IllegalArgumentException("not a decoded decision: " + decision);
        };
    }

    private static Object decode(final UnsafeBuffer f, final MessageHeaderDecoder header)
    {
        final long seq = EventView.sequence(f, 0);
        return switch (EventView.templateId(f, 0))
        {
            case SignalDecoder.TEMPLATE_ID ->
            {
                final SignalDecoder d = new SignalDecoder().wrapAndApplyHeader(f, 0, header);
                yield new Signal(seq, d.symbolId(), d.side(), d.confidence(), d.referencePrice());
            }
            case RiskRejectDecoder.TEMPLATE_ID ->
            {
                final RiskRejectDecoder d = new RiskRejectDecoder().wrapAndApplyHeader(f, 0, header);
                yield new Reject(seq, d.symbolId(), d.side(), d.reason(), d.qty(), d.detail());
            }
            case TradingStateChangeDecoder.TEMPLATE_ID ->
            {
                final TradingStateChangeDecoder d = new TradingStateChangeDecoder().wrapAndApplyHeader(f, 0, header);
                yield new StateChange(seq, d.fromState(), d.toState(), d.reason());
            }
            case ExitTriggeredDecoder.TEMPLATE_ID ->
            {
                final ExitTriggeredDecoder d = new ExitTriggeredDecoder().wrapAndApplyHeader(f, 0, header);
                yield new Exit(seq, d.symbolId(), d.reason(), d.triggerPrice(), d.positionSize());
            }
            case OrderIntentDecoder.TEMPLATE_ID ->
            {
                final OrderIntentDecoder d = new OrderIntentDecoder().wrapAndApplyHeader(f, 0, header);
                yield new Intent(seq, d.clientOrderId(), d.symbolId(), d.side(), d.purpose(), d.qty());
            }
            case OrderRequestDecoder.TEMPLATE_ID ->
            {
                final OrderRequestDecoder d = new OrderRequestDecoder().wrapAndApplyHeader(f, 0, header);
                yield new Request(seq, d.clientOrderId(), d.symbolId(), d.side(), d.price(), d.qty(),
                    d.reduceOnly() == BooleanType.TRUE);
            }
            case FillDecoder.TEMPLATE_ID ->
            {
                final FillDecoder d = new FillDecoder().wrapAndApplyHeader(f, 0, header);
                yield new Fill(seq, d.clientOrderId(), d.symbolId(), d.side(), d.price(), d.qty(), d.fee());
            }
            case PositionUpdateDecoder.TEMPLATE_ID ->
            {
                final PositionUpdateDecoder d = new PositionUpdateDecoder().wrapAndApplyHeader(f, 0, header);
                yield new PositionUpdate(seq, d.symbolId(), d.side(), d.size(), d.entryPrice(), d.realisedPnl());
            }
            case BalanceUpdateDecoder.TEMPLATE_ID ->
            {
                final BalanceUpdateDecoder d = new BalanceUpdateDecoder().wrapAndApplyHeader(f, 0, header);
                yield new Balance(seq, d.walletBalance(), d.equity());
            }
            case ExitPlanStateDecoder.TEMPLATE_ID ->
            {
                final ExitPlanStateDecoder d = new ExitPlanStateDecoder().wrapAndApplyHeader(f, 0, header);
                yield new PlanState(seq, d.symbolId(), d.side(), d.entryPrice(), d.remainingQty(), d.stopPrice(),
                    d.takeProfitPrice(), d.trailingStopPrice(), d.pullbackPrice(), d.peakPnl(), d.tier());
            }
            case SettingAppliedDecoder.TEMPLATE_ID ->
            {
                final SettingAppliedDecoder d = new SettingAppliedDecoder().wrapAndApplyHeader(f, 0, header);
                yield new SettingApplied(seq, d.commandId(), d.key(), d.value(), d.result(), d.previousValue());
            }
            default -> null;
        };
    }
}
