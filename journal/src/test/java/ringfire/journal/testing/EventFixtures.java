package ringfire.journal.testing;

import org.agrona.ExpandableArrayBuffer;
import org.agrona.MutableDirectBuffer;
import ringfire.codecs.sbe.BarEncoder;
import ringfire.codecs.sbe.BooleanType;
import ringfire.codecs.sbe.EndReason;
import ringfire.codecs.sbe.EventHeaderEncoder;
import ringfire.codecs.sbe.MessageHeaderEncoder;
import ringfire.codecs.sbe.OrderIntentEncoder;
import ringfire.codecs.sbe.OrderPurpose;
import ringfire.codecs.sbe.RiskReason;
import ringfire.codecs.sbe.RiskRejectEncoder;
import ringfire.codecs.sbe.SessionEndEncoder;
import ringfire.codecs.sbe.SessionStartEncoder;
import ringfire.codecs.sbe.SettingAppliedEncoder;
import ringfire.codecs.sbe.SettingChangeEncoder;
import ringfire.codecs.sbe.SettingResult;
import ringfire.codecs.sbe.Side;
import ringfire.codecs.sbe.SignalEncoder;
import ringfire.codecs.sbe.Source;
import ringfire.codecs.sbe.SymbolDefinitionEncoder;
import ringfire.codecs.sbe.TickerEncoder;
import ringfire.codecs.sbe.TimerKind;
import ringfire.codecs.sbe.TimerTickEncoder;
import ringfire.codecs.sbe.TradeEncoder;

import java.util.Arrays;

/**
 * Encodes Ringfire events for tests. Every method encodes one event at offset 0 of {@link #buffer()} (overwriting
 * the previous one) and returns its encoded length, header included; {@link #bytes(int)} copies it out.
 *
 * <pre>{@code
 * final EventFixtures events = new EventFixtures();
 * writer.append(events.buffer(), 0, events.trade(2, EventFixtures.T0, 1, Side.BUY, 1657850, 1, "t-1"));
 * }</pre>
 */
public final class EventFixtures
{
    /** 2025-06-01T00:00:00Z in nanoseconds since the epoch. */
    public static final long T0 = 1_748_736_000_000_000_000L;
    public static final long SECOND_NS = 1_000_000_000L;
    public static final long MINUTE_NS = 60 * SECOND_NS;

    private final MutableDirectBuffer buffer = new ExpandableArrayBuffer(512);
    private final MessageHeaderEncoder header = new MessageHeaderEncoder();
    private final SessionStartEncoder sessionStart = new SessionStartEncoder();
    private final SymbolDefinitionEncoder symbolDefinition = new SymbolDefinitionEncoder();
    private final TradeEncoder trade = new TradeEncoder();
    private final TickerEncoder ticker = new TickerEncoder();
    private final BarEncoder bar = new BarEncoder();
    private final TimerTickEncoder timerTick = new TimerTickEncoder();
    private final SignalEncoder signal = new SignalEncoder();
    private final OrderIntentEncoder orderIntent = new OrderIntentEncoder();
    private final RiskRejectEncoder riskReject = new RiskRejectEncoder();
    private final SessionEndEncoder sessionEnd = new SessionEndEncoder();
    private final SettingChangeEncoder settingChange = new SettingChangeEncoder();
    private final SettingAppliedEncoder settingApplied = new SettingAppliedEncoder();

    /** The buffer every event is encoded into, at offset 0. */
    public MutableDirectBuffer buffer()
    {
        return buffer;
    }

    /** A copy of the first {@code length} bytes of {@link #buffer()}. */
    public byte[] bytes(final int length)
    {
        final byte[] copy = new byte[length];
        buffer.getBytes(0, copy);
        return copy;
    }

    public int sessionStart(
        final long sequence, final long timeNs, final String engineVersion, final String configHash, final String config)
    {
        sessionStart.wrapAndApplyHeader(buffer, 0, header);
        header(sessionStart.header(), sequence, timeNs, Source.ENGINE);
        sessionStart.schemaVersion(SessionStartEncoder.SCHEMA_VERSION)
            .engineVersion(engineVersion)
            .configHash(configHash)
            .config(config);
        return MessageHeaderEncoder.ENCODED_LENGTH + sessionStart.encodedLength();
    }

    public int symbolDefinition(
        final long sequence,
        final long timeNs,
        final int symbolId,
        final int priceScale,
        final int qtyScale,
        final String name)
    {
        symbolDefinition.wrapAndApplyHeader(buffer, 0, header);
        header(symbolDefinition.header(), sequence, timeNs, Source.IMPORT);
        symbolDefinition.symbolId(symbolId)
            .priceScale((short)priceScale)
            .qtyScale((short)qtyScale)
            .name(name);
        return MessageHeaderEncoder.ENCODED_LENGTH + symbolDefinition.encodedLength();
    }

    public int trade(
        final long sequence,
        final long timeNs,
        final int symbolId,
        final Side side,
        final long price,
        final long qty,
        final String tradeId)
    {
        trade.wrapAndApplyHeader(buffer, 0, header);
        header(trade.header(), sequence, timeNs, Source.FEED);
        trade.symbolId(symbolId).side(side).price(price).qty(qty).tradeId(tradeId);
        return MessageHeaderEncoder.ENCODED_LENGTH + trade.encodedLength();
    }

    public int ticker(
        final long sequence,
        final long timeNs,
        final int symbolId,
        final long bidPrice,
        final long bidQty,
        final long askPrice,
        final long askQty,
        final long fundingRate,
        final long nextFundingTimeNs)
    {
        ticker.wrapAndApplyHeader(buffer, 0, header);
        header(ticker.header(), sequence, timeNs, Source.FEED);
        ticker.symbolId(symbolId)
            .bidPrice(bidPrice)
            .bidQty(bidQty)
            .askPrice(askPrice)
            .askQty(askQty)
            .lastPrice(bidPrice)
            .markPrice(bidPrice)
            .indexPrice(bidPrice)
            .fundingRate(fundingRate)
            .nextFundingTimeNs(nextFundingTimeNs);
        return MessageHeaderEncoder.ENCODED_LENGTH + ticker.encodedLength();
    }

    public int bar(
        final long sequence,
        final long timeNs,
        final int symbolId,
        final int intervalSeconds,
        final long openTimeNs,
        final long open,
        final long high,
        final long low,
        final long close,
        final long volume,
        final long turnover,
        final boolean closed)
    {
        bar.wrapAndApplyHeader(buffer, 0, header);
        header(bar.header(), sequence, timeNs, Source.FEED);
        bar.symbolId(symbolId)
            .intervalSeconds(intervalSeconds)
            .openTimeNs(openTimeNs)
            .open(open)
            .high(high)
            .low(low)
            .close(close)
            .volume(volume)
            .turnover(turnover)
            .closed(closed ? BooleanType.TRUE : BooleanType.FALSE);
        return MessageHeaderEncoder.ENCODED_LENGTH + bar.encodedLength();
    }

    public int timerTick(final long sequence, final long timeNs, final int timerId, final TimerKind kind)
    {
        timerTick.wrapAndApplyHeader(buffer, 0, header);
        header(timerTick.header(), sequence, timeNs, Source.TIMER);
        timerTick.timerId(timerId).kind(kind);
        return MessageHeaderEncoder.ENCODED_LENGTH + timerTick.encodedLength();
    }

    /** A decision: {@code sequence} is that of the input that caused it. */
    public int signal(
        final long sequence,
        final long timeNs,
        final int strategyId,
        final int symbolId,
        final Side side,
        final long confidence,
        final long referencePrice,
        final long stopPrice,
        final long takeProfitPrice)
    {
        signal.wrapAndApplyHeader(buffer, 0, header);
        header(signal.header(), sequence, timeNs, Source.ENGINE);
        signal.strategyId(strategyId)
            .symbolId(symbolId)
            .side(side)
            .confidence(confidence)
            .referencePrice(referencePrice)
            .stopPrice(stopPrice)
            .takeProfitPrice(takeProfitPrice);
        return MessageHeaderEncoder.ENCODED_LENGTH + signal.encodedLength();
    }

    /** A decision. */
    public int orderIntent(
        final long sequence,
        final long timeNs,
        final long clientOrderId,
        final int symbolId,
        final Side side,
        final OrderPurpose purpose,
        final long qty,
        final long limitPrice)
    {
        orderIntent.wrapAndApplyHeader(buffer, 0, header);
        header(orderIntent.header(), sequence, timeNs, Source.ENGINE);
        orderIntent.clientOrderId(clientOrderId)
            .symbolId(symbolId)
            .side(side)
            .purpose(purpose)
            .qty(qty)
            .limitPrice(limitPrice);
        return MessageHeaderEncoder.ENCODED_LENGTH + orderIntent.encodedLength();
    }

    /** A decision. */
    public int riskReject(
        final long sequence,
        final long timeNs,
        final int symbolId,
        final Side side,
        final RiskReason reason,
        final long qty,
        final long detail)
    {
        riskReject.wrapAndApplyHeader(buffer, 0, header);
        header(riskReject.header(), sequence, timeNs, Source.ENGINE);
        riskReject.symbolId(symbolId).side(side).reason(reason).qty(qty).detail(detail);
        return MessageHeaderEncoder.ENCODED_LENGTH + riskReject.encodedLength();
    }

    /** The input a session ends with (source ENGINE). */
    public int sessionEnd(final long sequence, final long timeNs, final EndReason reason, final long inputs,
        final long faults)
    {
        sessionEnd.wrapAndApplyHeader(buffer, 0, header);
        header(sessionEnd.header(), sequence, timeNs, Source.ENGINE);
        sessionEnd.reason(reason).inputs(inputs).faults(faults);
        return MessageHeaderEncoder.ENCODED_LENGTH + sessionEnd.encodedLength();
    }

    /** An operator's setting change (source ADMIN); its command id is its sequence. */
    public int settingChange(final long sequence, final long timeNs, final String key, final String value)
    {
        settingChange.wrapAndApplyHeader(buffer, 0, header);
        header(settingChange.header(), sequence, timeNs, Source.ADMIN);
        settingChange.commandId(sequence).key(key).value(value);
        return MessageHeaderEncoder.ENCODED_LENGTH + settingChange.encodedLength();
    }

    /** A decision: the outcome of the setting change {@code sequence}. */
    public int settingApplied(final long sequence, final long timeNs, final String key, final String value,
        final SettingResult result, final String previous)
    {
        settingApplied.wrapAndApplyHeader(buffer, 0, header);
        header(settingApplied.header(), sequence, timeNs, Source.ENGINE);
        settingApplied.commandId(sequence).key(key).value(value).result(result).previousValue(previous);
        return MessageHeaderEncoder.ENCODED_LENGTH + settingApplied.encodedLength();
    }

    /** Bytes that are not a Ringfire frame (wrong schema id). */
    public int garbage(final int length)
    {
        final byte[] junk = new byte[length];
        Arrays.fill(junk, (byte)0x5A);
        buffer.putBytes(0, junk);
        return length;
    }

    private static void header(
        final EventHeaderEncoder header, final long sequence, final long timeNs, final Source source)
    {
        header.sequence(sequence).eventTimeNs(timeNs).source(source);
    }
}
