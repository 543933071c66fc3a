package ringfire.engine.report;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ringfire.codecs.sbe.ExitReason;
import ringfire.codecs.sbe.PositionSide;
import ringfire.codecs.sbe.Side;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ringfire.engine.testing.ScenarioRun.money;

/** Round trips rebuilt from decisions that the scenario journals do not produce: adds, partial exits, flips, funding. */
class TradeBookTest
{
    private static final SymbolInfo BTC = new SymbolInfo(1, "BTCUSDT", 2, 3);
    private final List<Trade> trades = new ArrayList<>();
    private TradeBook book;

    @BeforeEach
    void setUp()
    {
        book = new TradeBook(trades::add);
        book.define(BTC);
    }

    @Test
    void shouldAverageTheExitsOfAPartlyClosedPositionAndTakeTheLastExitReason()
    {
        fill(Side.BUY, "100.00", "0.300", "0.03", 1);
        position(PositionSide.LONG, "0.300", "100.00");
        book.exitTriggered(1, ExitReason.PARTIAL);
        fill(Side.SELL, "110.00", "0.100", "0.01", 2);
        position(PositionSide.LONG, "0.200", "100.00");
        book.funding(1, money("0.005"));
        book.exitTriggered(1, ExitReason.TRAILING_STOP);
        fill(Side.SELL, "105.01", "0.200", "0.02", 3);
        position(PositionSide.FLAT, "0", "0");

        // exit price (110.00 x 0.1 + 105.01 x 0.2) / 0.3 = 106.6733.. -> 106.67; realized 1.00 + 1.002 = 2.002
        assertThat(trades).containsExactly(new Trade(1, "BTCUSDT", PositionSide.LONG, qty("0.300"), 1, px("100.00"), 3,
            px("106.67"), money("0.06"), money("0.005"), money("1.937"), "TRAILING_STOP", 2, 3));
        assertThat(trades.get(0).csvRow()).isEqualTo(
            "1,BTCUSDT,LONG,0.300,1970-01-01T00:00:00.000000001Z,100.00,1970-01-01T00:00:00.000000003Z,106.67,"
                + "0.06000000,1.93700000,TRAILING_STOP");
    }

    @Test
    void shouldCountAddsInTheEntryQuantityAndTakeTheJournaledAverageEntry()
    {
        fill(Side.SELL, "100.00", "0.100", "0.01", 1);
        position(PositionSide.SHORT, "0.100", "100.00");
        fill(Side.SELL, "103.00", "0.200", "0.02", 2);
        position(PositionSide.SHORT, "0.300", "102.00");
        book.funding(1, money("-0.01"));   // received
        book.exitTriggered(1, ExitReason.STOP_LOSS);
        fill(Side.BUY, "104.00", "0.300", "0.03", 3);
        position(PositionSide.FLAT, "0", "0");

        // short from 102.00 to 104.00 x 0.3 = -0.60; fees 0.06; funding -0.01 -> -0.65
        assertThat(trades).containsExactly(new Trade(1, "BTCUSDT", PositionSide.SHORT, qty("0.300"), 1, px("102.00"), 3,
            px("104.00"), money("0.06"), money("-0.01"), money("-0.65"), "STOP_LOSS", 2, 3));
    }

    @Test
    void shouldSplitAFlipIntoAClosedTradeAndANewOneWithTheFeeProRata()
    {
        fill(Side.BUY, "100.00", "0.100", "0.01", 1);
        position(PositionSide.LONG, "0.100", "100.00");
        book.exitTriggered(1, ExitReason.STRATEGY);
        fill(Side.SELL, "101.00", "0.300", "0.03", 2);
        position(PositionSide.SHORT, "0.200", "101.00");
        book.mark(1, px("100.00"));

        assertThat(trades).containsExactly(new Trade(1, "BTCUSDT", PositionSide.LONG, qty("0.100"), 1, px("100.00"), 2,
            px("101.00"), money("0.02"), 0, money("0.08"), "STRATEGY", 2, 3));
        assertThat(book.openCount()).isOne();
        assertThat(book.unrealized()).isEqualTo(money("0.2"));   // short 0.2 from 101 marked at 100
        assertThat(book.feesTotal()).isEqualTo(money("0.04"));
    }

    @Test
    void shouldRefuseAPositionUpdateThatContradictsTheFills()
    {
        fill(Side.BUY, "100.00", "0.100", "0.01", 1);
        assertThatThrownBy(() -> position(PositionSide.LONG, "0.200", "100.00"))
            .isInstanceOf(IllegalStateException.class).hasMessageContaining("inconsistent");
    }

    @Test
    void shouldRefuseAFillOfAnUndefinedSymbol()
    {
        assertThatThrownBy(() -> book.fill(9, Side.BUY, 1, 1, 0, 0))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("symbol id 9");
    }

    private void fill(final Side side, final String price, final String qty, final String fee, final long timeNs)
    {
        book.fill(1, side, px(price), qty(qty), money(fee), timeNs);
    }

    private void position(final PositionSide side, final String size, final String entry)
    {
        book.positionUpdate(1, side, qty(size), px(entry));
    }

    private static long px(final String text)
    {
        return ringfire.codecs.Decimals.parseOrThrow(text, 2);
    }

    private static long qty(final String text)
    {
        return ringfire.codecs.Decimals.parseOrThrow(text, 3);
    }
}
