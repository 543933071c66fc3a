package ringfire.engine.report;

import ringfire.codecs.FixedMath;

import java.math.RoundingMode;

/** Counts and sums of trade P&amp;L (Money, net of fees and funding); a trade with P&amp;L &gt; 0 is a win. */
final class TradeStats
{
    private int trades;
    private int wins;
    private int losses;
    private long grossProfit;
    private long grossLoss;
    private long total;

    void add(final long pnl)
    {
        trades++;
        total += pnl;
        if (pnl > 0)
        {
            wins++;
            grossProfit += pnl;
        }
        else if (pnl < 0)
        {
            losses++;
            grossLoss -= pnl;
        }
    }

    int trades()
    {
        return trades;
    }

    int wins()
    {
        return wins;
    }

    int losses()
    {
        return losses;
    }

    /** Sum of winning P&amp;L (Money, &ge; 0). */
    long grossProfit()
    {
        return grossProfit;
    }

    /** Sum of losing P&amp;L as a positive amount (Money, &ge; 0). */
    long grossLoss()
    {
        return grossLoss;
    }

    long total()
    {
        return total;
    }

    /** Wins / trades; null without trades. */
    Double winRate()
    {
        return trades == 0 ? null : (double)wins / trades;
    }

    /** Gross profit / gross loss; null when there is no loss (undefined or infinite). */
    Double profitFactor()
    {
        return grossLoss == 0 ? null : (double)grossProfit / grossLoss;
    }

    /** Mean winning P&amp;L (Money, HALF_EVEN); null without wins. */
    Long avgWin()
    {
        return wins == 0 ? null : FixedMath.divide(grossProfit, wins, RoundingMode.HALF_EVEN);
    }

    /** Mean losing P&amp;L, negative (Money, HALF_EVEN); null without losses. */
    Long avgLoss()
    {
        return losses == 0 ? null : -FixedMath.divide(grossLoss, losses, RoundingMode.HALF_EVEN);
    }

    /** Mean P&amp;L per trade (Money, HALF_EVEN); null without trades. */
    Long expectancy()
    {
        return trades == 0 ? null : FixedMath.divide(total, trades, RoundingMode.HALF_EVEN);
    }
}
