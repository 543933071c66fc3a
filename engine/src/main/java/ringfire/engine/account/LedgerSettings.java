package ringfire.engine.account;

import ringfire.codecs.Decimals;
import ringfire.codecs.Scales;
import ringfire.engine.settings.SettingsReader;
import ringfire.engine.settings.SettingsWriter;

import java.time.ZoneId;
import java.util.Objects;

/**
 * Account settings (section {@code account.}). {@code startingBalance} is Money (10^-8 USDT); leverages are whole
 * multiples; {@code dayZone} is where the trading day starts at 00:00 (day P&amp;L, entries per day).
 *
 * @param startingBalance Money, &gt; 0 (key {@code account.startingBalance}, default 10000).
 * @param defaultLeverage leverage a symbol starts with, 1..maxLeverage (key {@code account.defaultLeverage}, default 1).
 * @param maxLeverage     account-wide leverage cap, 1..200 (key {@code account.maxLeverage}, default 10).
 * @param dayZone         zone of the trading day (key {@code account.dayZone}, default Australia/Sydney).
 */
public record LedgerSettings(long startingBalance, int defaultLeverage, int maxLeverage, ZoneId dayZone)
{
    public static final String STARTING_BALANCE = "account.startingBalance";
    public static final String DEFAULT_LEVERAGE = "account.defaultLeverage";
    public static final String MAX_LEVERAGE = "account.maxLeverage";
    public static final String DAY_ZONE = "account.dayZone";
    public static final int LEVERAGE_LIMIT = 200;

    private static final String MIN_BALANCE = "0.00000001";
    private static final String MAX_BALANCE = "1000000000";

    public LedgerSettings
    {
        if (startingBalance <= 0 || startingBalance > Decimals.parseOrThrow(MAX_BALANCE, Scales.MONEY))
        {
            throw new IllegalArgumentException(STARTING_BALANCE + ": expected " + MIN_BALANCE + ".." + MAX_BALANCE
                + ", was " + Decimals.format(startingBalance, Scales.MONEY));
        }
        if (maxLeverage < 1 || maxLeverage > LEVERAGE_LIMIT)
        {
            throw new IllegalArgumentException(MAX_LEVERAGE + ": expected 1.." + LEVERAGE_LIMIT + ", was " + maxLeverage);
        }
        if (defaultLeverage < 1 || defaultLeverage > maxLeverage)
        {
            throw new IllegalArgumentException(DEFAULT_LEVERAGE + ": expected 1.." + maxLeverage + " ("
                + MAX_LEVERAGE + "), was " + defaultLeverage);
        }
        Objects.requireNonNull(dayZone, DAY_ZONE);
    }

    public static LedgerSettings defaults()
    {
        return read(new SettingsReader(java.util.Map.of()));
    }

    public static LedgerSettings read(final SettingsReader r)
    {
        final long startingBalance = r.money(STARTING_BALANCE, "10000", MIN_BALANCE, MAX_BALANCE);
        final int maxLeverage = r.integer(MAX_LEVERAGE, 10, 1, LEVERAGE_LIMIT);
        final int defaultLeverage = r.integer(DEFAULT_LEVERAGE, 1, 1, maxLeverage);
        return new LedgerSettings(startingBalance, defaultLeverage, maxLeverage, r.zone(DAY_ZONE, "Australia/Sydney"));
    }

    public void write(final SettingsWriter w)
    {
        w.money(STARTING_BALANCE, startingBalance)
            .integer(DEFAULT_LEVERAGE, defaultLeverage)
            .integer(MAX_LEVERAGE, maxLeverage)
            .zone(DAY_ZONE, dayZone);
    }
}
