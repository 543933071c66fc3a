package ringfire.engine.market;

import ringfire.codecs.Decimals;
import ringfire.codecs.Scales;
import ringfire.engine.settings.SettingsReader;
import ringfire.engine.settings.SettingsWriter;

/**
 * Trading rules of one USDT-margined linear perpetual, from the instrument table in config. Prices are at
 * {@code priceScale} decimals, quantities at {@code qtyScale}; {@code minNotional} is Money and
 * {@code maintenanceMarginRate} a Ratio (10^-8).
 */
public record InstrumentSpec(
    int id,
    String name,
    int priceScale,
    int qtyScale,
    long tickSize,
    long qtyStep,
    long minQty,
    long minNotional,
    int maxLeverage,
    long maintenanceMarginRate)
{
    public InstrumentSpec
    {
        if (id < 1 || id >= Symbols.MAX_SYMBOLS)
        {
            throw new IllegalArgumentException("instruments." + name + ".id: expected 1.." + (Symbols.MAX_SYMBOLS - 1));
        }
        if (tickSize <= 0 || qtyStep <= 0 || minQty < qtyStep || minNotional < 0 || maxLeverage < 1
            || maintenanceMarginRate <= 0 || maintenanceMarginRate >= Scales.RATIO_ONE)
        {
            throw new IllegalArgumentException("instruments." + name + ": tick size, qty step, min qty >= qty step, "
                + "max leverage >= 1 and a maintenance margin rate in (0, 1) are required");
        }
    }

    /** Reads {@code instruments.<NAME>.*}. */
    public static InstrumentSpec read(final SettingsReader r, final String name)
    {
        final String p = "instruments." + name + ".";
        final int priceScale = r.integer(p + "priceScale", 2, 0, Decimals.MAX_SCALE);
        final int qtyScale = r.integer(p + "qtyScale", 3, 0, Decimals.MAX_SCALE);
        return new InstrumentSpec(
            r.integer(p + "id", 0, 1, Symbols.MAX_SYMBOLS - 1),
            name,
            priceScale,
            qtyScale,
            r.decimal(p + "tickSize", "0", priceScale, "0", "1000000"),
            r.decimal(p + "qtyStep", "0", qtyScale, "0", "1000000"),
            r.decimal(p + "minQty", "0", qtyScale, "0", "1000000"),
            r.money(p + "minNotional", "5", "0", "1000000"),
            r.integer(p + "maxLeverage", 1, 1, 200),
            r.ratio(p + "maintenanceMarginRate", "0.005", "0", "1"));
    }

    public void write(final SettingsWriter w)
    {
        final String p = "instruments." + name + ".";
        w.integer(p + "id", id).integer(p + "priceScale", priceScale).integer(p + "qtyScale", qtyScale)
            .decimal(p + "tickSize", tickSize, priceScale).decimal(p + "qtyStep", qtyStep, qtyScale)
            .decimal(p + "minQty", minQty, qtyScale).money(p + "minNotional", minNotional)
            .integer(p + "maxLeverage", maxLeverage).ratio(p + "maintenanceMarginRate", maintenanceMarginRate);
    }
}
