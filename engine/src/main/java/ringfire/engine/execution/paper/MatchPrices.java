package ringfire.engine.execution.paper;

import ringfire.codecs.sbe.Side;

/**
 * The market event being matched and the matching rules, as prices before slippage ({@code 0} = no fill).
 * A quote is a trade ({@code bid = ask = 0}, {@code last} = trade price) or a ticker; a bar has OHLC.
 * <ul>
 * <li>Market: a quote fills a buy at the ask and a sell at the bid, or at {@code last} when that side is
 * unknown; a bar fills at its open.</li>
 * <li>Limit: fills only when the market trades strictly through the limit (buy: last or ask below it, or the
 * bar's low below it; sell mirrored); a touch at exactly the limit does not fill, as a resting order may still
 * be queued behind others at that price. The fill is at the limit price, also when a bar gaps through it.</li>
 * <li>Stop: triggers on touch (buy: last or bar high at or above the trigger; sell mirrored). A quote then fills
 * as a market order; a bar fills at the trigger, or at the open when the bar opens beyond it.</li>
 * </ul>
 */
final class MatchPrices
{
    private boolean bar;
    private long open;
    private long high;
    private long low;
    private long bid;
    private long ask;
    private long last;

    void quote(final long bidPrice, final long askPrice, final long lastPrice)
    {
        bar = false;
        bid = bidPrice;
        ask = askPrice;
        last = lastPrice;
    }

    void bar(final long openPrice, final long highPrice, final long lowPrice)
    {
        bar = true;
        open = openPrice;
        high = highPrice;
        low = lowPrice;
    }

    long market(final Side side)
    {
        if (bar)
        {
            return open;
        }
        if (side == Side.BUY)
        {
            return ask > 0 ? ask : last;
        }
        return bid > 0 ? bid : last;
    }

    boolean limitThrough(final Side side, final long limit)
    {
        if (side == Side.BUY)
        {
            return bar ? low > 0 && low < limit : (last > 0 && last < limit) || (ask > 0 && ask < limit);
        }
        return bar ? high > limit : last > limit || bid > limit;
    }

    long stop(final Side side, final long trigger)
    {
        if (bar)
        {
            if (side == Side.BUY)
            {
                return high >= trigger ? Math.max(open, trigger) : 0;
            }
            return low > 0 && low <= trigger ? Math.min(open, trigger) : 0;
        }
        final boolean touched = last > 0 && (side == Side.BUY ? last >= trigger : last <= trigger);
        return touched ? market(side) : 0;
    }
}
