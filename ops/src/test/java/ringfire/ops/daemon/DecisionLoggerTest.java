package ringfire.ops.daemon;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import ringfire.codecs.sbe.BalanceUpdateEncoder;
import ringfire.codecs.sbe.BooleanType;
import ringfire.codecs.sbe.ExitPlanStateEncoder;
import ringfire.codecs.sbe.ExitReason;
import ringfire.codecs.sbe.ExitTriggeredEncoder;
import ringfire.codecs.sbe.FillEncoder;
import ringfire.codecs.sbe.Liquidity;
import ringfire.codecs.sbe.MessageHeaderEncoder;
import ringfire.codecs.sbe.OrderState;
import ringfire.codecs.sbe.OrderStatusEncoder;
import ringfire.codecs.sbe.OrderType;
import ringfire.codecs.sbe.OrderRequestEncoder;
import ringfire.codecs.sbe.RiskReason;
import ringfire.codecs.sbe.RiskRejectEncoder;
import ringfire.codecs.sbe.Side;
import ringfire.codecs.sbe.SignalEncoder;
import ringfire.codecs.sbe.Source;
import ringfire.codecs.sbe.StateReason;
import ringfire.codecs.sbe.TimeInForce;
import ringfire.codecs.sbe.TradingState;
import ringfire.codecs.sbe.TradingStateChangeEncoder;
import ringfire.engine.execution.paper.OrderReason;
import ringfire.engine.settings.EngineSettings;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One INFO line per decision, naming its reason, after the next egress has seen it. */
class DecisionLoggerTest
{
    private static final int BTC = 1; // BTCUSDT in the default instrument table: prices at 2, quantities at 3 decimals

    private final UnsafeBuffer buffer = new UnsafeBuffer(ByteBuffer.allocate(512));
    private final MessageHeaderEncoder header = new MessageHeaderEncoder();
    private final List<Integer> passedOn = new ArrayList<>();
    private final DecisionLogger logger = new DecisionLogger(EngineSettings.defaults(),
        (b, offset, length) -> passedOn.add(length));
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private Logger log;
    private Level level;

    @BeforeEach
    void capture()
    {
        log = (Logger)LoggerFactory.getLogger(DecisionLogger.LOGGER);
        level = log.getLevel();
        log.setLevel(Level.INFO);
        lines.start();
        log.addAppender(lines);
    }

    @AfterEach
    void release()
    {
        log.detachAppender(lines);
        log.setLevel(level);
    }

    private void decide(final int length)
    {
        logger.onDecision(buffer, 0, MessageHeaderEncoder.ENCODED_LENGTH + length);
    }

    private List<String> info()
    {
        return lines.list.stream().filter(e -> e.getLevel() == Level.INFO).map(ILoggingEvent::getFormattedMessage)
            .toList();
    }

    @Test
    void shouldLogARiskRejectOnceWithItsReason()
    {
        final RiskRejectEncoder e = new RiskRejectEncoder().wrapAndApplyHeader(buffer, 0, header);
        e.header().sequence(41).eventTimeNs(1_000).source(Source.ENGINE);
        e.symbolId(BTC).side(Side.BUY).reason(RiskReason.DRAWDOWN).qty(10).detail(0);
        decide(e.encodedLength());
        assertThat(info()).containsExactly("#41 reject BTCUSDT BUY qty 0.010: DRAWDOWN");
        assertThat(passedOn).hasSize(1);
    }

    @Test
    void shouldLogAnExitAndATradingStateChangeWithTheirReasons()
    {
        final ExitTriggeredEncoder exit = new ExitTriggeredEncoder().wrapAndApplyHeader(buffer, 0, header);
        exit.header().sequence(7).eventTimeNs(1).source(Source.ENGINE);
        exit.symbolId(BTC).reason(ExitReason.TRAILING_STOP).triggerPrice(6_512_345).positionSize(5);
        decide(exit.encodedLength());
        final TradingStateChangeEncoder state = new TradingStateChangeEncoder().wrapAndApplyHeader(buffer, 0, header);
        state.header().sequence(8).eventTimeNs(1).source(Source.ENGINE);
        state.fromState(TradingState.RUNNING).toState(TradingState.HALTED).reason(StateReason.DRAWDOWN_HARD);
        decide(state.encodedLength());
        assertThat(info()).containsExactly("#7 exit BTCUSDT TRAILING_STOP at 65123.45, position 0.005",
            "#8 trading state RUNNING -> HALTED: DRAWDOWN_HARD");
    }

    @Test
    void shouldLogSignalOrderFillAndOrderEndOneLineEach()
    {
        final SignalEncoder signal = new SignalEncoder().wrapAndApplyHeader(buffer, 0, header);
        signal.header().sequence(1).eventTimeNs(1).source(Source.ENGINE);
        signal.strategyId(3).symbolId(BTC).side(Side.SELL).confidence(72_000_000).referencePrice(6_500_000)
            .stopPrice(6_600_000).takeProfitPrice(0);
        decide(signal.encodedLength());
        final OrderRequestEncoder order = new OrderRequestEncoder().wrapAndApplyHeader(buffer, 0, header);
        order.header().sequence(2).eventTimeNs(1).source(Source.ENGINE);
        order.clientOrderId(17).symbolId(BTC).side(Side.SELL).orderType(OrderType.MARKET).timeInForce(TimeInForce.IOC)
            .price(0).qty(10).reduceOnly(BooleanType.FALSE);
        decide(order.encodedLength());
        final FillEncoder fill = new FillEncoder().wrapAndApplyHeader(buffer, 0, header);
        fill.header().sequence(3).eventTimeNs(1).source(Source.ENGINE);
        fill.clientOrderId(17).symbolId(BTC).side(Side.SELL).price(6_496_750).qty(10).fee(35_731_250)
            .liquidity(Liquidity.TAKER).execId("");
        decide(fill.encodedLength());
        final OrderStatusEncoder ended = new OrderStatusEncoder().wrapAndApplyHeader(buffer, 0, header);
        ended.header().sequence(4).eventTimeNs(1).source(Source.ENGINE);
        ended.clientOrderId(18).symbolId(BTC).side(Side.NULL_VAL).state(OrderState.CANCELLED).filledQty(0).leavesQty(0)
            .avgPrice(0).rejectCode(OrderReason.REDUCE_ONLY.ordinal()).exchangeOrderId("");
        decide(ended.encodedLength());
        assertThat(info()).containsExactly(
            "#1 signal BTCUSDT SELL confidence 0.72000000 reference 65000.00 stop 66000.00 (strategy 3)",
            "#2 order BTCUSDT SELL MARKET qty 0.010 entry, client order id 17",
            "#3 fill BTCUSDT SELL qty 0.010 at 64967.50 fee 0.35731250 TAKER, client order id 17",
            "#4 order ended BTCUSDT CANCELLED: REDUCE_ONLY, client order id 18");
        assertThat(passedOn).hasSize(4);
    }

    @Test
    void shouldKeepStateEchoesOutOfTheInfoLog()
    {
        final BalanceUpdateEncoder balance = new BalanceUpdateEncoder().wrapAndApplyHeader(buffer, 0, header);
        balance.header().sequence(5).eventTimeNs(1).source(Source.ENGINE);
        balance.walletBalance(1).availableBalance(1).equity(1);
        decide(balance.encodedLength());
        final ExitPlanStateEncoder plan = new ExitPlanStateEncoder().wrapAndApplyHeader(buffer, 0, header);
        plan.header().sequence(6).eventTimeNs(1).source(Source.ENGINE);
        plan.symbolId(BTC);
        decide(plan.encodedLength());
        assertThat(lines.list).isEmpty();
        assertThat(passedOn).hasSize(2);

        log.setLevel(Level.DEBUG);
        balance.wrapAndApplyHeader(buffer, 0, header).header().sequence(5).eventTimeNs(1).source(Source.ENGINE);
        balance.walletBalance(1).availableBalance(1).equity(1);
        decide(balance.encodedLength());
        assertThat(lines.list).singleElement().satisfies(e ->
        {
            assertThat(e.getLevel()).isEqualTo(Level.DEBUG);
            assertThat(e.getFormattedMessage()).isEqualTo("#5 balance wallet 0.00000001 equity 0.00000001");
        });
    }

    @Test
    void shouldNameAnUnknownSymbolByItsIdWithUnscaledValues()
    {
        final RiskRejectEncoder e = new RiskRejectEncoder().wrapAndApplyHeader(buffer, 0, header);
        e.header().sequence(9).eventTimeNs(1).source(Source.ENGINE);
        e.symbolId(999).side(Side.SELL).reason(RiskReason.UNKNOWN_SYMBOL).qty(25).detail(3);
        decide(e.encodedLength());
        assertThat(info()).containsExactly("#9 reject symbol 999 SELL qty 25: UNKNOWN_SYMBOL (detail 3)");
    }
}
