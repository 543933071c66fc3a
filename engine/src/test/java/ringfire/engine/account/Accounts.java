package ringfire.engine.account;

import ringfire.codecs.Decimals;
import ringfire.codecs.Scales;
import ringfire.engine.market.InstrumentSpec;

/** Test instruments and exact decimal literals for the ledger tests. */
final class Accounts
{
    /** BTCUSDT: price 2 decimals, tick 0.10; qty 3 decimals; max leverage 100; mmr 0.005. */
    static final InstrumentSpec BTC = new InstrumentSpec(1, "BTCUSDT", 2, 3, 10, 1, 1, money("5"), 100, ratio("0.005"));
    /** ETHUSDT: price 2 decimals, tick 0.01; qty 2 decimals; max leverage 5 (below the account cap). */
    static final InstrumentSpec ETH = new InstrumentSpec(2, "ETHUSDT", 2, 2, 1, 1, 1, money("5"), 5, ratio("0.01"));
    /** A micro-priced coin whose notional has 9 decimals, so Money rounding shows: price 6 decimals, qty 3. */
    static final InstrumentSpec TINY = new InstrumentSpec(3, "TINYUSDT", 6, 3, 1, 1, 1, money("5"), 50, ratio("0.005"));

    private Accounts()
    {
    }

    static Ledger ledger()
    {
        return new Ledger(LedgerSettings.defaults(), BTC, ETH, TINY);
    }

    static long money(final String text)
    {
        return Decimals.parseOrThrow(text, Scales.MONEY);
    }

    static long ratio(final String text)
    {
        return Decimals.parseOrThrow(text, Scales.RATIO);
    }

    /** A BTC or ETH price (2 decimals). */
    static long price(final String text)
    {
        return Decimals.parseOrThrow(text, 2);
    }

    /** A BTC quantity (3 decimals). */
    static long btc(final String text)
    {
        return Decimals.parseOrThrow(text, 3);
    }
}
