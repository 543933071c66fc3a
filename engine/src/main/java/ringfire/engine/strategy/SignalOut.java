package ringfire.engine.strategy;

import ringfire.codecs.Scales;
import ringfire.codecs.sbe.Side;

/**
 * What a strategy decides on a bar: nothing, or one signal with a side, a confidence in [0, 1] (Ratio,
 * 10^-8) and optional stop and take-profit prices (0 = none) at the instrument's price scale.
 */
public final class SignalOut
{
    private Side side;
    private long confidence;
    private long stopPrice;
    private long takeProfitPrice;

    void reset()
    {
        side = null;
    }

    public void signal(final Side side, final long confidence, final long stopPrice, final long takeProfitPrice)
    {
        if (side != Side.BUY && side != Side.SELL)
        {
            throw new IllegalArgumentException("signal side must be BUY or SELL");
        }
        if (confidence < 0 || confidence > Scales.RATIO_ONE)
        {
            throw new IllegalArgumentException("signal confidence must be within 0..1, was " + confidence);
        }
        this.side = side;
        this.confidence = confidence;
        this.stopPrice = Math.max(0, stopPrice);
        this.takeProfitPrice = Math.max(0, takeProfitPrice);
    }

    public boolean hasSignal()
    {
        return side != null;
    }

    public Side side()
    {
        return side;
    }

    public long confidence()
    {
        return confidence;
    }

    public long stopPrice()
    {
        return stopPrice;
    }

    public long takeProfitPrice()
    {
        return takeProfitPrice;
    }
}
