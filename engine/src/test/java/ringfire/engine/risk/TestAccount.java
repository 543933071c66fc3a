package ringfire.engine.risk;

import ringfire.codecs.sbe.PositionSide;
import ringfire.engine.market.Symbols;

import java.util.Arrays;

/** Mutable account for tests: 10 000 USDT everywhere, flat, no entries yet. */
final class TestAccount implements AccountView
{
    long balance = Fixtures.usd("10000");
    long equity = Fixtures.usd("10000");
    long peakEquity = Fixtures.usd("10000");
    long startOfDayEquity = Fixtures.usd("10000");
    long dayPnl;
    int entriesToday;
    final long[] exposure = new long[Symbols.MAX_SYMBOLS];
    final PositionSide[] sides = new PositionSide[Symbols.MAX_SYMBOLS];
    int extraOpenPositions;

    TestAccount()
    {
        Arrays.fill(sides, PositionSide.FLAT);
    }

    TestAccount balanceAndEquity(final String usdt)
    {
        balance = Fixtures.usd(usdt);
        equity = balance;
        return this;
    }

    TestAccount position(final int symbolId, final PositionSide side)
    {
        sides[symbolId] = side;
        return this;
    }

    @Override
    public long balance()
    {
        return balance;
    }

    @Override
    public long equity()
    {
        return equity;
    }

    @Override
    public long peakEquity()
    {
        return peakEquity;
    }

    @Override
    public long startOfDayEquity()
    {
        return startOfDayEquity;
    }

    @Override
    public long dayPnl()
    {
        return dayPnl;
    }

    /** Symbols not flat, plus {@link #extraOpenPositions} positions in symbols the test does not model. */
    @Override
    public int openPositions()
    {
        int n = extraOpenPositions;
        for (final PositionSide side : sides)
        {
            n += side == PositionSide.FLAT ? 0 : 1;
        }
        return n;
    }

    @Override
    public int entriesToday()
    {
        return entriesToday;
    }

    @Override
    public long exposure(final int symbolId)
    {
        return exposure[symbolId];
    }

    @Override
    public PositionSide positionSide(final int symbolId)
    {
        return sides[symbolId];
    }
}
