package ringfire.engine.risk;

import ringfire.codecs.sbe.PositionSide;
import ringfire.engine.account.Ledger;

/** The ledger as the risk rules see it. */
public final class LedgerView implements AccountView
{
    private final Ledger ledger;

    public LedgerView(final Ledger ledger)
    {
        this.ledger = ledger;
    }

    @Override
    public long balance()
    {
        return ledger.balance();
    }

    @Override
    public long equity()
    {
        return ledger.equity();
    }

    @Override
    public long peakEquity()
    {
        return ledger.peakEquity();
    }

    @Override
    public long startOfDayEquity()
    {
        return ledger.startOfDayEquity();
    }

    @Override
    public long dayPnl()
    {
        return ledger.dayPnl();
    }

    @Override
    public int openPositions()
    {
        return ledger.openPositions();
    }

    @Override
    public int entriesToday()
    {
        return ledger.entriesToday();
    }

    @Override
    public long exposure(final int symbolId)
    {
        return ledger.exposure(symbolId);
    }

    @Override
    public PositionSide positionSide(final int symbolId)
    {
        return ledger.position(symbolId).side();
    }
}
