package ringfire.engine.execution.paper;

import ringfire.codecs.sbe.Liquidity;
import ringfire.codecs.sbe.OrderState;
import ringfire.codecs.sbe.Side;
import ringfire.engine.market.InstrumentSpec;

import java.util.ArrayList;
import java.util.List;

/** Instruments, a recording listener and an array-backed position view for the paper broker tests. */
class PaperFixture implements PaperListener, PositionView
{
    /** BTCUSDT: price scale 2, tick 0.10; qty scale 3, step 0.001. */
    static final InstrumentSpec BTC = new InstrumentSpec(1, "BTCUSDT", 2, 3, 10, 1, 1, 500_000_000L, 100, 500_000);
    /** ETHUSDT: price scale 2, tick 0.01; qty scale 2, step 0.01. */
    static final InstrumentSpec ETH = new InstrumentSpec(2, "ETHUSDT", 2, 2, 1, 1, 1, 500_000_000L, 100, 500_000);

    final List<String> events = new ArrayList<>();
    final long[] positions = new long[8];
    final long[] marks = new long[8];
    final long[] rates = new long[8];
    final PaperBroker broker;

    PaperFixture()
    {
        this(PaperSettings.defaults(), PaperBroker.DEFAULT_CAPACITY);
    }

    PaperFixture(final PaperSettings settings, final int capacity)
    {
        java.util.Arrays.fill(rates, NO_RATE);
        broker = new PaperBroker(settings, new PaperInstruments(BTC, ETH), this, this, capacity);
    }

    static PaperSettings withSlippage(final long slippage)
    {
        final PaperSettings d = PaperSettings.defaults();
        return new PaperSettings(d.takerFee(), d.makerFee(), slippage, d.fundingIntervalHours(),
            d.defaultFundingRate(), d.fundingFromData());
    }

    /** Only the fills, as "id side price qty fee liquidity time". */
    List<String> fills()
    {
        return events.stream().filter(e -> e.startsWith("fill ")).map(e -> e.substring(5)).toList();
    }

    List<String> states()
    {
        return events.stream().filter(e -> e.startsWith("state ")).map(e -> e.substring(6)).toList();
    }

    List<String> funding()
    {
        return events.stream().filter(e -> e.startsWith("funding ")).map(e -> e.substring(8)).toList();
    }

    @Override
    public void onFill(final long clientOrderId, final int symbolId, final Side side, final long price,
        final long qty, final long fee, final Liquidity liquidity, final long timeNs)
    {
        events.add("fill " + clientOrderId + " " + side + " " + price + " " + qty + " " + fee + " " + liquidity
            + " " + timeNs);
        positions[symbolId] += side == Side.BUY ? qty : -qty;
    }

    @Override
    public void onOrderState(final long clientOrderId, final int symbolId, final OrderState state,
        final OrderReason reason, final long timeNs)
    {
        events.add("state " + clientOrderId + " " + state + " " + reason);
    }

    @Override
    public void onFunding(final int symbolId, final long fundingRate, final long markPrice, final long positionQty,
        final long payment, final long fundingTimeNs)
    {
        events.add("funding " + symbolId + " " + fundingRate + " " + markPrice + " " + positionQty + " " + payment
            + " " + fundingTimeNs);
    }

    @Override
    public long positionQty(final int symbolId)
    {
        return positions[symbolId];
    }

    @Override
    public long markPrice(final int symbolId)
    {
        return marks[symbolId];
    }

    @Override
    public long fundingRate(final int symbolId)
    {
        return rates[symbolId];
    }
}
